//! The builtins namespace: built-in functions (`builtin_<name>`), constructors of the
//! built-in types, the string formatting they share, and a small prelude written in Python
//! for the descriptors (property, classmethod, staticmethod).

use crate::object::{ObjRef, Payload, Value};
use crate::runtime::interp::Interp;
use crate::runtime::ops::{str_of, to_big};
use crate::runtime::{PyErr, PyResult};
use crate::types::class::as_class;
use crate::types::function::{Args, NativeFn, PyBuiltin};
use crate::types::iter::{IterState, PyIter, PyRange};
use std::cell::RefCell;
use std::fmt::Write;

/// Descriptors and helpers whose behaviour is easiest to state in Python.
const PRELUDE: &str = r#"
class property:
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        if doc is None and fget is not None:
            doc = fget.__doc__
        self.__doc__ = doc
        self._name = None
    def __set_name__(self, owner, name):
        self._name = name
    def _missing(self, obj, what):
        owner = type(obj).__qualname__
        if self._name is None:
            return AttributeError(f"property of {owner!r} object has no {what}")
        return AttributeError(f"property {self._name!r} of {owner!r} object has no {what}")
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        if self.fget is None:
            raise self._missing(obj, "getter")
        return self.fget(obj)
    def __set__(self, obj, value):
        if self.fset is None:
            raise self._missing(obj, "setter")
        self.fset(obj, value)
    def __delete__(self, obj):
        if self.fdel is None:
            raise self._missing(obj, "deleter")
        self.fdel(obj)
    def getter(self, fget):
        return property(fget, self.fset, self.fdel, self.__doc__)
    def setter(self, fset):
        return property(self.fget, fset, self.fdel, self.__doc__)
    def deleter(self, fdel):
        return property(self.fget, self.fset, fdel, self.__doc__)

class classmethod:
    def __init__(self, f):
        self.__func__ = f

class staticmethod:
    def __init__(self, f):
        self.__func__ = f

# Asynchronous generators (CPython: Objects/genobject.c). The generator's frame runs in
# Rust; `_agen_send` and `_agen_throw` resume it and say whether it stopped at a `yield`
# (its value completes the awaitable) or at an `await` (the value goes to the event loop).
# The generator's `__anext__`, `asend`, `athrow` and `aclose` are built-in functions
# (`runtime/async_gen.rs`) that capture the `sys.set_asyncgen_hooks` hooks at the first
# call and make these awaitables.
class async_generator_asend:
    def __init__(self, gen, value):
        self._gen = gen
        self._value = value
        self._state = 0
    def __await__(self):
        return self
    def __iter__(self):
        return self
    def __next__(self):
        return self.send(None)
    def send(self, value):
        state = self._state
        if state == 2:
            raise RuntimeError("cannot reuse already awaited __anext__()/asend()")
        if state == 0:
            if value is None:
                value = self._value
            self._state = 1
        try:
            # None: refused at the first send, the generator is already running.
            step = _agen_send(self._gen, value, state == 0)
        except BaseException:
            self._state = 2
            raise
        if step is None:
            self._state = 0
            raise RuntimeError("anext(): asynchronous generator is already running")
        yielded, result = step
        if yielded:
            self._state = 2
            raise StopIteration(result)
        return result
    def throw(self, typ, val=None, tb=None):
        if self._state == 2:
            raise RuntimeError("cannot reuse already awaited __anext__()/asend()")
        try:
            yielded, result = _agen_throw(self._gen, typ, val)
        except BaseException:
            self._state = 2
            raise
        if yielded:
            self._state = 2
            raise StopIteration(result)
        return result
    def close(self):
        self._state = 2

# `aclose()` when `_args` is None, else `athrow(*_args)`. As in CPython, only `send`
# checks that the generator is not already running or closed, and a thrown-in exception
# in `athrow()` mode, or a step after the first, leaves the awaitable open.
class async_generator_athrow:
    def __init__(self, gen, args):
        self._gen = gen
        self._args = args
        self._state = 0
    def __await__(self):
        return self
    def __iter__(self):
        return self
    def __next__(self):
        return self.send(None)
    def send(self, value):
        if self._state == 2:
            raise RuntimeError("cannot reuse already awaited aclose()/athrow()")
        gen = self._gen
        if _agen_finished(gen):
            self._state = 2
            raise StopIteration
        args = self._args
        if self._state == 0:
            # 0: started; 1: already running; 2: closed.
            refused = _agen_start(gen, args is None, value)
            if refused == 1:
                self._state = 2
                if args is None:
                    raise RuntimeError("aclose(): asynchronous generator is already running")
                raise RuntimeError("athrow(): asynchronous generator is already running")
            if refused == 2:
                self._state = 2
                raise StopAsyncIteration
            self._state = 1
            if args is None:
                try:
                    yielded, result = _agen_throw(gen, GeneratorExit, None)
                except BaseException as e:
                    return self._failed(e)
                return self._step(yielded, result)
            n = len(args)
            if n == 0:
                raise TypeError("athrow expected at least 1 argument, got 0")
            if n > 3:
                raise TypeError(f"athrow expected at most 3 arguments, got {n}")
            try:
                yielded, result = _agen_throw(gen, args[0], args[1] if n > 1 else None)
            except BaseException as e:
                return self._failed(e)
            return self._step(yielded, result)
        if args is None:
            try:
                yielded, result = _agen_send(gen, value, False)
            except BaseException as e:
                return self._failed(e)
            return self._step(yielded, result)
        yielded, result = _agen_send(gen, value, False)
        if yielded:
            raise StopIteration(result)
        return result
    def throw(self, typ, val=None, tb=None):
        if self._state == 2:
            raise RuntimeError("cannot reuse already awaited aclose()/athrow()")
        if self._args is not None:
            yielded, result = _agen_throw(self._gen, typ, val)
            if yielded:
                raise StopIteration(result)
            return result
        try:
            yielded, result = _agen_throw(self._gen, typ, val, False)
        except (StopAsyncIteration, GeneratorExit):
            raise StopIteration
        if yielded:
            self._state = 2
            raise RuntimeError("async generator ignored GeneratorExit")
        return result
    def _step(self, yielded, result):
        if yielded:
            self._state = 2
            if self._args is None:
                raise RuntimeError("async generator ignored GeneratorExit")
            raise StopIteration(result)
        return result
    def _failed(self, e):
        self._state = 2
        if self._args is None and isinstance(e, (StopAsyncIteration, GeneratorExit)):
            raise StopIteration
        raise e
    def close(self):
        self._state = 2

def _agen_aiter(self):
    return self

# `anext(it, default)`: the awaitable of `it.__anext__()`, with StopAsyncIteration turned
# into the default as the result (CPython: Objects/iterobject.c). Like CPython's, it asks
# the wrapped awaitable for its iterator at each step.
class anext_awaitable:
    def __init__(self, wrapped, default):
        self._wrapped = wrapped
        self._default = default
    def __await__(self):
        return self
    def __iter__(self):
        return self
    def __next__(self):
        return self.send(None)
    def send(self, value):
        it = _await_iter(self._wrapped)
        try:
            return it.send(value)
        except StopAsyncIteration:
            raise StopIteration(self._default) from None
    def throw(self, typ, val=None, tb=None):
        it = _await_iter(self._wrapped)
        try:
            return it.throw(typ, val)
        except StopAsyncIteration:
            raise StopIteration(self._default) from None
    def close(self):
        return _await_iter(self._wrapped).close()
"#;

/// Puts a built-in function called `name` into a namespace (a dict or a class).
pub fn define(interp: &Interp, namespace: &ObjRef, name: &'static str, func: NativeFn) {
    let f = Value::Obj(ObjRef::new(Payload::Builtin(Box::new(PyBuiltin {
        name,
        owner: None,
        func,
    }))));
    set(interp, namespace, name, f);
}

fn register(interp: &Interp, name: &'static str, func: NativeFn) {
    let f = Value::Obj(ObjRef::new(Payload::Builtin(Box::new(PyBuiltin {
        name,
        owner: None,
        func,
    }))));
    set(interp, &interp.builtins, name, f);
}

/// Stores `name` in a namespace: a dict, or a class's own dict.
pub fn set(interp: &Interp, namespace: &ObjRef, name: &str, v: Value) {
    let dict = match namespace.payload() {
        Payload::Dict(d) => d,
        Payload::Class(c) => {
            crate::types::class::class_changed();
            &c.dict
        }
        _ => return,
    };
    let key = interp.new_str(name);
    drop(dict.set_str(key.as_obj().cloned().expect("str"), v));
}

pub(crate) fn method(
    interp: &Interp,
    class: &ObjRef,
    name: &'static str,
    owner: &'static str,
    func: NativeFn,
) {
    let f = Value::Obj(ObjRef::new(Payload::Builtin(Box::new(PyBuiltin {
        name,
        owner: Some(owner),
        func,
    }))));
    set(interp, class, name, f);
}

/// The value of a name in the builtins namespace.
pub fn lookup_builtin(interp: &Interp, name: &str) -> Option<Value> {
    match interp.builtins.payload() {
        Payload::Dict(d) => d.get_str(name),
        _ => None,
    }
}

/// Fills the builtins namespace.
pub fn install(interp: &Interp) {
    let t = &interp.types;
    let e = &interp.exc;
    for (name, class) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("float", &t.float),
        ("bool", &t.bool_),
        ("str", &t.str_),
        ("bytes", &t.bytes),
        ("tuple", &t.tuple),
        ("list", &t.list),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("BaseException", &e.base_exception),
        ("Exception", &e.exception),
        ("TypeError", &e.type_error),
        ("ValueError", &e.value_error),
        ("NameError", &e.name_error),
        ("UnboundLocalError", &e.unbound_local_error),
        ("AttributeError", &e.attribute_error),
        ("LookupError", &e.lookup_error),
        ("KeyError", &e.key_error),
        ("IndexError", &e.index_error),
        ("ArithmeticError", &e.arithmetic_error),
        ("ZeroDivisionError", &e.zero_division_error),
        ("OverflowError", &e.overflow_error),
        ("RuntimeError", &e.runtime_error),
        ("RecursionError", &e.recursion_error),
        ("NotImplementedError", &e.not_implemented_error),
        ("StopIteration", &e.stop_iteration),
        ("AssertionError", &e.assertion_error),
        ("ImportError", &e.import_error),
        ("ModuleNotFoundError", &e.module_not_found_error),
        ("GeneratorExit", &e.generator_exit),
        ("KeyboardInterrupt", &e.keyboard_interrupt),
        ("SystemExit", &e.system_exit),
        ("SyntaxError", &e.syntax_error),
        ("IndentationError", &e.indentation_error),
        ("TabError", &e.tab_error),
    ] {
        set(interp, &interp.builtins, name, Value::Obj(class.clone()));
        set(interp, class, "__module__", interp.new_str("builtins"));
    }
    for (name, class) in &e.others {
        set(interp, &interp.builtins, name, Value::Obj(class.clone()));
        set(interp, class, "__module__", interp.new_str("builtins"));
    }
    set(
        interp,
        &interp.builtins,
        "NotImplemented",
        interp.not_implemented.clone(),
    );
    set(
        interp,
        &interp.builtins,
        "Ellipsis",
        interp.ellipsis.clone(),
    );
    set(
        interp,
        &interp.builtins,
        "__name__",
        interp.new_str("builtins"),
    );
    register(interp, "print", builtin_print);
    register(interp, "super", builtin_super);
    register(interp, "dir", builtin_dir);
    method(interp, &t.type_, "mro", "type", type_mro);
    register(interp, "globals", builtin_globals);
    register(interp, "locals", builtin_locals);
    register(interp, "len", builtin_len);
    register(interp, "repr", builtin_repr);
    register(interp, "isinstance", builtin_isinstance);
    register(interp, "issubclass", builtin_issubclass);
    register(interp, "id", builtin_id);
    register(interp, "hash", builtin_hash);
    register(interp, "getattr", builtin_getattr);
    register(interp, "setattr", builtin_setattr);
    register(interp, "delattr", builtin_delattr);
    register(interp, "hasattr", builtin_hasattr);
    register(interp, "iter", builtin_iter);
    register(interp, "next", builtin_next);
    register(interp, "abs", builtin_abs);
    register(interp, "min", builtin_min);
    register(interp, "max", builtin_max);
    register(interp, "sum", builtin_sum);
    register(interp, "sorted", builtin_sorted);
    register(interp, "reversed", builtin_reversed);
    register(interp, "enumerate", builtin_enumerate);
    register(interp, "zip", builtin_zip);
    register(interp, "callable", builtin_callable);
    register(interp, "vars", builtin_vars);
    register(interp, "chr", builtin_chr);
    register(interp, "ord", builtin_ord);
    register(interp, "format", builtin_format);
    register(interp, "any", builtin_any);
    register(interp, "all", builtin_all);
    register(interp, "divmod", builtin_divmod);
    register(interp, "round", builtin_round);
    register(interp, "pow", builtin_pow);
    register(interp, "bin", builtin_bin);
    register(interp, "oct", builtin_oct);
    register(interp, "hex", builtin_hex);
    register(interp, "ascii", builtin_ascii);
    register(interp, "map", builtin_map);
    register(interp, "filter", builtin_filter);
    register(interp, "aiter", crate::runtime::async_gen::builtin_aiter);
    register(interp, "anext", crate::runtime::async_gen::builtin_anext);
    crate::types::str::register(interp);
    crate::types::bytes::register(interp);
    crate::types::list::register(interp);
    crate::types::dict::register(interp);
    crate::types::mappingproxy::register(interp);
    crate::types::member::register(interp);
    crate::types::set::register(interp);
    crate::types::tuple::register(interp);
    crate::types::int::register(interp);
    crate::types::float::register(interp);
    crate::types::iter::register(interp);
    crate::runtime::native_base::register(interp);
    method(
        interp,
        &e.base_exception,
        "__init__",
        "BaseException",
        exception_init,
    );
    method(
        interp,
        &e.base_exception,
        "with_traceback",
        "BaseException",
        exception_with_traceback,
    );
    use crate::runtime::generator as gen;
    method(
        interp,
        &t.generator,
        "__next__",
        "generator",
        gen::generator_next,
    );
    method(
        interp,
        &t.generator,
        "__iter__",
        "generator",
        gen::generator_iter,
    );
    method(
        interp,
        &t.generator,
        "send",
        "generator",
        gen::generator_send,
    );
    method(
        interp,
        &t.generator,
        "throw",
        "generator",
        gen::generator_throw,
    );
    method(
        interp,
        &t.generator,
        "close",
        "generator",
        gen::generator_close,
    );
    method(
        interp,
        &t.coroutine,
        "send",
        "coroutine",
        gen::generator_send,
    );
    method(
        interp,
        &t.coroutine,
        "throw",
        "coroutine",
        gen::generator_throw,
    );
    method(
        interp,
        &t.coroutine,
        "close",
        "coroutine",
        gen::generator_close,
    );
    method(interp, &t.object, "__init__", "object", object_init);
    method(interp, &t.object, "__new__", "object", object_new);
    method(interp, &t.object, "__delattr__", "object", object_delattr);
    method(
        interp,
        &t.object,
        "__init_subclass__",
        "object",
        object_init_subclass,
    );
    method(interp, &t.object, "__setattr__", "object", object_setattr);
    method(
        interp,
        &t.object,
        "__getattribute__",
        "object",
        crate::runtime::attr_hooks::object_getattribute,
    );
    method(interp, &t.type_, "__subclasses__", "type", type_subclasses);
    crate::runtime::metaclass::install(interp);
    run_prelude(interp);
    crate::runtime::native_base::register_properties(interp);
}

/// The file name of the built-ins written in Python; their frames stay out of tracebacks, as
/// CPython's C implementations have none.
pub const PRELUDE_NAME: &str = "<refpy prelude>";

fn run_prelude(interp: &Interp) {
    let src = crate::source::SourceFile::new(PRELUDE_NAME, PRELUDE);
    let Ok(mut module) = crate::syntax::parse_module(&src) else {
        return;
    };
    if crate::resolve::resolve_module(&mut module, &src).is_err() {
        return;
    }
    let module = crate::keep_module(module);
    let globals = interp.new_dict();
    set(interp, &globals, "__name__", interp.new_str("builtins"));
    define(
        interp,
        &globals,
        "_agen_send",
        crate::runtime::generator::async_generator_send,
    );
    define(
        interp,
        &globals,
        "_agen_throw",
        crate::runtime::generator::async_generator_throw,
    );
    define(
        interp,
        &globals,
        "_agen_finished",
        crate::runtime::generator::async_generator_finished,
    );
    define(
        interp,
        &globals,
        "_agen_start",
        crate::runtime::async_gen::agen_start,
    );
    define(
        interp,
        &globals,
        "_await_iter",
        crate::runtime::async_gen::await_iter,
    );
    let code = std::rc::Rc::new(crate::types::function::Code {
        name: "<module>".into(),
        qualname: "<module>".into(),
        file: src,
        scope: &module.scope,
        body: crate::types::function::Body::Module(&module.body),
        first_line: 1,
    });
    let frame = ObjRef::new_untracked(Payload::Frame(crate::types::function::PyFrame::new(
        code,
        vec![],
        globals.clone(),
    )));
    if interp.run_frame(&frame).is_ok() {
        if let Payload::Dict(d) = globals.payload() {
            for name in ["property", "classmethod", "staticmethod"] {
                if let Some(v) = d.get_str(name) {
                    set(interp, &interp.builtins, name, v);
                }
            }
            if let Some(v) = d.get_str("_agen_aiter") {
                set(interp, &interp.types.async_generator, "__aiter__", v);
            }
            crate::runtime::async_gen::install(interp, d);
        }
    }
}

/// The frame that called the built-in function being run.
pub fn caller_frame(interp: &Interp) -> Option<ObjRef> {
    interp.frames.borrow().last().cloned()
}

fn builtin_globals(interp: &Interp, _: Args) -> PyResult<Value> {
    match caller_frame(interp).as_ref().map(ObjRef::payload) {
        Some(Payload::Frame(f)) => Ok(Value::Obj(f.globals.clone())),
        _ => Ok(Value::Obj(interp.new_dict())),
    }
}

fn builtin_locals(interp: &Interp, _: Args) -> PyResult<Value> {
    frame_locals(interp)
}

/// The locals of the innermost frame as a dict (a snapshot for function frames).
pub fn frame_locals(interp: &Interp) -> PyResult<Value> {
    let frame = caller_frame(interp);
    let Some(Payload::Frame(f)) = frame.as_ref().map(ObjRef::payload) else {
        return Ok(Value::Obj(interp.new_dict()));
    };
    if let Some(l) = f.locals() {
        return Ok(Value::Obj(l.clone()));
    }
    if f.code.scope.slot_names.is_empty() {
        return Ok(Value::Obj(f.globals.clone()));
    }
    // One dict per frame, refreshed from the slots (CPython 3.11's `PyFrame_FastToLocals`).
    let d = match f.snapshot() {
        Some(d) => d,
        None => {
            let d = interp.new_dict();
            f.set_snapshot(d.clone());
            d
        }
    };
    let cells = &f.code.scope;
    let first_free = cells.slot_names.len() - cells.free_from.len();
    for (i, name) in cells.slot_names.iter().enumerate() {
        let v = f.slots.borrow().get(i).cloned().flatten();
        let is_cell = cells.cell_slots.contains(&(i as u32)) || i >= first_free;
        let v = match (v, is_cell) {
            (Some(Value::Obj(c)), true) => match c.payload() {
                Payload::Cell(cell) => cell.value.borrow().clone(),
                _ => None,
            },
            (v, _) => v,
        };
        match v {
            Some(v) => interp.dict_set(&d, interp.new_str(&**name), v)?,
            // A name unbound since the last access leaves the dict.
            None => {
                if let Payload::Dict(dict) = d.payload() {
                    drop(dict.remove_str(name));
                }
            }
        }
    }
    Ok(Value::Obj(d))
}

/// `dir([obj])`: sorted names; without an argument, the caller's local names.
fn builtin_dir(interp: &Interp, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(interp.type_error("dir() takes no keyword arguments"));
    }
    let names: Vec<String> = match args.pos.as_slice() {
        [] => {
            let locals = frame_locals(interp)?;
            let mut names: Vec<String> = match locals.as_obj().map(ObjRef::payload) {
                Some(Payload::Dict(d)) => d
                    .entries()
                    .into_iter()
                    .filter_map(|(k, _)| str_of(&k).map(str::to_string))
                    .collect(),
                _ => vec![],
            };
            names.sort();
            names
        }
        [obj] => {
            if let Some(m) = crate::types::class::class_lookup(&interp.type_of(obj), "__dir__") {
                if !matches!(m.as_obj().map(ObjRef::payload), Some(Payload::Builtin(_))) {
                    let r = interp.call(&m, Args::positional(vec![obj.clone()]))?;
                    let mut names: Vec<String> = interp
                        .collect(&r)?
                        .iter()
                        .filter_map(|v| str_of(v).map(str::to_string))
                        .collect();
                    names.sort();
                    return Ok(
                        interp.new_list(names.into_iter().map(|n| interp.new_str(n)).collect())
                    );
                }
            }
            crate::runtime::suggestions::dir_of(interp, obj)
        }
        _ => {
            return Err(interp.type_error(format!(
                "dir expected at most 1 argument, got {}",
                args.pos.len()
            )))
        }
    };
    Ok(interp.new_list(names.into_iter().map(|n| interp.new_str(n)).collect()))
}

/// `cls.mro()`: the class and its method resolution order, as a list.
fn type_mro(interp: &Interp, args: Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(v @ Value::Obj(o)) if matches!(o.payload(), Payload::Class(_)) => {
            let mut items = vec![v.clone()];
            items.extend(as_class(o).mro.iter().map(|k| Value::Obj(k.clone())));
            Ok(interp.new_list(items))
        }
        _ => Err(interp.type_error("descriptor 'mro' of 'type' object needs an argument")),
    }
}

/// `cls.__subclasses__()`: the live direct subclasses, oldest first.
fn type_subclasses(interp: &Interp, args: Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::Class(_)) => {
            if args.pos.len() > 1 || !args.kw.is_empty() {
                return Err(interp.type_error(format!(
                    "{}.__subclasses__() takes no arguments ({} given)",
                    as_class(o).name.borrow(),
                    args.pos.len() - 1 + args.kw.len()
                )));
            }
            let subs = crate::types::class_ext::subclasses(o);
            Ok(interp.new_list(subs.into_iter().map(Value::Obj).collect()))
        }
        _ => {
            Err(interp.type_error("descriptor '__subclasses__' of 'type' object needs an argument"))
        }
    }
}

/// `super()` and `super(class, obj)`. The zero-argument form reads the calling frame's
/// first argument and its `__class__` cell, as CPython's `super_init_without_args` does.
fn builtin_super(interp: &Interp, args: Args) -> PyResult<Value> {
    let (class, obj) = match args.pos.len() {
        2 => (args.pos[0].clone(), args.pos[1].clone()),
        0 => {
            let frame = caller_frame(interp);
            let Some(Payload::Frame(f)) = frame.as_ref().map(ObjRef::payload) else {
                return Err(interp.err(&interp.exc.runtime_error, "super(): no current frame"));
            };
            let scope = &f.code.scope;
            if scope.arg_count == 0 {
                return Err(interp.err(&interp.exc.runtime_error, "super(): no arguments"));
            }
            let deref = |v: Option<Value>| match v {
                Some(Value::Obj(c)) if matches!(c.payload(), Payload::Cell(_)) => match c.payload()
                {
                    Payload::Cell(cell) => cell.value.borrow().clone(),
                    _ => None,
                },
                v => v,
            };
            let slots = f.slots.borrow();
            let first = slots.first().cloned().flatten();
            let first = if scope.cell_slots.contains(&0) {
                deref(first)
            } else {
                first
            };
            let Some(obj) = first else {
                return Err(interp.err(&interp.exc.runtime_error, "super(): arg[0] deleted"));
            };
            let class_slot = scope.slot_names.iter().position(|n| &**n == "__class__");
            let class = class_slot.and_then(|i| deref(slots.get(i).cloned().flatten()));
            let Some(class) = class else {
                return Err(interp.err(
                    &interp.exc.runtime_error,
                    "super(): __class__ cell not found",
                ));
            };
            (class, obj)
        }
        n => {
            return Err(interp.type_error(format!("super() expected at most 2 arguments, got {n}")))
        }
    };
    let Some(class) = class
        .as_obj()
        .filter(|c| matches!(c.payload(), Payload::Class(_)))
        .cloned()
    else {
        return Err(interp.type_error(format!(
            "super() argument 1 must be a type, not {}",
            interp.type_name(&class)
        )));
    };
    let ok = match obj.as_obj().map(ObjRef::payload) {
        Some(Payload::Class(_)) => {
            interp.is_subclass(obj.as_obj().expect("class"), &class)
                || interp.isinstance(&obj, &class)
        }
        _ => interp.isinstance(&obj, &class),
    };
    if !ok {
        return Err(
            interp.type_error("super(type, obj): obj must be an instance or subtype of type")
        );
    }
    Ok(Value::Obj(ObjRef::new(Payload::Super(Box::new(
        crate::types::iter::PySuper { class, obj },
    )))))
}

// ---------------------------------------------------------------- argument helpers

pub(crate) fn arity(
    interp: &Interp,
    name: &str,
    args: &Args,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !args.kw.is_empty() {
        return Err(interp.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = args.pos.len();
    if n < min || n > max {
        return Err(interp.type_error(if min == 1 && max == 1 {
            format!("{name}() takes exactly one argument ({n} given)")
        } else if min == max {
            format!("{name} expected {min} arguments, got {n}")
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        }));
    }
    Ok(())
}

pub(crate) fn str_arg<'a>(interp: &Interp, v: &'a Value, what: &str) -> PyResult<&'a str> {
    str_of(v).ok_or_else(|| {
        interp.type_error(format!("{what} must be str, not {}", interp.type_name(v)))
    })
}

// ---------------------------------------------------------------- functions

fn builtin_print(interp: &Interp, args: Args) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = Value::None;
    let mut flush = false;
    for (k, v) in &args.kw {
        let target = match &**k {
            "sep" => &mut sep,
            "end" => &mut end,
            "file" => {
                file = v.clone();
                continue;
            }
            "flush" => {
                flush = interp.truthy(v)?;
                continue;
            }
            _ => {
                return Err(
                    interp.type_error(format!("'{k}' is an invalid keyword argument for print()"))
                )
            }
        };
        match v {
            Value::None => {}
            v => match str_of(v) {
                Some(s) => *target = s.to_string(),
                None => {
                    return Err(interp.type_error(format!(
                        "{k} must be None or a string, not {}",
                        interp.type_name(v)
                    )))
                }
            },
        }
    }
    if !matches!(file, Value::None) {
        // print(..., file=f) writes each piece with f.write, as CPython does.
        let write = interp.getattr(&file, "write")?;
        for (i, v) in args.pos.iter().enumerate() {
            if i > 0 {
                interp.call(&write, Args::positional(vec![interp.new_str(sep.as_str())]))?;
            }
            let text = interp.new_str(interp.str(v)?);
            interp.call(&write, Args::positional(vec![text]))?;
        }
        interp.call(&write, Args::positional(vec![interp.new_str(end.as_str())]))?;
        if flush {
            if let Some(f) = interp.lookup_attr(&file, "flush")? {
                interp.call(&f, Args::positional(vec![]))?;
            }
        }
        return Ok(Value::None);
    }
    let mut out = String::new();
    for (i, v) in args.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&interp.str(v)?);
    }
    out.push_str(&end);
    use std::io::Write as _;
    let _ = interp.stdout.borrow_mut().write_all(out.as_bytes());
    if flush || interp.stdout_is_terminal {
        interp.flush_stdout();
    }
    Ok(Value::None)
}

fn builtin_len(interp: &Interp, args: Args) -> PyResult<Value> {
    arity(interp, "len", &args, 1, 1)?;
    Ok(Value::Int(interp.len(&args.pos[0])? as i64))
}

fn builtin_repr(interp: &Interp, args: Args) -> PyResult<Value> {
    arity(interp, "repr", &args, 1, 1)?;
    Ok(interp.new_str(interp.repr(&args.pos[0])?))
}

/// Whether `test` holds for a class or any class in a (nested) tuple, as isinstance and
/// issubclass check their second argument: items after a match are not looked at.
fn any_class(
    interp: &Interp,
    v: &Value,
    msg: &str,
    test: &dyn Fn(&ObjRef) -> bool,
) -> PyResult<bool> {
    match v.as_obj().map(ObjRef::payload) {
        Some(Payload::Class(_)) => Ok(test(v.as_obj().expect("class"))),
        Some(Payload::Tuple(t)) => {
            for item in &t.items {
                if any_class(interp, item, msg, test)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(interp.type_error(msg.to_string())),
    }
}

fn builtin_isinstance(interp: &Interp, args: Args) -> PyResult<Value> {
    arity(interp, "isinstance", &args, 2, 2)?;
    let r = any_class(
        interp,
        &args.pos[1],
        "isinstance() arg 2 must be a type, a tuple of types, or a union",
        &|c| interp.isinstance(&args.pos[0], c),
    )?;
    Ok(Value::Bool(r))
}

fn builtin_issubclass(interp: &Interp, args: Args) -> PyResult<Value> {
    arity(interp, "issubclass", &args, 2, 2)?;
    let Some(c) = args.pos[0]
        .as_obj()
        .filter(|o| matches!(o.payload(), Payload::Class(_)))
    else {
        return Err(interp.type_error("issubclass() arg 1 must be a class"));
    };
    let r = any_class(
        interp,
        &args.pos[1],
        "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        &|k| interp.is_subclass(c, k),
    )?;
    Ok(Value::Bool(r))
}

fn attr_name<'a>(interp: &Interp, v: &'a Value) -> PyResult<&'a str> {
    str_of(v).ok_or_else(|| {
        interp.type_error(format!(
            "attribute name must be string, not '{}'",
            interp.type_name(v)
        ))
    })
}

fn builtin_id(interp: &Interp, args: Args) -> PyResult<Value> {
    arity(interp, "id", &args, 1, 1)?;
    Ok(Value::Int(match &args.pos[0] {
        Value::Obj(o) => o.addr() as i64,
        v => interp.hash(v)?,
    }))
}

fn builtin_hash(interp: &Interp, args: Args) -> PyResult<Value> {
    arity(interp, "hash", &args, 1, 1)?;
    Ok(Value::Int(interp.hash(&args.pos[0])?))
}

fn builtin_getattr(interp: &Interp, args: Args) -> PyResult<Value> {
    arity(interp, "getattr", &args, 2, 3)?;
    let name = attr_name(interp, &args.pos[1])?;
    if args.pos.len() == 2 {
        return interp.getattr(&args.pos[0], name);
    }
    match interp.lookup_attr_or_none(&args.pos[0], name)? {
        Some(v) => Ok(v),
        None => Ok(args.pos[2].clone()),
    }
}

fn builtin_setattr(interp: &Interp, args: Args) -> PyResult<Value> {
    arity(interp, "setattr", &args, 3, 3)?;
    let mut pos = args.pos;
    let value = pos.pop().unwrap_or(Value::None);
    let name = attr_name(interp, &pos[1])?;
    interp.setattr(&pos[0], name, value)?;
    Ok(Value::None)
}

fn builtin_delattr(interp: &Interp, args: Args) -> PyResult<Value> {
    arity(interp, "delattr", &args, 2, 2)?;
    let name = attr_name(interp, &args.pos[1])?;
    interp.delattr(&args.pos[0], name)?;
    Ok(Value::None)
}

fn builtin_hasattr(interp: &Interp, args: Args) -> PyResult<Value> {
    arity(interp, "hasattr", &args, 2, 2)?;
    let name = attr_name(interp, &args.pos[1])?;
    Ok(Value::Bool(
        interp.lookup_attr_or_none(&args.pos[0], name)?.is_some(),
    ))
}

fn builtin_iter(interp: &Interp, args: Args) -> PyResult<Value> {
    arity(interp, "iter", &args, 1, 2)?;
    if args.pos.len() == 2 {
        let callable = builtin_callable(interp, Args::positional(vec![args.pos[0].clone()]))?;
        if matches!(callable, Value::Bool(false)) {
            return Err(interp.type_error("iter(v, w): v must be callable"));
        }
        return Ok(lazy_iter(
            IterState::Callable {
                func: args.pos[0].clone(),
                sentinel: args.pos[1].clone(),
            },
            "callable_iterator",
        ));
    }
    interp.iter(&args.pos[0])
}

fn builtin_next(interp: &Interp, args: Args) -> PyResult<Value> {
    arity(interp, "next", &args, 1, 2)?;
    // Without a default, a generator's return value travels in the StopIteration.
    if let (Value::Obj(o), 1) = (&args.pos[0], args.pos.len()) {
        if let Payload::Generator(g) = o.payload() {
            if g.kind == crate::runtime::generator::GenKind::Generator {
                let sent = crate::runtime::generator::Sent::Value(Value::None);
                return match interp.gen_resume(o, sent)? {
                    Ok(v) => Ok(v),
                    Err(r) => Err(interp.stop_iteration(r)),
                };
            }
        }
    }
    match interp.next(&args.pos[0])? {
        Some(v) => Ok(v),
        None => match args.pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr::new(
                interp.new_exception(&interp.exc.stop_iteration, vec![]),
            )),
        },
    }
}

fn builtin_abs(interp: &Interp, args: Args) -> PyResult<Value> {
    arity(interp, "abs", &args, 1, 1)?;
    if let Value::Obj(o) = &args.pos[0] {
        if let Payload::Instance(i) = o.payload() {
            if let Some(m) = crate::types::class::class_lookup(&i.class, "__abs__") {
                return interp.call(&m, Args::positional(vec![args.pos[0].clone()]));
            }
        }
    }
    match &args.pos[0] {
        Value::Float(x) => Ok(Value::Float(x.abs())),
        v => match to_big(v) {
            Some(b) => Ok(crate::types::int::from_big(num_traits::Signed::abs(&b))),
            None => Err(interp.type_error(format!(
                "bad operand type for abs(): '{}'",
                interp.type_name(v)
            ))),
        },
    }
}

fn extreme(
    interp: &Interp,
    args: Args,
    name: &str,
    op: crate::syntax::ast::CmpOp,
) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(interp.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    let mut key = None;
    let mut default = None;
    for (k, v) in &args.kw {
        match &**k {
            "key" => key = Some(v.clone()).filter(|v| !matches!(v, Value::None)),
            "default" => default = Some(v.clone()),
            _ => {
                return Err(
                    interp.type_error(format!("'{k}' is an invalid keyword argument for {name}()"))
                )
            }
        }
    }
    if default.is_some() && args.pos.len() > 1 {
        return Err(interp.type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    let items = if args.pos.len() == 1 {
        interp.collect(&args.pos[0])?
    } else if args.pos.is_empty() {
        return Err(interp.type_error(format!("{name} expected at least 1 argument, got 0")));
    } else {
        args.pos.clone()
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => interp.call(f, Args::positional(vec![item.clone()]))?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((bk, _)) => {
                let r = interp.compare(op, &k, bk)?;
                interp.truthy(&r)?
            }
        };
        if better {
            best = Some((k, item));
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => default.ok_or_else(|| {
            interp.err(
                &interp.exc.value_error,
                format!("{name}() arg is an empty sequence"),
            )
        }),
    }
}

fn builtin_min(interp: &Interp, args: Args) -> PyResult<Value> {
    extreme(interp, args, "min", crate::syntax::ast::CmpOp::Lt)
}

fn builtin_max(interp: &Interp, args: Args) -> PyResult<Value> {
    extreme(interp, args, "max", crate::syntax::ast::CmpOp::Gt)
}

fn builtin_sum(interp: &Interp, args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(interp.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    let a = bind(interp, &args, "sum", 0, 1, &["iterable", "start"])?;
    let mut total = a[1].clone().unwrap_or(Value::Int(0));
    if str_of(&total).is_some() {
        return Err(interp.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let it = interp.iter(a[0].as_ref().unwrap_or(&Value::None))?;
    while let Some(item) = interp.next(&it)? {
        total = interp.binary_op(crate::syntax::ast::BinOp::Add, &total, &item)?;
    }
    Ok(total)
}

fn builtin_sorted(interp: &Interp, args: Args) -> PyResult<Value> {
    let n = args.pos.len();
    if n != 1 {
        return Err(interp.type_error(format!("sorted expected 1 argument, got {n}")));
    }
    let (key, reverse) = crate::types::list::sort_options(interp, &args, "sort")?;
    let mut items = interp.collect(&args.pos[0])?;
    crate::types::list::sort_values(interp, &mut items, key.as_ref(), reverse)?;
    Ok(interp.new_list(items))
}

fn snapshot_iter(items: Vec<Value>, type_name: &'static str) -> Value {
    lazy_iter(IterState::Values { items, index: 0 }, type_name)
}

fn builtin_reversed(interp: &Interp, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(interp.type_error("reversed() takes no keyword arguments"));
    }
    if args.pos.len() != 1 {
        return Err(interp.type_error(format!(
            "reversed expected 1 argument, got {}",
            args.pos.len()
        )));
    }
    let v = &args.pos[0];
    if let Value::Obj(o) = v {
        match o.payload() {
            Payload::List(l) => {
                let index = l.items.borrow().len();
                return Ok(lazy_iter(
                    IterState::SeqRev {
                        seq: o.clone(),
                        index,
                    },
                    "list_reverseiterator",
                ));
            }
            Payload::Range(r) => {
                let n = r.len();
                let last = r.start + (n - 1) * r.step;
                return Ok(lazy_iter(
                    IterState::Range {
                        next: last,
                        stop: if n == 0 { last } else { r.start - r.step },
                        step: -r.step,
                    },
                    "range_iterator",
                ));
            }
            Payload::Tuple(_) | Payload::Str(_) | Payload::Bytes(_) => {
                let mut items = interp.collect(v)?;
                items.reverse();
                return Ok(snapshot_iter(items, "reversed"));
            }
            Payload::Dict(_) => {
                let mut items = interp.collect(v)?;
                items.reverse();
                return Ok(snapshot_iter(items, "dict_reversekeyiterator"));
            }
            Payload::DictView(dv) => {
                let mut items = crate::types::dict::view_items(interp, dv);
                items.reverse();
                let name = match dv.what {
                    crate::types::iter::DictView::Keys => "dict_reversekeyiterator",
                    crate::types::iter::DictView::Values => "dict_reversevalueiterator",
                    crate::types::iter::DictView::Items => "dict_reverseitemiterator",
                };
                return Ok(snapshot_iter(items, name));
            }
            Payload::MappingProxy(p) => {
                let target = p.target(interp);
                return builtin_reversed(interp, Args::positional(vec![target]));
            }
            Payload::Instance(i) => {
                if let Some(m) = crate::types::class::class_lookup(&i.class, "__reversed__") {
                    return interp.call(&m, Args::positional(vec![v.clone()]));
                }
            }
            Payload::Class(_) => {
                if let Some(r) = interp.call_metaclass_special(o, "__reversed__", vec![])? {
                    return Ok(r);
                }
            }
            _ => {}
        }
    }
    Err(interp.type_error(format!(
        "'{}' object is not reversible",
        interp.type_name(v)
    )))
}

fn builtin_enumerate(interp: &Interp, args: Args) -> PyResult<Value> {
    let a = bind(interp, &args, "enumerate", 0, 0, &["iterable", "start"])?;
    let Some(iterable) = &a[0] else {
        return Err(interp.type_error("enumerate() missing required argument 'iterable'"));
    };
    let start = match &a[1] {
        None => 0,
        Some(v) => match v {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            v => {
                return Err(interp.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    interp.type_name(v)
                )))
            }
        },
    };
    let iter = interp.iter(iterable)?;
    Ok(lazy_iter(
        IterState::Enumerate {
            iter,
            next: start,
            result: None,
        },
        "enumerate",
    ))
}

fn builtin_zip(interp: &Interp, args: Args) -> PyResult<Value> {
    let mut strict = false;
    for (k, v) in &args.kw {
        if &**k == "strict" {
            strict = interp.truthy(v)?;
        } else {
            return Err(
                interp.type_error(format!("'{k}' is an invalid keyword argument for zip()"))
            );
        }
    }
    let mut iters = Vec::new();
    for a in &args.pos {
        iters.push(interp.iter(a)?);
    }
    Ok(lazy_iter(
        IterState::Zip {
            iters,
            strict,
            result: None,
        },
        "zip",
    ))
}

fn builtin_callable(interp: &Interp, args: Args) -> PyResult<Value> {
    arity(interp, "callable", &args, 1, 1)?;
    Ok(Value::Bool(is_callable(&args.pos[0])))
}

/// `callable(v)` (CPython's `PyCallable_Check`).
pub fn is_callable(v: &Value) -> bool {
    match v {
        Value::Obj(o) => match o.payload() {
            Payload::Function(_) | Payload::Builtin(_) | Payload::Method(_) | Payload::Class(_) => {
                true
            }
            Payload::Instance(i) => {
                crate::types::class::class_lookup(&i.class, "__call__").is_some()
            }
            _ => false,
        },
        _ => false,
    }
}

fn builtin_vars(interp: &Interp, args: Args) -> PyResult<Value> {
    arity(interp, "vars", &args, 1, 1)?;
    interp
        .lookup_attr(&args.pos[0], "__dict__")?
        .ok_or_else(|| interp.type_error("vars() argument must have __dict__ attribute"))
}

fn builtin_chr(interp: &Interp, args: Args) -> PyResult<Value> {
    arity(interp, "chr", &args, 1, 1)?;
    match &args.pos[0] {
        Value::Int(i) => match u32::try_from(*i).ok().and_then(char::from_u32) {
            Some(c) => Ok(interp.new_str(c.to_string())),
            None => Err(interp.err(&interp.exc.value_error, "chr() arg not in range(0x110000)")),
        },
        v => Err(interp.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            interp.type_name(v)
        ))),
    }
}

fn builtin_ord(interp: &Interp, args: Args) -> PyResult<Value> {
    arity(interp, "ord", &args, 1, 1)?;
    let s = str_of(&args.pos[0]).ok_or_else(|| {
        interp.type_error(format!(
            "ord() expected string of length 1, but {} found",
            interp.type_name(&args.pos[0])
        ))
    })?;
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(Value::Int(c as i64)),
        _ => Err(interp.type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.chars().count()
        ))),
    }
}

fn builtin_format(interp: &Interp, args: Args) -> PyResult<Value> {
    arity(interp, "format", &args, 1, 2)?;
    let spec = match args.pos.get(1) {
        Some(s) => str_arg(interp, s, "format() argument 2")?.to_string(),
        None => String::new(),
    };
    Ok(interp.new_str(format_value(interp, &args.pos[0], &spec)?))
}

fn builtin_any(interp: &Interp, args: Args) -> PyResult<Value> {
    arity(interp, "any", &args, 1, 1)?;
    let it = interp.iter(&args.pos[0])?;
    while let Some(v) = interp.next(&it)? {
        if interp.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn builtin_all(interp: &Interp, args: Args) -> PyResult<Value> {
    arity(interp, "all", &args, 1, 1)?;
    let it = interp.iter(&args.pos[0])?;
    while let Some(v) = interp.next(&it)? {
        if !interp.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn builtin_divmod(interp: &Interp, args: Args) -> PyResult<Value> {
    arity(interp, "divmod", &args, 2, 2)?;
    use crate::syntax::ast::BinOp;
    let (x, y) = (&args.pos[0], &args.pos[1]);
    let numeric = |v: &Value| matches!(v, Value::Float(_)) || to_big(v).is_some();
    if numeric(x) && numeric(y) {
        if let (true, true) = (to_big(x).is_some(), to_big(y).is_some()) {
            if to_big(y).is_some_and(|b| num_traits::Zero::is_zero(&b)) {
                return Err(interp.err(
                    &interp.exc.zero_division_error,
                    "integer division or modulo by zero",
                ));
            }
            let q = interp.binary_op(BinOp::FloorDiv, x, y)?;
            let r = interp.binary_op(BinOp::Mod, x, y)?;
            return Ok(interp.new_tuple(vec![q, r]));
        }
        let f = |v: &Value| match v {
            Value::Float(f) => *f,
            v => num_traits::ToPrimitive::to_f64(&to_big(v).unwrap_or_default())
                .unwrap_or(f64::INFINITY),
        };
        let (a, b) = (f(x), f(y));
        if b == 0.0 {
            return Err(interp.err(&interp.exc.zero_division_error, "float divmod()"));
        }
        let (q, r) = crate::runtime::ops::float_divmod(a, b);
        return Ok(interp.new_tuple(vec![Value::Float(q), Value::Float(r)]));
    }
    for (v, w, name) in [(x, y, "__divmod__"), (y, x, "__rdivmod__")] {
        if let Value::Obj(o) = v {
            if let Payload::Instance(i) = o.payload() {
                if let Some(m) = crate::types::class::class_lookup(&i.class, name) {
                    let r = interp.call(&m, Args::positional(vec![v.clone(), w.clone()]))?;
                    if !interp.is_not_implemented(&r) {
                        return Ok(r);
                    }
                }
            }
        }
    }
    Err(interp.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        interp.type_name(x),
        interp.type_name(y)
    )))
}

// ---------------------------------------------------------------- constructors

/// `C(args)` for the built-in types; `None` for classes defined in Python.
pub fn construct_builtin(interp: &Interp, class: &ObjRef, args: &Args) -> PyResult<Option<Value>> {
    let t = &interp.types;
    if class.is(&t.weakref) {
        return crate::modules::weakref::weakref_new(interp, args).map(Some);
    }
    if class.is(&t.keyed_ref) {
        return crate::modules::weakref::keyed_ref_new(interp, args).map(Some);
    }
    if class.is(&t.mappingproxy) {
        return crate::types::mappingproxy::construct(interp, args).map(Some);
    }
    let first = args.pos.first();
    let single = |name: &str| -> PyResult<Option<Value>> {
        if !args.kw.is_empty() {
            return Err(interp.type_error(format!("{name}() takes no keyword arguments")));
        }
        if args.pos.len() > 1 {
            return Err(interp.type_error(format!(
                "{name} expected at most 1 argument, got {}",
                args.pos.len()
            )));
        }
        Ok(args.pos.first().cloned())
    };
    let v = if class.is(&t.int) {
        let a = bind(interp, args, "int", 0, 0, &["", "base"])?;
        if a[1].is_some() && a[0].is_none() {
            return Err(interp.type_error("int() missing string argument"));
        }
        match (&a[0], &a[1]) {
            (None, _) => Value::Int(0),
            (Some(x), Some(b)) => {
                let base = index_arg(interp, b)?;
                if base != 0 && !(2..=36).contains(&base) {
                    return Err(interp.err(
                        &interp.exc.value_error,
                        "int() base must be >= 2 and <= 36, or 0",
                    ));
                }
                let Some(text) = str_of(x) else {
                    return Err(
                        interp.type_error("int() can't convert non-string with explicit base")
                    );
                };
                check_int_digits(interp, text, base as u32)?;
                match crate::types::int::parse_int(text, base as u32) {
                    Some(n) => crate::types::int::from_big(n),
                    None => {
                        return Err(interp.err(
                            &interp.exc.value_error,
                            format!(
                                "invalid literal for int() with base {base}: {}",
                                crate::types::str::str_repr(text)
                            ),
                        ))
                    }
                }
            }
            (Some(Value::Float(x)), None) => {
                if x.is_nan() {
                    return Err(interp.err(
                        &interp.exc.value_error,
                        "cannot convert float NaN to integer",
                    ));
                }
                if x.is_infinite() {
                    return Err(interp.err(
                        &interp.exc.overflow_error,
                        "cannot convert float infinity to integer",
                    ));
                }
                crate::types::int::from_big(
                    num_traits::FromPrimitive::from_f64(x.trunc()).unwrap_or_default(),
                )
            }
            (Some(v), None) if to_big(v).is_some() => {
                crate::types::int::from_big(to_big(v).unwrap_or_default())
            }
            (Some(v), None) => match str_of(v) {
                // Most conversions read a short plain decimal: no big-integer arithmetic.
                Some(s) => match crate::types::int::parse_short_decimal(s) {
                    Some(n) => Value::Int(n),
                    None => int_from_decimal_text(interp, s)?,
                },
                None => {
                    if let Value::Obj(o) = v {
                        if let Payload::Instance(i) = o.payload() {
                            for name in ["__int__", "__index__"] {
                                if let Some(m) = crate::types::class::class_lookup(&i.class, name) {
                                    return interp
                                        .call(&m, Args::positional(vec![v.clone()]))
                                        .map(Some);
                                }
                            }
                        }
                    }
                    return Err(interp.type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", interp.type_name(v))));
                }
            },
        }
    } else if class.is(&t.float) {
        match single("float")? {
            None => Value::Float(0.0),
            Some(Value::Float(x)) => Value::Float(x),
            Some(v) if to_big(&v).is_some() => {
                let x = num_traits::ToPrimitive::to_f64(&to_big(&v).unwrap_or_default())
                    .unwrap_or(f64::INFINITY);
                if x.is_infinite() {
                    return Err(interp.err(
                        &interp.exc.overflow_error,
                        "int too large to convert to float",
                    ));
                }
                Value::Float(x)
            }
            Some(v) => match str_of(&v) {
                Some(s) => match crate::types::float::parse_float(s) {
                    Some(x) => Value::Float(x),
                    None => {
                        return Err(interp.err(
                            &interp.exc.value_error,
                            format!(
                                "could not convert string to float: {}",
                                crate::types::str::str_repr(s)
                            ),
                        ))
                    }
                },
                None => {
                    if let Value::Obj(o) = &v {
                        if let Payload::Instance(i) = o.payload() {
                            if let Some(m) =
                                crate::types::class::class_lookup(&i.class, "__float__")
                            {
                                return interp
                                    .call(&m, Args::positional(vec![v.clone()]))
                                    .map(Some);
                            }
                        }
                    }
                    return Err(interp.type_error(format!(
                        "float() argument must be a string or a real number, not '{}'",
                        interp.type_name(&v)
                    )));
                }
            },
        }
    } else if class.is(&t.bytes) {
        crate::types::bytes::construct(interp, args)?
    } else if class.is(&t.str_) {
        let a = bind(interp, args, "str", 0, 0, &["object", "encoding", "errors"])?;
        if let (Some(data), true) = (
            a[0].as_ref().and_then(crate::types::bytes::bytes_of),
            a[1].is_some() || a[2].is_some(),
        ) {
            let (codec, errors) =
                crate::types::codecs::codec_args(interp, "str", a[1].as_ref(), a[2].as_ref())?;
            return Ok(Some(interp.new_str(crate::types::codecs::decode(
                interp, data, codec, errors,
            )?)));
        }
        if let Some(e) = a[1].as_ref().or(a[2].as_ref()) {
            if str_of(e).is_none() {
                let which = if a[1].is_some() { "encoding" } else { "errors" };
                return Err(interp.type_error(format!(
                    "str() argument '{which}' must be str, not {}",
                    interp.type_name(e)
                )));
            }
            return Err(interp.type_error(match &a[0] {
                Some(v) if str_of(v).is_some() => "decoding str is not supported".to_string(),
                Some(v) => format!(
                    "decoding to str: need a bytes-like object, {} found",
                    interp.type_name(v)
                ),
                None => "decoding to str: need a bytes-like object, str found".to_string(),
            }));
        }
        match &a[0] {
            None => interp.new_str(""),
            Some(v) => interp.new_str(interp.str(v)?),
        }
    } else if class.is(&t.bool_) {
        Value::Bool(match single("bool")? {
            None => false,
            Some(v) => interp.truthy(&v)?,
        })
    } else if class.is(&t.list) {
        interp.new_list(match single("list")? {
            None => vec![],
            Some(v) => interp.collect(&v)?,
        })
    } else if class.is(&t.tuple) {
        interp.new_tuple(match single("tuple")? {
            None => vec![],
            Some(v) => interp.collect(&v)?,
        })
    } else if class.is(&t.set) || class.is(&t.frozenset) {
        crate::types::set::construct(interp, class.is(&t.frozenset), args)?
    } else if class.is(&t.dict) {
        if args.pos.len() > 1 {
            return Err(interp.type_error(format!(
                "dict expected at most 1 argument, got {}",
                args.pos.len()
            )));
        }
        let d = interp.new_dict();
        if let Some(v) = first {
            crate::types::dict::update_from(interp, &d, v)?;
        }
        for (k, v) in &args.kw {
            interp.dict_set(&d, interp.new_str(&**k), v.clone())?;
        }
        Value::Obj(d)
    } else if class.is(&t.range) {
        if !args.kw.is_empty() {
            return Err(interp.type_error("range() takes no keyword arguments"));
        }
        let ints: Vec<i64> = args
            .pos
            .iter()
            .map(
                |v| match crate::runtime::native_base::native_value(v).unwrap_or(v) {
                    Value::Int(i) => Ok(*i),
                    Value::Bool(b) => Ok(*b as i64),
                    _ => Err(interp.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        interp.type_name(v)
                    ))),
                },
            )
            .collect::<PyResult<_>>()?;
        let (start, stop, step) = match ints.as_slice() {
            [stop] => (0, *stop, 1),
            [start, stop] => (*start, *stop, 1),
            [start, stop, step] => (*start, *stop, *step),
            [] => return Err(interp.type_error("range expected at least 1 argument, got 0")),
            _ => {
                return Err(interp.type_error(format!(
                    "range expected at most 3 arguments, got {}",
                    ints.len()
                )))
            }
        };
        if step == 0 {
            return Err(interp.err(&interp.exc.value_error, "range() arg 3 must not be zero"));
        }
        Value::Obj(ObjRef::new(Payload::Range(Box::new(PyRange {
            start,
            stop,
            step,
        }))))
    } else if class.is(&t.type_) {
        if args.pos.len() == 1 && !args.kw.is_empty() {
            return Err(interp.type_error("type() takes no keyword arguments"));
        }
        match args.pos.len() {
            1 => Value::Obj(interp.type_of(&args.pos[0])),
            3 => {
                let made = interp.type_new(
                    &t.type_,
                    &args.pos[0],
                    &args.pos[1],
                    &args.pos[2],
                    args.kw.clone(),
                )?;
                // A base's metaclass made the class: its `__init__` runs too (CPython:
                // type_call).
                if let Some(class) = made
                    .as_obj()
                    .filter(|o| matches!(o.payload(), Payload::Class(_)))
                {
                    if let Some(init) = interp.metaclass_special(class, "__init__") {
                        let mut pos = vec![made.clone()];
                        pos.extend(args.pos.iter().cloned());
                        interp.call(
                            &init,
                            Args {
                                pos,
                                kw: args.kw.clone(),
                            },
                        )?;
                    }
                }
                made
            }
            _ => return Err(interp.type_error("type() takes 1 or 3 arguments")),
        }
    } else if class.is(&t.object) {
        if !args.pos.is_empty() {
            return Err(interp.type_error("object() takes no arguments"));
        }
        Value::Obj(ObjRef::new(Payload::Instance(
            crate::types::instance::PyInstance::new(class.clone()),
        )))
    } else if class.is(&t.slice) {
        let get = |i: usize| args.pos.get(i).cloned().unwrap_or(Value::None);
        let (start, stop, step) = match args.pos.len() {
            1 => (Value::None, get(0), Value::None),
            _ => (get(0), get(1), get(2)),
        };
        Value::Obj(ObjRef::new(Payload::Slice(Box::new(
            crate::types::iter::PySlice { start, stop, step },
        ))))
    } else if class.is(&t.method) {
        crate::modules::types::new_method(interp, args)?
    } else if class.is(&t.module) {
        crate::modules::types::new_module_object(interp, args)?
    } else if let Some(made) = crate::modules::types::construct(interp, class, args) {
        made?
    } else if as_class(class).native == crate::types::class::NativeKind::Builtin
        && !as_class(class).is_heap()
    {
        return Err(interp.type_error(format!(
            "cannot create '{}' instances",
            as_class(class).name.borrow()
        )));
    } else {
        return Ok(None);
    };
    Ok(Some(v))
}

/// The parts of a slice object.
pub fn slice_parts(v: &Value) -> Option<(Value, Value, Value)> {
    match v.as_obj()?.payload() {
        Payload::Slice(s) => Some((s.start.clone(), s.stop.clone(), s.step.clone())),
        _ => None,
    }
}

// ---------------------------------------------------------------- methods

fn exception_init(interp: &Interp, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        let name = args
            .pos
            .first()
            .map_or_else(|| "BaseException".into(), |v| interp.type_name(v));
        return Err(interp.type_error(format!("{name}() takes no keyword arguments")));
    }
    let mut pos = args.pos.into_iter();
    let Some(Value::Obj(this)) = pos.next() else {
        return Ok(Value::None);
    };
    if let Payload::Instance(i) = this.payload() {
        if let Some(e) = &i.exc {
            let old = e.borrow_mut().args.replace(interp.new_tuple(pos.collect()));
            drop(old);
        }
    }
    Ok(Value::None)
}

fn exception_with_traceback(_: &Interp, args: Args) -> PyResult<Value> {
    let mut pos = args.pos.into_iter();
    let this = pos.next().unwrap_or(Value::None);
    if let (Value::Obj(o), Some(tb)) = (&this, pos.next()) {
        if let Payload::Instance(i) = o.payload() {
            if let Some(e) = &i.exc {
                let old = std::mem::replace(&mut e.borrow_mut().traceback, tb.as_obj().cloned());
                drop(old);
            }
        }
    }
    Ok(this)
}

/// `object.__init_subclass__(cls)`: accepts no keywords.
fn object_init_subclass(interp: &Interp, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        let name = match args
            .pos
            .first()
            .and_then(Value::as_obj)
            .map(ObjRef::payload)
        {
            Some(Payload::Class(c)) => c.qualname.borrow().to_string(),
            _ => "object".into(),
        };
        return Err(interp.type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

/// `object.__new__(cls)`: a bare instance of `cls`.
pub fn object_new(interp: &Interp, args: Args) -> PyResult<Value> {
    let Some(first) = args.pos.first() else {
        return Err(interp.type_error("object.__new__(): not enough arguments"));
    };
    let class = match first {
        Value::Obj(c) if matches!(c.payload(), Payload::Class(_)) => c,
        _ => {
            return Err(interp.type_error(format!(
                "object.__new__(X): X is not a type object ({})",
                interp.type_name(first)
            )))
        }
    };
    if !matches!(class.payload(), Payload::Class(_)) {
        return Err(interp.type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            interp.type_name(&args.pos[0])
        )));
    }
    if let Some(v) = construct_builtin(interp, class, &Args::positional(vec![]))? {
        return Ok(v);
    }
    // CPython's object_new: extra arguments are an error unless only __init__ is
    // overridden.
    if (args.pos.len() > 1 || !args.kw.is_empty())
        && as_class(class).native != crate::types::class::NativeKind::Exception
    {
        if !is_object_method(interp, class, "__new__") {
            return Err(interp.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if is_object_method(interp, class, "__init__") {
            return Err(interp.type_error(format!(
                "{}() takes no arguments",
                as_class(class).name.borrow()
            )));
        }
    }
    if let Some(native) = interp.native_type_of(class) {
        let (name, native) = (
            as_class(class).name.borrow(),
            as_class(&native).name.borrow(),
        );
        return Err(interp.type_error(format!(
            "object.__new__({name}) is not safe, use {native}.__new__()"
        )));
    }
    let inst = crate::types::instance::PyInstance::new(class.clone());
    if let Some(exc) = &inst.exc {
        exc.borrow_mut().args = Some(interp.new_tuple(args.pos[1..].to_vec()));
    }
    Ok(Value::Obj(ObjRef::new(Payload::Instance(inst))))
}

/// Whether `class.name` is `object`'s own method (not overridden).
fn is_object_method(interp: &Interp, class: &ObjRef, name: &str) -> bool {
    let _ = interp;
    matches!(
        crate::types::class::class_lookup(class, name).as_ref().and_then(Value::as_obj).map(ObjRef::payload),
        Some(Payload::Builtin(b)) if b.owner == Some("object")
    )
}

/// `object.__init__(self, *args)`: CPython's object_init rejects extra arguments when
/// `__init__` is overridden, or when `__new__` is not.
fn object_init(interp: &Interp, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 || !args.kw.is_empty() {
        let Some(this) = args.pos.first() else {
            return Ok(Value::None);
        };
        let class = interp.type_of(this);
        if as_class(&class).native == crate::types::class::NativeKind::Exception {
            return Ok(Value::None);
        }
        if !is_object_method(interp, &class, "__init__") {
            return Err(interp.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if is_object_method(interp, &class, "__new__") {
            return Err(interp.type_error(format!(
                "{}() takes no arguments",
                as_class(&class).name.borrow()
            )));
        }
    }
    Ok(Value::None)
}

/// `object.__delattr__(obj, name)`: removes an attribute stored on the instance, or runs
/// a data descriptor's `__delete__`.
fn object_delattr(interp: &Interp, args: Args) -> PyResult<Value> {
    let (Some(Value::Obj(this)), Some(name)) = (args.pos.first(), args.pos.get(1)) else {
        return Err(interp.type_error("expected 2 arguments, got fewer"));
    };
    let Some(name) = str_of(name) else {
        return Err(interp.type_error("attribute name must be string"));
    };
    let Payload::Instance(i) = this.payload() else {
        return Err(interp.type_error("object.__delattr__ on a non-instance"));
    };
    if let Some(Value::Obj(a)) = crate::types::class::class_lookup(&i.class, name) {
        if let Payload::Member(m) = a.payload() {
            crate::types::member::set(interp, m, &args.pos[0], None)?;
            return Ok(Value::None);
        }
        if let Payload::Instance(d) = a.payload() {
            if let Some(delete) = crate::types::class::class_lookup(&d.class, "__delete__") {
                let call_args = vec![Value::Obj(a.clone()), args.pos[0].clone()];
                interp.call(&delete, Args::positional(call_args))?;
                return Ok(Value::None);
            }
        }
    }
    match i.del_attr(name) {
        Some(old) => {
            drop(old);
            Ok(Value::None)
        }
        None => Err(interp.attribute_error(&args.pos[0], name)),
    }
}

fn object_setattr(interp: &Interp, args: Args) -> PyResult<Value> {
    let mut pos = args.pos.into_iter();
    let (Some(Value::Obj(this)), Some(name), Some(value)) = (pos.next(), pos.next(), pos.next())
    else {
        return Err(interp.type_error("__setattr__ expected 2 arguments"));
    };
    let name = str_of(&name)
        .ok_or_else(|| interp.type_error("attribute name must be string"))?
        .to_string();
    interp.object_setattr(&this, &name, value)?;
    Ok(Value::None)
}

// ---------------------------------------------------------------- formatting

/// `format(value, spec)`: the format mini-language for str, int and float, and `__format__`.
/// `int(text)` of text that is not a short plain decimal.
fn int_from_decimal_text(interp: &Interp, s: &str) -> PyResult<Value> {
    match check_int_digits(interp, s, 10).map(|()| crate::types::int::parse_int(s, 10))? {
        Some(b) => Ok(crate::types::int::from_big(b)),
        None => Err(interp.err(
            &interp.exc.value_error,
            format!(
                "invalid literal for int() with base 10: {}",
                crate::types::str::str_repr(s)
            ),
        )),
    }
}

pub fn format_value(interp: &Interp, v: &Value, spec: &str) -> PyResult<String> {
    if let Value::Obj(o) = v {
        if let Payload::Instance(i) = o.payload() {
            if let Some(m) = crate::types::class::class_lookup(&i.class, "__format__") {
                let r = interp.call(&m, Args::positional(vec![v.clone(), interp.new_str(spec)]))?;
                return match str_of(&r) {
                    Some(s) => Ok(s.to_string()),
                    None => Err(interp.type_error(format!(
                        "__format__ must return a str, not {}",
                        interp.type_name(&r)
                    ))),
                };
            }
        }
    }
    if spec.is_empty() {
        return interp.str(v);
    }
    let tname = interp.type_name(v);
    let is_num = matches!(v, Value::Float(_)) || to_big(v).is_some();
    let is_str = str_of(v).is_some();
    if !is_num && !is_str {
        return Err(interp.type_error(format!(
            "unsupported format string passed to {tname}.__format__"
        )));
    }
    let s = Spec::parse(spec)
        .ok_or_else(|| interp.err(&interp.exc.value_error, "Invalid format specifier"))?;
    let verr = |m: String| interp.err(&interp.exc.value_error, m);
    if let Some(g) = s.grouping {
        let ok = match s.kind {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => g == '_',
            _ => false,
        };
        if !ok {
            return Err(verr(format!(
                "Cannot specify '{g}' with '{}'.",
                s.kind.unwrap_or(' ')
            )));
        }
    }
    let unknown = |k: char| {
        verr(format!(
            "Unknown format code '{k}' for object of type '{tname}'"
        ))
    };
    if is_str {
        if let Some(k) = s.kind.filter(|k| *k != 's') {
            return Err(unknown(k));
        }
        if s.sign != '-' || s.sign_given {
            return Err(verr("Sign not allowed in string format specifier".into()));
        }
        if s.alternate {
            return Err(verr(
                "Alternate form (#) not allowed in string format specifier".into(),
            ));
        }
        if s.align == Some('=') {
            return Err(verr(
                "'=' alignment not allowed in string format specifier".into(),
            ));
        }
        if s.grouping.is_some() {
            return Err(verr("Cannot specify ',' with 's'.".into()));
        }
        let text = str_of(v).unwrap_or("");
        let body: String = match s.precision {
            Some(p) => text.chars().take(p).collect(),
            None => text.to_string(),
        };
        return Ok(s.pad("", body, false));
    }
    let float_kind = matches!(s.kind, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%'))
        || (matches!(v, Value::Float(_)) && matches!(s.kind, None | Some('n')));
    if let Value::Float(_) = v {
        if let Some(k) = s.kind.filter(|k| !"eEfFgGn%".contains(*k)) {
            return Err(unknown(k));
        }
    }
    if float_kind {
        let x = match v {
            Value::Float(x) => *x,
            v => num_traits::ToPrimitive::to_f64(&to_big(v).unwrap_or_default())
                .unwrap_or(f64::INFINITY),
        };
        let kind = match s.kind {
            Some('n') => Some('g'),
            k => k,
        };
        let neg = x.is_sign_negative() && !x.is_nan();
        let body = format_float(x.abs(), kind, s.precision, s.alternate);
        let body = match s.grouping {
            Some(sep) => {
                let end = body.find(['.', 'e', 'E', '%']).unwrap_or(body.len());
                if body[..end].chars().all(|c| c.is_ascii_digit()) {
                    format!("{}{}", group_digits(&body[..end], sep, 3), &body[end..])
                } else {
                    body
                }
            }
            None => body,
        };
        return Ok(s.pad(if neg { "-" } else { "" }, body, true));
    }
    // Integers.
    let k = s.kind;
    if k == Some('z') {
        return Err(verr(
            "Negative zero coercion (z) not allowed in integer format specifier".into(),
        ));
    }
    if let Some(k) = k.filter(|k| !"bcdoxXn".contains(*k)) {
        return Err(unknown(k));
    }
    if s.precision.is_some() {
        return Err(verr(
            "Precision not allowed in integer format specifier".into(),
        ));
    }
    if let (Some(g), Some(kc)) = (s.grouping, k) {
        if g == ',' && kc != 'd' || g == '_' && !"dboxX".contains(kc) {
            return Err(verr(format!("Cannot specify '{g}' with '{kc}'.")));
        }
    }
    let n = to_big(v).unwrap_or_default();
    let (neg, mag) = (n.sign() == num_bigint::Sign::Minus, n.magnitude().clone());
    if k == Some('c') {
        if s.sign_given {
            return Err(verr(
                "Sign not allowed with integer format specifier 'c'".into(),
            ));
        }
        if s.alternate {
            return Err(verr(
                "Alternate form (#) not allowed with integer format specifier 'c'".into(),
            ));
        }
        let c = num_traits::ToPrimitive::to_u32(&n)
            .and_then(char::from_u32)
            .ok_or_else(|| {
                interp.err(&interp.exc.overflow_error, "%c arg not in range(0x110000)")
            })?;
        return Ok(s.pad("", c.to_string(), true));
    }
    let digits = match k {
        Some('x') => format!("{mag:x}"),
        Some('X') => format!("{mag:X}"),
        Some('o') => format!("{mag:o}"),
        Some('b') => format!("{mag:b}"),
        _ => interp.decimal_text(&num_bigint::BigInt::from(mag))?,
    };
    let digits = match s.grouping {
        Some(sep) => group_digits(
            &digits,
            sep,
            if matches!(k, Some('d' | 'n') | None) {
                3
            } else {
                4
            },
        ),
        None => digits,
    };
    let prefix = if s.alternate {
        match k {
            Some('x') => "0x",
            Some('X') => "0X",
            Some('o') => "0o",
            Some('b') => "0b",
            _ => "",
        }
    } else {
        ""
    };
    let sign = if neg { "-" } else { "" };
    Ok(s.pad(&format!("{sign}{prefix}"), digits, true))
}

struct Spec {
    fill: char,
    fill_given: bool,
    align: Option<char>,
    sign: char,
    sign_given: bool,
    alternate: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    kind: Option<char>,
}

impl Spec {
    fn parse(spec: &str) -> Option<Spec> {
        let chars: Vec<char> = spec.chars().collect();
        let mut i = 0;
        let mut s = Spec {
            fill: ' ',
            fill_given: false,
            align: None,
            sign: '-',
            sign_given: false,
            alternate: false,
            zero: false,
            width: 0,
            grouping: None,
            precision: None,
            kind: None,
        };
        if chars.len() >= 2 && matches!(chars[1], '<' | '>' | '^' | '=') {
            s.fill = chars[0];
            s.fill_given = true;
            s.align = Some(chars[1]);
            i = 2;
        } else if !chars.is_empty() && matches!(chars[0], '<' | '>' | '^' | '=') {
            s.align = Some(chars[0]);
            i = 1;
        }
        if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
            s.sign = chars[i];
            s.sign_given = true;
            i += 1;
        }
        if i < chars.len() && chars[i] == '#' {
            s.alternate = true;
            i += 1;
        }
        if i < chars.len() && chars[i] == '0' {
            s.zero = true;
            i += 1;
        }
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        s.width = chars[start..i]
            .iter()
            .collect::<String>()
            .parse()
            .unwrap_or(0);
        if i < chars.len() && matches!(chars[i], ',' | '_') {
            s.grouping = Some(chars[i]);
            i += 1;
        }
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            s.precision = Some(chars[start..i].iter().collect::<String>().parse().ok()?);
        }
        if i < chars.len() {
            s.kind = Some(chars[i]);
            i += 1;
        }
        (i == chars.len()).then_some(s)
    }

    /// Pads `sign` + `body` to the width. `sign` holds "-" or "" (and a base prefix).
    fn pad(&self, sign: &str, body: String, numeric: bool) -> String {
        let sign = if numeric && !sign.starts_with('-') {
            match self.sign {
                '+' => format!("+{sign}"),
                ' ' => format!(" {sign}"),
                _ => sign.to_string(),
            }
        } else {
            sign.to_string()
        };
        let len = sign.chars().count() + body.chars().count();
        if len >= self.width {
            return format!("{sign}{body}");
        }
        let n = self.width - len;
        let (fill, align) = match self.align {
            Some(a) if self.zero && !self.fill_given => ('0', a),
            Some(a) => (self.fill, a),
            None if self.zero && numeric => ('0', '='),
            None if self.zero => ('0', '<'),
            None => (self.fill, if numeric { '>' } else { '<' }),
        };
        let hex = matches!(self.kind, Some('b' | 'o' | 'x' | 'X'));
        if fill == '0'
            && align == '='
            && self.grouping.is_some()
            && body.starts_with(|c: char| c.is_ascii_digit() || (hex && c.is_ascii_hexdigit()))
        {
            // Zero padding continues the digit grouping (CPython pads "0,001,234").
            let sep = self.grouping.unwrap_or(',');
            let every = if hex { 4 } else { 3 };
            let end = if hex {
                body.len()
            } else {
                body.find(['.', 'e', 'E', '%']).unwrap_or(body.len())
            };
            let int_digits: String = body[..end].chars().filter(|c| *c != sep).collect();
            let target = self
                .width
                .saturating_sub(sign.chars().count() + body.len() - end);
            let mut d = int_digits.len();
            while d + (d.max(1) - 1) / every < target {
                d += 1;
            }
            let padded = format!("{}{int_digits}", "0".repeat(d - int_digits.len()));
            return format!(
                "{sign}{}{}",
                group_digits(&padded, sep, every),
                &body[end..]
            );
        }
        let pad = |k: usize| fill.to_string().repeat(k);
        match align {
            '<' => format!("{sign}{body}{}", pad(n)),
            '^' => format!("{}{sign}{body}{}", pad(n / 2), pad(n - n / 2)),
            '=' => format!("{sign}{}{body}", pad(n)),
            _ => format!("{}{sign}{body}", pad(n)),
        }
    }
}

fn group_digits(digits: &str, sep: char, every: usize) -> String {
    let mut out = String::new();
    let n = digits.chars().count();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Scientific notation with `p` digits after the point, CPython style ("1.50e+03").
fn sci(x: f64, p: usize) -> (String, i32) {
    let s = format!("{x:.p$e}");
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    (m.to_string(), e.parse().unwrap_or(0))
}

fn exp_text(e: i32) -> String {
    format!("e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
}

fn strip_zeros(s: &str) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

/// Formats a non-negative float (sign handled by the caller).
fn format_float(x: f64, kind: Option<char>, precision: Option<usize>, alt: bool) -> String {
    let upper = matches!(kind, Some('E' | 'F' | 'G'));
    if !x.is_finite() {
        let t = if x.is_nan() { "nan" } else { "inf" };
        let t = if upper {
            t.to_uppercase()
        } else {
            t.to_string()
        };
        return if kind == Some('%') {
            format!("{t}%")
        } else {
            t
        };
    }
    let out = match kind {
        None if precision.is_none() => {
            let r = crate::types::float::float_repr(x);
            if alt && !r.contains('.') {
                match r.find('e') {
                    Some(i) => format!("{}.{}", &r[..i], &r[i..]),
                    None => format!("{r}."),
                }
            } else {
                r
            }
        }
        Some('f' | 'F') => {
            let p = precision.unwrap_or(6);
            let s = format!("{x:.p$}");
            if alt && p == 0 {
                format!("{s}.")
            } else {
                s
            }
        }
        Some('%') => {
            let p = precision.unwrap_or(6);
            let s = format!("{:.p$}", x * 100.0);
            if alt && p == 0 {
                format!("{s}.%")
            } else {
                format!("{s}%")
            }
        }
        Some('e' | 'E') => {
            let p = precision.unwrap_or(6);
            let (m, e) = sci(x, p);
            let m = if alt && p == 0 { format!("{m}.") } else { m };
            format!("{m}{}", exp_text(e))
        }
        _ => {
            // 'g', and no type with a precision.
            let p = precision.unwrap_or(6).max(1);
            let bare = kind.is_none();
            let (m, e) = sci(x, p - 1);
            // No type switches to exponent notation one digit earlier than 'g'.
            let limit = if bare { p as i32 - 1 } else { p as i32 };
            let point = |t: String| {
                if alt && !t.contains('.') {
                    format!("{t}.")
                } else {
                    t
                }
            };
            if e < -4 || e >= limit {
                let m = if alt { point(m) } else { strip_zeros(&m) };
                format!("{m}{}", exp_text(e))
            } else {
                let decimals = (p as i32 - 1 - e).max(0) as usize;
                let s = format!("{x:.decimals$}");
                let s = if alt { point(s) } else { strip_zeros(&s) };
                if bare && !s.contains('.') {
                    format!("{s}.0")
                } else {
                    s
                }
            }
        }
    };
    if upper {
        out.to_uppercase()
    } else {
        out
    }
}

/// `ascii()` of a repr: non-ASCII characters escaped.
pub fn ascii_of(repr: &str) -> String {
    let mut out = String::new();
    for c in repr.chars() {
        match c as u32 {
            0..=0x7f => out.push(c),
            n @ 0x80..=0xff => {
                let _ = write!(out, "\\x{n:02x}");
            }
            n @ 0x100..=0xffff => {
                let _ = write!(out, "\\u{n:04x}");
            }
            n => {
                let _ = write!(out, "\\U{n:08x}");
            }
        }
    }
    out
}

/// `text % args` (printf-style formatting).
pub fn percent_format(interp: &Interp, text: &str, args: &Value) -> PyResult<String> {
    let (values, single): (Vec<Value>, bool) = match args.as_obj().map(ObjRef::payload) {
        Some(Payload::Tuple(t)) => (t.items.to_vec(), false),
        _ => (vec![args.clone()], true),
    };
    let mapping = match args.as_obj().map(ObjRef::payload) {
        Some(Payload::Dict(_)) => Some(args.clone()),
        Some(Payload::Instance(_)) if interp.lookup_attr(args, "__getitem__")?.is_some() => {
            Some(args.clone())
        }
        _ => None,
    };
    let verr = |m: String| interp.err(&interp.exc.value_error, m);
    let mut out = String::new();
    let next = std::cell::Cell::new(0usize);
    let mut used_mapping = false;
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    let take = |interp: &Interp| -> PyResult<Value> {
        let v = values.get(next.get()).cloned();
        next.set(next.get() + 1);
        v.ok_or_else(|| interp.type_error("not enough arguments for format string"))
    };
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        // %(key)
        let mut value: Option<Value> = None;
        if i < chars.len() && chars[i] == '(' {
            let Some(m) = &mapping else {
                return Err(interp.type_error("format requires a mapping"));
            };
            let mut depth = 1;
            let start = i + 1;
            let mut j = start;
            while j < chars.len() && depth > 0 {
                match chars[j] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            if depth > 0 {
                return Err(verr("incomplete format key".into()));
            }
            let key: String = chars[start..j - 1].iter().collect();
            value = Some(interp.getitem(m, &interp.new_str(key))?);
            used_mapping = true;
            i = j;
        }
        let mut flags = String::new();
        while i < chars.len() && "-+ #0".contains(chars[i]) {
            flags.push(chars[i]);
            i += 1;
        }
        let mut width: Option<usize> = None;
        if i < chars.len() && chars[i] == '*' {
            i += 1;
            let w = take(interp)?;
            let w = match w {
                Value::Int(n) => n,
                _ => return Err(interp.type_error("* wants int")),
            };
            if w < 0 {
                flags.push('-');
            }
            width = Some(w.unsigned_abs() as usize);
        } else {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            if i > start {
                width = chars[start..i].iter().collect::<String>().parse().ok();
            }
        }
        let mut precision: Option<usize> = None;
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                i += 1;
                precision = match take(interp)? {
                    Value::Int(n) => Some(n.max(0) as usize),
                    _ => return Err(interp.type_error("* wants int")),
                };
            } else {
                let start = i;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                precision = Some(
                    chars[start..i]
                        .iter()
                        .collect::<String>()
                        .parse()
                        .unwrap_or(0),
                );
            }
        }
        while i < chars.len() && "hlL".contains(chars[i]) {
            i += 1;
        }
        let Some(&kind) = chars.get(i) else {
            return Err(verr("incomplete format".into()));
        };
        i += 1;
        if kind == '%' {
            out.push('%');
            continue;
        }
        let v = match value {
            Some(v) => v,
            None => take(interp)?,
        };
        let left = flags.contains('-');
        let zero = flags.contains('0') && !left;
        let sign = if flags.contains('+') {
            "+"
        } else if flags.contains(' ') {
            " "
        } else {
            ""
        };
        let alt = if flags.contains('#') { "#" } else { "" };
        let piece = match kind {
            's' | 'r' | 'a' => {
                let s = match kind {
                    's' => interp.str(&v)?,
                    'r' => interp.repr(&v)?,
                    _ => ascii_of(&interp.repr(&v)?),
                };
                match precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                }
            }
            'c' => match &v {
                Value::Int(n) => match u32::try_from(*n).ok().and_then(char::from_u32) {
                    Some(c) => c.to_string(),
                    None => {
                        return Err(
                            interp.err(&interp.exc.overflow_error, "%c arg not in range(0x110000)")
                        )
                    }
                },
                v => match str_of(v) {
                    Some(s) if s.chars().count() == 1 => s.to_string(),
                    _ => return Err(interp.type_error("%c requires int or char")),
                },
            },
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let n = match &v {
                    Value::Float(x) if matches!(kind, 'd' | 'i' | 'u') => {
                        if x.is_nan() {
                            return Err(interp.err(
                                &interp.exc.value_error,
                                "cannot convert float NaN to integer",
                            ));
                        }
                        if !x.is_finite() {
                            return Err(interp.err(
                                &interp.exc.overflow_error,
                                "cannot convert float infinity to integer",
                            ));
                        }
                        crate::types::int::from_big(
                            num_traits::FromPrimitive::from_f64(x.trunc()).unwrap_or_default(),
                        )
                    }
                    v if to_big(v).is_some() => v.clone(),
                    v => {
                        return Err(interp.type_error(if matches!(kind, 'd' | 'i' | 'u') {
                            format!(
                                "%{kind} format: a real number is required, not {}",
                                interp.type_name(v)
                            )
                        } else {
                            format!(
                                "%{kind} format: an integer is required, not {}",
                                interp.type_name(v)
                            )
                        }))
                    }
                };
                let k = if matches!(kind, 'i' | 'u') { 'd' } else { kind };
                let mut body = format_value(interp, &n, &format!("{sign}{alt}{k}"))?;
                if let Some(p) = precision {
                    let neg = body.starts_with('-');
                    let digits = body.trim_start_matches(['-', '+', ' ']).to_string();
                    let head = &body[..body.len() - digits.len()];
                    if digits.len() < p {
                        body = format!("{head}{}{digits}", "0".repeat(p - digits.len()));
                    }
                    let _ = neg;
                }
                body
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = match &v {
                    Value::Float(x) => Value::Float(*x),
                    v if to_big(v).is_some() => Value::Float(
                        num_traits::ToPrimitive::to_f64(&to_big(v).unwrap_or_default())
                            .unwrap_or(f64::INFINITY),
                    ),
                    v => {
                        return Err(interp.type_error(format!(
                            "must be real number, not {}",
                            interp.type_name(v)
                        )))
                    }
                };
                let p = precision.unwrap_or(6);
                format_value(interp, &x, &format!("{sign}{alt}.{p}{kind}"))?
            }
            _ => {
                return Err(verr(format!(
                    "unsupported format character '{kind}' (0x{:x}) at index {}",
                    kind as u32,
                    i - 1
                )))
            }
        };
        let w = width.unwrap_or(0);
        let n = piece.chars().count();
        if n >= w {
            out.push_str(&piece);
        } else if left {
            out.push_str(&piece);
            out.push_str(&" ".repeat(w - n));
        } else if zero && !matches!(kind, 's' | 'r' | 'a' | 'c') {
            let digits = piece.trim_start_matches(['-', '+', ' ']);
            let head = &piece[..piece.len() - digits.len()];
            let (prefix, rest) = if alt == "#"
                && digits.len() > 1
                && digits.starts_with('0')
                && digits[1..].starts_with(['x', 'X', 'o'])
            {
                digits.split_at(2)
            } else {
                ("", digits)
            };
            out.push_str(head);
            out.push_str(prefix);
            out.push_str(&"0".repeat(w - n));
            out.push_str(rest);
        } else {
            out.push_str(&" ".repeat(w - n));
            out.push_str(&piece);
        }
    }
    if next.get() < values.len() && !used_mapping && !(single && mapping.is_some()) {
        return Err(interp.type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

// ---------------------------------------------------------------- method argument helpers

/// The receiver of a built-in method (`args.pos[0]`), checked against the owner type.
pub(crate) fn receiver<'a>(
    interp: &Interp,
    args: &'a Args,
    owner: &str,
    name: &str,
    ok: fn(&Value) -> bool,
) -> PyResult<&'a Value> {
    match args.pos.first() {
        None => {
            Err(interp.type_error(format!("unbound method {owner}.{name}() needs an argument")))
        }
        Some(v) if ok(v) => Ok(v),
        // An instance of a subclass: the method works on its native value.
        Some(v) if crate::runtime::native_base::native_value(v).is_some_and(ok) => {
            Ok(crate::runtime::native_base::native_value(v).expect("checked"))
        }
        Some(v) => Err(interp.type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            interp.type_name(v)
        ))),
    }
}

fn no_keywords(interp: &Interp, args: &Args, qual: &str) -> PyResult<()> {
    if args.kw.is_empty() {
        Ok(())
    } else {
        Err(interp.type_error(format!("{qual}() takes no keyword arguments")))
    }
}

/// A method without arguments besides the receiver (CPython's METH_NOARGS).
pub(crate) fn no_args(interp: &Interp, args: &Args, qual: &str) -> PyResult<()> {
    no_keywords(interp, args, qual)?;
    let n = args.pos.len().saturating_sub(1);
    if n != 0 {
        return Err(interp.type_error(format!("{qual}() takes no arguments ({n} given)")));
    }
    Ok(())
}

/// A method with exactly one argument besides the receiver (METH_O).
pub(crate) fn one_arg<'a>(interp: &Interp, args: &'a Args, qual: &str) -> PyResult<&'a Value> {
    no_keywords(interp, args, qual)?;
    let n = args.pos.len().saturating_sub(1);
    if n != 1 {
        return Err(interp.type_error(format!("{qual}() takes exactly one argument ({n} given)")));
    }
    Ok(&args.pos[1])
}

/// Positional-only arguments after the receiver: "NAME expected at most N arguments, got M".
pub(crate) fn pos_args<'a>(
    interp: &Interp,
    args: &'a Args,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if !args.kw.is_empty() {
        let owner = args.pos.first().map(|v| interp.type_name(v));
        return Err(interp.type_error(format!(
            "{}{name}() takes no keyword arguments",
            owner.map(|o| format!("{o}.")).unwrap_or_default()
        )));
    }
    let rest = &args.pos[1.min(args.pos.len())..];
    let n = rest.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if (n < min || n > max) && min == max {
        return Err(interp.type_error(format!(
            "{name} expected {min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n < min {
        return Err(interp.type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        return Err(interp.type_error(format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(rest)
}

/// Binds positional and keyword arguments (after the receiver when `skip` is 1) to `names`.
pub(crate) fn bind(
    interp: &Interp,
    args: &Args,
    fname: &str,
    skip: usize,
    min: usize,
    names: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    let pos = &args.pos[skip.min(args.pos.len())..];
    let total = pos.len() + args.kw.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if total > names.len() {
        return Err(interp.type_error(format!(
            "{fname}() takes at most {} argument{} ({total} given)",
            names.len(),
            plural(names.len())
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    let mut unknown = None;
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in &args.kw {
        match names.iter().position(|n| **n == **k) {
            Some(i) if out[i].is_none() => out[i] = Some(v.clone()),
            Some(_) => {
                return Err(interp.type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    names.iter().position(|n| **n == **k).unwrap_or(0) + 1
                )))
            }
            None => unknown = unknown.or(Some(k)),
        }
    }
    if let Some(i) = out[..min].iter().position(Option::is_none) {
        return Err(interp.type_error(format!(
            "{fname}() missing required argument '{}' (pos {})",
            names[i],
            i + 1
        )));
    }
    if let Some(k) = unknown {
        return Err(interp.type_error(format!(
            "'{k}' is an invalid keyword argument for {fname}()"
        )));
    }
    Ok(out)
}

/// An index argument: an int (or bool), else "'T' object cannot be interpreted as an integer".
pub(crate) fn index_arg(interp: &Interp, v: &Value) -> PyResult<i64> {
    if let Some(n) = crate::runtime::native_base::native_value(v) {
        return index_arg(interp, n);
    }
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        v => match to_big(v) {
            Some(b) => Ok(if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }),
            None => Err(interp.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                interp.type_name(v)
            ))),
        },
    }
}

// ---------------------------------------------------------------- more built-in functions

pub(crate) fn builtin_round(interp: &Interp, args: Args) -> PyResult<Value> {
    let a = bind(interp, &args, "round", 0, 1, &["number", "ndigits"])?;
    let mut x = a[0].clone().unwrap_or(Value::None);
    // A subclass of int or float without its own __round__ rounds its value.
    if let Some(n) = crate::runtime::native_base::native_value(&x) {
        let class = interp.type_of(&x);
        if crate::types::class::class_lookup(&class, "__round__").is_none() {
            x = n.clone();
        }
    }
    let numeric = matches!(x, Value::Float(_)) || to_big(&x).is_some();
    let nd = match &a[1] {
        None | Some(Value::None) => None,
        Some(v) if numeric => Some(index_arg(interp, v)?),
        Some(_) => None,
    };
    match &x {
        Value::Float(f) => {
            let f = *f;
            match nd {
                None => {
                    if f.is_nan() {
                        return Err(interp.err(
                            &interp.exc.value_error,
                            "cannot convert float NaN to integer",
                        ));
                    }
                    if f.is_infinite() {
                        return Err(interp.err(
                            &interp.exc.overflow_error,
                            "cannot convert float infinity to integer",
                        ));
                    }
                    let r = f.round_ties_even();
                    Ok(crate::types::int::from_big(
                        num_traits::FromPrimitive::from_f64(r).unwrap_or_default(),
                    ))
                }
                Some(n) => Ok(Value::Float(round_float(f, n))),
            }
        }
        v if to_big(v).is_some() => {
            let n = to_big(v).unwrap_or_default();
            match nd {
                Some(k) if k < 0 => {
                    use num_integer::Integer;
                    let p =
                        num_traits::pow(num_bigint::BigInt::from(10), k.unsigned_abs() as usize);
                    let (q, r) = n.div_mod_floor(&p);
                    let twice = &r * 2;
                    let q = if twice > p || (twice == p && q.is_odd()) {
                        q + 1
                    } else {
                        q
                    };
                    Ok(crate::types::int::from_big(q * p))
                }
                _ => Ok(crate::types::int::from_big(n)),
            }
        }
        v => {
            if let Value::Obj(o) = v {
                if let Payload::Instance(i) = o.payload() {
                    if let Some(m) = crate::types::class::class_lookup(&i.class, "__round__") {
                        let mut call_args = vec![v.clone()];
                        if let Some(Some(d)) = a.get(1) {
                            call_args.push(d.clone());
                        }
                        return interp.call(&m, Args::positional(call_args));
                    }
                }
            }
            Err(interp.type_error(format!(
                "type {} doesn't define __round__ method",
                interp.type_name(v)
            )))
        }
    }
}

/// `round(x, n)` for a float, correctly rounded (half to even on exact ties) like CPython.
fn round_float(x: f64, n: i64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if n >= 0 {
        if n > 330 {
            return x;
        }
        let s = format!("{x:.prec$}", prec = n as usize);
        return s.parse().unwrap_or(x);
    }
    if n < -330 {
        return 0.0 * x.signum();
    }
    use num_integer::Integer;
    let t = x.trunc();
    let i: num_bigint::BigInt = num_traits::FromPrimitive::from_f64(t.abs()).unwrap_or_default();
    let frac = x.abs() - t.abs();
    let p = num_traits::pow(num_bigint::BigInt::from(10), n.unsigned_abs() as usize);
    let (q, r) = i.div_mod_floor(&p);
    let twice = &r * 2;
    let up = if twice > p {
        true
    } else if twice == p {
        frac > 0.0 || q.is_odd()
    } else {
        false
    };
    let q = if up { q + 1 } else { q };
    let v = num_traits::ToPrimitive::to_f64(&(q * p)).unwrap_or(f64::INFINITY);
    if x < 0.0 {
        -v
    } else {
        v
    }
}

fn builtin_pow(interp: &Interp, args: Args) -> PyResult<Value> {
    let a = bind(interp, &args, "pow", 0, 2, &["base", "exp", "mod"])?;
    let base = a[0].clone().unwrap_or(Value::None);
    let exp = a[1].clone().unwrap_or(Value::None);
    match &a[2] {
        None | Some(Value::None) => interp.binary_op(crate::syntax::ast::BinOp::Pow, &base, &exp),
        Some(m) => {
            let (Some(b), Some(e), Some(m)) = (to_big(&base), to_big(&exp), to_big(m)) else {
                if [&base, &exp, m]
                    .iter()
                    .all(|v| matches!(v, Value::Float(_)) || to_big(v).is_some())
                {
                    return Err(interp.type_error(
                        "pow() 3rd argument not allowed unless all arguments are integers",
                    ));
                }
                return Err(interp.type_error(format!(
                    "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                    interp.type_name(&base),
                    interp.type_name(&exp),
                    interp.type_name(m)
                )));
            };
            use num_integer::Integer;
            use num_traits::{Signed, Zero};
            if m.is_zero() {
                return Err(interp.err(&interp.exc.value_error, "pow() 3rd argument cannot be 0"));
            }
            let am = m.abs();
            let mut b = b.mod_floor(&am);
            let mut e = e;
            if e.is_negative() {
                // The inverse of the base modulo |m|.
                let g = b.extended_gcd(&am);
                if !g.gcd.abs().is_one_value() {
                    return Err(interp.err(
                        &interp.exc.value_error,
                        "base is not invertible for the given modulus",
                    ));
                }
                b = g.x.mod_floor(&am);
                e = -e;
            }
            let r = b.modpow(&e, &am);
            let r = if m.is_negative() && !r.is_zero() {
                r + m
            } else {
                r
            };
            Ok(crate::types::int::from_big(r))
        }
    }
}

trait IsOne {
    fn is_one_value(&self) -> bool;
}

impl IsOne for num_bigint::BigInt {
    fn is_one_value(&self) -> bool {
        *self == num_bigint::BigInt::from(1)
    }
}

fn base_repr(
    interp: &Interp,
    args: &Args,
    name: &str,
    prefix: &str,
    radix: u32,
) -> PyResult<Value> {
    arity(interp, name, args, 1, 1)?;
    let v = &args.pos[0];
    let Some(n) = to_big(v) else {
        return Err(interp.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            interp.type_name(v)
        )));
    };
    let sign = if n.sign() == num_bigint::Sign::Minus {
        "-"
    } else {
        ""
    };
    Ok(interp.new_str(format!(
        "{sign}{prefix}{}",
        n.magnitude().to_str_radix(radix)
    )))
}

fn builtin_bin(interp: &Interp, args: Args) -> PyResult<Value> {
    base_repr(interp, &args, "bin", "0b", 2)
}

fn builtin_oct(interp: &Interp, args: Args) -> PyResult<Value> {
    base_repr(interp, &args, "oct", "0o", 8)
}

fn builtin_hex(interp: &Interp, args: Args) -> PyResult<Value> {
    base_repr(interp, &args, "hex", "0x", 16)
}

fn builtin_ascii(interp: &Interp, args: Args) -> PyResult<Value> {
    arity(interp, "ascii", &args, 1, 1)?;
    Ok(interp.new_str(ascii_of(&interp.repr(&args.pos[0])?)))
}

fn lazy_iter(state: IterState, type_name: &'static str) -> Value {
    Value::Obj(ObjRef::new(Payload::Iter(Box::new(PyIter {
        state: RefCell::new(state),
        type_name,
    }))))
}

fn builtin_map(interp: &Interp, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(interp.type_error("map() takes no keyword arguments"));
    }
    if args.pos.len() < 2 {
        return Err(interp.type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::new();
    for a in &args.pos[1..] {
        iters.push(interp.iter(a)?);
    }
    Ok(lazy_iter(
        IterState::Map {
            func: args.pos[0].clone(),
            iters,
        },
        "map",
    ))
}

fn builtin_filter(interp: &Interp, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(interp.type_error("filter() takes no keyword arguments"));
    }
    if args.pos.len() != 2 {
        return Err(interp.type_error(format!(
            "filter expected 2 arguments, got {}",
            args.pos.len()
        )));
    }
    let iter = interp.iter(&args.pos[1])?;
    Ok(lazy_iter(
        IterState::Filter {
            func: args.pos[0].clone(),
            iter,
        },
        "filter",
    ))
}

/// CPython's ValueError for `int(text)` with more decimal digits than
/// `sys.set_int_max_str_digits` allows.
fn check_int_digits(interp: &Interp, text: &str, base: u32) -> PyResult<()> {
    match crate::types::int::digits_over_limit(text, base) {
        Some(n) => Err(interp.err(
            &interp.exc.value_error,
            format!(
                "Exceeds the limit ({} digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit",
                crate::types::int::max_str_digits()
            ),
        )),
        None => Ok(()),
    }
}

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
        Payload::Class(c) => &c.dict,
        _ => return,
    };
    let key = interp.new_str(name);
    drop(dict.set_str(key.as_obj().cloned().expect("str"), v));
}

fn method(
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
        ("tuple", &t.tuple),
        ("list", &t.list),
        ("dict", &t.dict),
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
    method(interp, &t.list, "append", "list", list_append);
    method(interp, &t.list, "pop", "list", list_pop);
    method(interp, &t.list, "clear", "list", list_clear);
    method(interp, &t.list, "extend", "list", list_extend);
    method(interp, &t.list, "insert", "list", list_insert);
    method(interp, &t.dict, "get", "dict", dict_get);
    method(interp, &t.dict, "keys", "dict", dict_keys);
    method(interp, &t.dict, "values", "dict", dict_values);
    method(interp, &t.dict, "items", "dict", dict_items);
    method(interp, &t.dict, "clear", "dict", dict_clear);
    method(interp, &t.dict, "pop", "dict", dict_pop);
    method(interp, &t.dict, "setdefault", "dict", dict_setdefault);
    method(interp, &t.str_, "format", "str", str_format);
    method(interp, &t.str_, "join", "str", str_join);
    method(interp, &t.str_, "upper", "str", str_upper);
    method(interp, &t.str_, "lower", "str", str_lower);
    method(interp, &t.str_, "strip", "str", str_strip);
    method(interp, &t.str_, "split", "str", str_split);
    method(interp, &t.str_, "startswith", "str", str_startswith);
    method(interp, &t.str_, "endswith", "str", str_endswith);
    method(interp, &t.str_, "replace", "str", str_replace);
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
    method(interp, &t.object, "__init__", "object", object_init);
    method(interp, &t.object, "__new__", "object", object_new);
    method(
        interp,
        &t.object,
        "__init_subclass__",
        "object",
        object_init_subclass,
    );
    method(interp, &t.object, "__setattr__", "object", object_setattr);
    run_prelude(interp);
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
    let module: &'static crate::syntax::ast::Module = Box::leak(Box::new(module));
    let globals = interp.new_dict();
    set(interp, &globals, "__name__", interp.new_str("builtins"));
    let code = std::rc::Rc::new(crate::types::function::Code {
        name: "<module>".into(),
        qualname: "<module>".into(),
        file: src,
        scope: &module.scope,
        body: crate::types::function::Body::Module(&module.body),
        first_line: 1,
    });
    let frame = ObjRef::new(Payload::Frame(Box::new(crate::types::function::PyFrame {
        code,
        slots: RefCell::new(vec![]),
        globals: globals.clone(),
        locals: None,
        span: std::cell::Cell::new(Default::default()),
        back: RefCell::new(None),
        suspension: Default::default(),
    })));
    if interp.run_frame(&frame).is_ok() {
        if let Payload::Dict(d) = globals.payload() {
            for name in ["property", "classmethod", "staticmethod"] {
                if let Some(v) = d.get_str(name) {
                    set(interp, &interp.builtins, name, v);
                }
            }
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
    if let Some(l) = &f.locals {
        return Ok(Value::Obj(l.clone()));
    }
    if f.code.scope.slot_names.is_empty() {
        return Ok(Value::Obj(f.globals.clone()));
    }
    let d = interp.new_dict();
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
        if let Some(v) = v {
            interp.dict_set(&d, interp.new_str(&**name), v)?;
        }
    }
    Ok(Value::Obj(d))
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
        Some(Payload::Class(_)) => interp.is_subclass(obj.as_obj().expect("class"), &class),
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

fn arity(interp: &Interp, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.pos.len();
    if n < min || n > max {
        return Err(interp.type_error(if min == max {
            format!(
                "{name}() takes exactly {} argument{} ({n} given)",
                min,
                if min == 1 { "" } else { "s" }
            )
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

fn str_arg<'a>(interp: &Interp, v: &'a Value, what: &str) -> PyResult<&'a str> {
    str_of(v).ok_or_else(|| {
        interp.type_error(format!("{what} must be str, not {}", interp.type_name(v)))
    })
}

// ---------------------------------------------------------------- functions

fn builtin_print(interp: &Interp, args: Args) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    for (k, v) in &args.kw {
        let target = match &**k {
            "sep" => &mut sep,
            "end" => &mut end,
            "flush" | "file" => continue,
            _ => {
                return Err(
                    interp.type_error(format!("'{k}' is an invalid keyword argument for print()"))
                )
            }
        };
        match v {
            Value::None => {}
            v => *target = str_arg(interp, v, k)?.to_string(),
        }
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

fn class_tuple(interp: &Interp, v: &Value, fname: &str) -> PyResult<Vec<ObjRef>> {
    match v.as_obj().map(ObjRef::payload) {
        Some(Payload::Class(_)) => Ok(vec![v.as_obj().cloned().expect("class")]),
        Some(Payload::Tuple(t)) => {
            let mut out = Vec::new();
            for item in &t.items {
                out.extend(class_tuple(interp, item, fname)?);
            }
            Ok(out)
        }
        _ => Err(interp.type_error(format!(
            "{fname}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

fn builtin_isinstance(interp: &Interp, args: Args) -> PyResult<Value> {
    arity(interp, "isinstance", &args, 2, 2)?;
    let classes = class_tuple(interp, &args.pos[1], "isinstance")?;
    Ok(Value::Bool(
        classes.iter().any(|c| interp.isinstance(&args.pos[0], c)),
    ))
}

fn builtin_issubclass(interp: &Interp, args: Args) -> PyResult<Value> {
    arity(interp, "issubclass", &args, 2, 2)?;
    let Some(c) = args.pos[0]
        .as_obj()
        .filter(|o| matches!(o.payload(), Payload::Class(_)))
    else {
        return Err(interp.type_error("issubclass() arg 1 must be a class"));
    };
    let classes = class_tuple(interp, &args.pos[1], "issubclass")?;
    Ok(Value::Bool(
        classes.iter().any(|k| interp.is_subclass(c, k)),
    ))
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
    let name =
        str_of(&args.pos[1]).ok_or_else(|| interp.type_error("attribute name must be string"))?;
    match interp.lookup_attr(&args.pos[0], name)? {
        Some(v) => Ok(v),
        None => match args.pos.get(2) {
            Some(d) => Ok(d.clone()),
            None => Err(interp.attribute_error_for_hint(&args.pos[0], name)),
        },
    }
}

fn builtin_setattr(interp: &Interp, args: Args) -> PyResult<Value> {
    arity(interp, "setattr", &args, 3, 3)?;
    let mut pos = args.pos;
    let value = pos.pop().unwrap_or(Value::None);
    let name = str_of(&pos[1]).ok_or_else(|| interp.type_error("attribute name must be string"))?;
    interp.setattr(&pos[0], name, value)?;
    Ok(Value::None)
}

fn builtin_delattr(interp: &Interp, args: Args) -> PyResult<Value> {
    arity(interp, "delattr", &args, 2, 2)?;
    let name =
        str_of(&args.pos[1]).ok_or_else(|| interp.type_error("attribute name must be string"))?;
    interp.delattr(&args.pos[0], name)?;
    Ok(Value::None)
}

fn builtin_hasattr(interp: &Interp, args: Args) -> PyResult<Value> {
    arity(interp, "hasattr", &args, 2, 2)?;
    let name = str_of(&args.pos[1])
        .ok_or_else(|| interp.type_error("hasattr(): attribute name must be string"))?;
    Ok(Value::Bool(
        interp.lookup_attr(&args.pos[0], name)?.is_some(),
    ))
}

fn builtin_iter(interp: &Interp, args: Args) -> PyResult<Value> {
    arity(interp, "iter", &args, 1, 1)?;
    interp.iter(&args.pos[0])
}

fn builtin_next(interp: &Interp, args: Args) -> PyResult<Value> {
    arity(interp, "next", &args, 1, 2)?;
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
    let key = args
        .kw
        .iter()
        .find(|(k, _)| &**k == "key")
        .map(|(_, v)| v.clone())
        .filter(|v| !matches!(v, Value::None));
    let default = args
        .kw
        .iter()
        .find(|(k, _)| &**k == "default")
        .map(|(_, v)| v.clone());
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
    arity(interp, "sum", &args, 1, 2)?;
    let mut total = args.pos.get(1).cloned().unwrap_or(Value::Int(0));
    for item in interp.collect(&args.pos[0])? {
        total = interp.binary_op(crate::syntax::ast::BinOp::Add, &total, &item)?;
    }
    Ok(total)
}

/// A stable merge sort that asks `less` like CPython's sort does (`a < b` on the items or
/// their keys) and stops at the first error.
fn sort_values(interp: &Interp, items: &mut [(Value, Value)], reverse: bool) -> PyResult<()> {
    let mut error: Option<PyErr> = None;
    if reverse {
        items.reverse();
    }
    items.sort_by(|a, b| {
        if error.is_some() {
            return std::cmp::Ordering::Equal;
        }
        match interp
            .compare(crate::syntax::ast::CmpOp::Lt, &b.0, &a.0)
            .and_then(|r| interp.truthy(&r))
        {
            Ok(true) => std::cmp::Ordering::Greater,
            Ok(false) => std::cmp::Ordering::Less.then(std::cmp::Ordering::Equal),
            Err(e) => {
                error = Some(e);
                std::cmp::Ordering::Equal
            }
        }
        .then_with(|| std::cmp::Ordering::Equal)
    });
    if reverse {
        items.reverse();
    }
    match error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

fn builtin_sorted(interp: &Interp, args: Args) -> PyResult<Value> {
    arity(interp, "sorted", &args, 1, 1)?;
    let key = args
        .kw
        .iter()
        .find(|(k, _)| &**k == "key")
        .map(|(_, v)| v.clone())
        .filter(|v| !matches!(v, Value::None));
    let reverse = match args.kw.iter().find(|(k, _)| &**k == "reverse") {
        Some((_, v)) => interp.truthy(v)?,
        None => false,
    };
    let mut pairs = Vec::new();
    for item in interp.collect(&args.pos[0])? {
        let k = match &key {
            Some(f) => interp.call(f, Args::positional(vec![item.clone()]))?,
            None => item.clone(),
        };
        pairs.push((k, item));
    }
    sort_values(interp, &mut pairs, reverse)?;
    Ok(interp.new_list(pairs.into_iter().map(|(_, v)| v).collect()))
}

fn snapshot_iter(items: Vec<Value>, type_name: &'static str) -> Value {
    Value::Obj(ObjRef::new(Payload::Iter(Box::new(PyIter {
        state: RefCell::new(IterState::Values { items, index: 0 }),
        type_name,
    }))))
}

fn builtin_reversed(interp: &Interp, args: Args) -> PyResult<Value> {
    arity(interp, "reversed", &args, 1, 1)?;
    let mut items = interp.collect(&args.pos[0])?;
    items.reverse();
    Ok(snapshot_iter(items, "list_reverseiterator"))
}

fn builtin_enumerate(interp: &Interp, args: Args) -> PyResult<Value> {
    arity(interp, "enumerate", &args, 1, 2)?;
    let start = match args.pos.get(1).or(args
        .kw
        .iter()
        .find(|(k, _)| &**k == "start")
        .map(|(_, v)| v))
    {
        Some(Value::Int(i)) => *i,
        _ => 0,
    };
    let items = interp.collect(&args.pos[0])?;
    let pairs = items
        .into_iter()
        .enumerate()
        .map(|(i, v)| interp.new_tuple(vec![Value::Int(start + i as i64), v]))
        .collect();
    Ok(snapshot_iter(pairs, "enumerate"))
}

fn builtin_zip(interp: &Interp, args: Args) -> PyResult<Value> {
    let mut columns = Vec::new();
    for a in &args.pos {
        columns.push(interp.collect(a)?);
    }
    let n = columns.iter().map(Vec::len).min().unwrap_or(0);
    let rows = (0..n)
        .map(|i| interp.new_tuple(columns.iter().map(|c| c[i].clone()).collect()))
        .collect();
    Ok(snapshot_iter(rows, "zip"))
}

fn builtin_callable(interp: &Interp, args: Args) -> PyResult<Value> {
    arity(interp, "callable", &args, 1, 1)?;
    Ok(Value::Bool(match &args.pos[0] {
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
    }))
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
    let q = interp.binary_op(BinOp::FloorDiv, &args.pos[0], &args.pos[1])?;
    let r = interp.binary_op(BinOp::Mod, &args.pos[0], &args.pos[1])?;
    Ok(interp.new_tuple(vec![q, r]))
}

// ---------------------------------------------------------------- constructors

/// `C(args)` for the built-in types; `None` for classes defined in Python.
pub fn construct_builtin(interp: &Interp, class: &ObjRef, args: &Args) -> PyResult<Option<Value>> {
    let t = &interp.types;
    let first = args.pos.first();
    let v = if class.is(&t.int) {
        match first {
            None => Value::Int(0),
            Some(Value::Float(x)) => {
                if !x.is_finite() {
                    return Err(interp.err(&interp.exc.value_error, "cannot convert float NaN to integer"));
                }
                crate::types::int::from_big(num_bigint::BigInt::from(x.trunc() as i128))
            }
            Some(v) if to_big(v).is_some() => crate::types::int::from_big(to_big(v).unwrap_or_default()),
            Some(v) => match str_of(v) {
                Some(s) => {
                    let cleaned: String = s.trim().replace('_', "");
                    match cleaned.parse::<num_bigint::BigInt>() {
                        Ok(b) => crate::types::int::from_big(b),
                        Err(_) => return Err(interp.err(&interp.exc.value_error, format!("invalid literal for int() with base 10: {}", crate::types::str::str_repr(s)))),
                    }
                }
                None => return Err(interp.type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", interp.type_name(v)))),
            },
        }
    } else if class.is(&t.float) {
        match first {
            None => Value::Float(0.0),
            Some(Value::Float(x)) => Value::Float(*x),
            Some(v) if to_big(v).is_some() => Value::Float(
                num_traits::ToPrimitive::to_f64(&to_big(v).unwrap_or_default())
                    .unwrap_or(f64::INFINITY),
            ),
            Some(v) => match str_of(v).map(str::trim) {
                Some(s) => match s.to_ascii_lowercase().as_str() {
                    "nan" | "+nan" | "-nan" => Value::Float(f64::NAN),
                    "inf" | "+inf" | "infinity" => Value::Float(f64::INFINITY),
                    "-inf" | "-infinity" => Value::Float(f64::NEG_INFINITY),
                    _ => match s.parse::<f64>() {
                        Ok(x) => Value::Float(x),
                        Err(_) => {
                            return Err(interp.err(
                                &interp.exc.value_error,
                                format!(
                                    "could not convert string to float: {}",
                                    crate::types::str::str_repr(str_of(v).unwrap_or(""))
                                ),
                            ))
                        }
                    },
                },
                None => {
                    return Err(interp.type_error(format!(
                        "float() argument must be a string or a real number, not '{}'",
                        interp.type_name(v)
                    )))
                }
            },
        }
    } else if class.is(&t.str_) {
        match first {
            None => interp.new_str(""),
            Some(v) => interp.new_str(interp.str(v)?),
        }
    } else if class.is(&t.bool_) {
        Value::Bool(match first {
            None => false,
            Some(v) => interp.truthy(v)?,
        })
    } else if class.is(&t.list) {
        interp.new_list(match first {
            None => vec![],
            Some(v) => interp.collect(v)?,
        })
    } else if class.is(&t.tuple) {
        interp.new_tuple(match first {
            None => vec![],
            Some(v) => interp.collect(v)?,
        })
    } else if class.is(&t.dict) {
        let d = interp.new_dict();
        if let Some(v) = first {
            if matches!(v.as_obj().map(ObjRef::payload), Some(Payload::Dict(_))) {
                interp.dict_update(&d, v)?;
            } else {
                for pair in interp.collect(v)? {
                    let kv = interp.collect(&pair)?;
                    if kv.len() != 2 {
                        return Err(interp.err(&interp.exc.value_error, format!("dictionary update sequence element #0 has length {}; 2 is required", kv.len())));
                    }
                    let mut kv = kv.into_iter();
                    let (k, v) = (
                        kv.next().unwrap_or(Value::None),
                        kv.next().unwrap_or(Value::None),
                    );
                    interp.dict_set(&d, k, v)?;
                }
            }
        }
        for (k, v) in &args.kw {
            interp.dict_set(&d, interp.new_str(&**k), v.clone())?;
        }
        Value::Obj(d)
    } else if class.is(&t.range) {
        let ints: Vec<i64> = args
            .pos
            .iter()
            .map(|v| match v {
                Value::Int(i) => Ok(*i),
                Value::Bool(b) => Ok(*b as i64),
                v => Err(interp.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    interp.type_name(v)
                ))),
            })
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
        match args.pos.len() {
            1 => Value::Obj(interp.type_of(&args.pos[0])),
            3 => {
                let name = str_arg(interp, &args.pos[0], "type.__new__() argument 1")?;
                let bases = match args.pos[1].as_obj().map(ObjRef::payload) {
                    Some(Payload::Tuple(t)) => {
                        t.items.iter().filter_map(|b| b.as_obj().cloned()).collect()
                    }
                    _ => return Err(interp.type_error("type.__new__() argument 2 must be tuple")),
                };
                let ns = crate::types::dict::PyDict::new();
                if let Some(Payload::Dict(d)) = args.pos[2].as_obj().map(ObjRef::payload) {
                    for (k, v) in d.map.borrow().iter() {
                        if let Some(key) = k.key.as_obj() {
                            drop(ns.set_str(key.clone(), v.clone()));
                        }
                    }
                }
                if ns.get_str("__module__").is_none() {
                    drop(ns.set_str(
                        interp.new_str("__module__").as_obj().cloned().expect("str"),
                        interp.new_str("__main__"),
                    ));
                }
                Value::Obj(interp.new_class(name.into(), name.into(), bases, ns)?)
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
    } else if as_class(class).native == crate::types::class::NativeKind::Builtin {
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

fn this_list(interp: &Interp, args: &Args) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::List(_)) => Ok(o.clone()),
        _ => Err(interp.type_error("descriptor requires a 'list' object")),
    }
}

fn list_items(o: &ObjRef) -> &RefCell<Vec<Value>> {
    match o.payload() {
        Payload::List(l) => &l.items,
        _ => unreachable!("checked by this_list"),
    }
}

fn list_append(interp: &Interp, args: Args) -> PyResult<Value> {
    let l = this_list(interp, &args)?;
    if args.pos.len() != 2 {
        return Err(interp.type_error(format!(
            "list.append() takes exactly one argument ({} given)",
            args.pos.len() - 1
        )));
    }
    list_items(&l).borrow_mut().push(args.pos[1].clone());
    Ok(Value::None)
}

fn list_extend(interp: &Interp, args: Args) -> PyResult<Value> {
    let l = this_list(interp, &args)?;
    let items = interp.collect(args.pos.get(1).unwrap_or(&Value::None))?;
    list_items(&l).borrow_mut().extend(items);
    Ok(Value::None)
}

fn list_insert(interp: &Interp, args: Args) -> PyResult<Value> {
    let l = this_list(interp, &args)?;
    let (Some(Value::Int(i)), Some(v)) = (args.pos.get(1), args.pos.get(2)) else {
        return Err(interp.type_error("insert expected 2 arguments"));
    };
    let mut items = list_items(&l).borrow_mut();
    let len = items.len() as i64;
    let at = if *i < 0 {
        (*i + len).max(0)
    } else {
        (*i).min(len)
    };
    items.insert(at as usize, v.clone());
    Ok(Value::None)
}

fn list_pop(interp: &Interp, args: Args) -> PyResult<Value> {
    let l = this_list(interp, &args)?;
    let items = list_items(&l);
    let len = items.borrow().len();
    if len == 0 {
        return Err(interp.err(&interp.exc.index_error, "pop from empty list"));
    }
    let i = match args.pos.get(1) {
        None => len - 1,
        Some(Value::Int(i)) => {
            let i = if *i < 0 { *i + len as i64 } else { *i };
            if i < 0 || i >= len as i64 {
                return Err(interp.err(&interp.exc.index_error, "pop index out of range"));
            }
            i as usize
        }
        Some(v) => {
            return Err(interp.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                interp.type_name(v)
            )))
        }
    };
    let v = items.borrow_mut().remove(i);
    Ok(v)
}

fn list_clear(interp: &Interp, args: Args) -> PyResult<Value> {
    let l = this_list(interp, &args)?;
    let mut old = std::mem::take(&mut *list_items(&l).borrow_mut());
    crate::types::list::release_backwards(&mut old);
    Ok(Value::None)
}

fn this_dict(interp: &Interp, args: &Args) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::Dict(_)) => Ok(o.clone()),
        _ => Err(interp.type_error("descriptor requires a 'dict' object")),
    }
}

fn dict_get(interp: &Interp, args: Args) -> PyResult<Value> {
    let d = this_dict(interp, &args)?;
    let key = args
        .pos
        .get(1)
        .ok_or_else(|| interp.type_error("get expected at least 1 argument, got 0"))?;
    Ok(interp
        .dict_get(&d, key)?
        .unwrap_or_else(|| args.pos.get(2).cloned().unwrap_or(Value::None)))
}

fn dict_view(interp: &Interp, args: Args, what: crate::types::iter::DictView) -> PyResult<Value> {
    let d = this_dict(interp, &args)?;
    let Payload::Dict(dict) = d.payload() else {
        unreachable!("checked")
    };
    let items: Vec<Value> = dict
        .map
        .borrow()
        .iter()
        .map(|(k, v)| match what {
            crate::types::iter::DictView::Keys => k.key.clone(),
            crate::types::iter::DictView::Values => v.clone(),
            crate::types::iter::DictView::Items => interp.new_tuple(vec![k.key.clone(), v.clone()]),
        })
        .collect();
    Ok(interp.new_list(items))
}

fn dict_keys(interp: &Interp, args: Args) -> PyResult<Value> {
    dict_view(interp, args, crate::types::iter::DictView::Keys)
}

fn dict_values(interp: &Interp, args: Args) -> PyResult<Value> {
    dict_view(interp, args, crate::types::iter::DictView::Values)
}

fn dict_items(interp: &Interp, args: Args) -> PyResult<Value> {
    dict_view(interp, args, crate::types::iter::DictView::Items)
}

fn dict_clear(interp: &Interp, args: Args) -> PyResult<Value> {
    let d = this_dict(interp, &args)?;
    let Payload::Dict(dict) = d.payload() else {
        unreachable!("checked")
    };
    let old = std::mem::take(&mut *dict.map.borrow_mut());
    crate::types::dict::release_entries(old);
    Ok(Value::None)
}

fn dict_pop(interp: &Interp, args: Args) -> PyResult<Value> {
    let d = this_dict(interp, &args)?;
    let key = args
        .pos
        .get(1)
        .cloned()
        .ok_or_else(|| interp.type_error("pop expected at least 1 argument, got 0"))?;
    match interp.dict_get(&d, &key)? {
        Some(v) => {
            interp.delitem(&Value::Obj(d.clone()), &key)?;
            Ok(v)
        }
        None => match args.pos.get(2) {
            Some(default) => Ok(default.clone()),
            None => Err(PyErr::new(
                interp.new_exception(&interp.exc.key_error, vec![key]),
            )),
        },
    }
}

fn dict_setdefault(interp: &Interp, args: Args) -> PyResult<Value> {
    let d = this_dict(interp, &args)?;
    let key = args
        .pos
        .get(1)
        .cloned()
        .ok_or_else(|| interp.type_error("setdefault expected at least 1 argument, got 0"))?;
    if let Some(v) = interp.dict_get(&d, &key)? {
        return Ok(v);
    }
    let v = args.pos.get(2).cloned().unwrap_or(Value::None);
    interp.dict_set(&d, key, v.clone())?;
    Ok(v)
}

fn this_str<'a>(interp: &Interp, args: &'a Args) -> PyResult<&'a str> {
    args.pos
        .first()
        .and_then(str_of)
        .ok_or_else(|| interp.type_error("descriptor requires a 'str' object"))
}

fn str_format(interp: &Interp, args: Args) -> PyResult<Value> {
    let template = this_str(interp, &args)?;
    let mut out = String::new();
    let mut chars = template.chars().peekable();
    let mut auto = 0usize;
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                out.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                out.push('}');
            }
            '{' => {
                let mut field = String::new();
                for c in chars.by_ref() {
                    if c == '}' {
                        break;
                    }
                    field.push(c);
                }
                let (name, spec) = field.split_once(':').unwrap_or((&field, ""));
                let (name, conv) = match name.split_once('!') {
                    Some((n, c)) => (n, c.chars().next()),
                    None => (name, None),
                };
                let value = if name.is_empty() {
                    auto += 1;
                    args.pos.get(auto).cloned()
                } else if let Ok(i) = name.parse::<usize>() {
                    args.pos.get(i + 1).cloned()
                } else {
                    args.kw
                        .iter()
                        .find(|(k, _)| &**k == name)
                        .map(|(_, v)| v.clone())
                };
                let Some(value) = value else {
                    return Err(if name.is_empty() || name.parse::<usize>().is_ok() {
                        interp.err(
                            &interp.exc.index_error,
                            format!(
                                "Replacement index {} out of range for positional args tuple",
                                if name.is_empty() {
                                    auto - 1
                                } else {
                                    name.parse().unwrap_or(0)
                                }
                            ),
                        )
                    } else {
                        PyErr::new(
                            interp.new_exception(&interp.exc.key_error, vec![interp.new_str(name)]),
                        )
                    });
                };
                let value = match conv {
                    Some('r') => interp.new_str(interp.repr(&value)?),
                    Some('s') => interp.new_str(interp.str(&value)?),
                    _ => value,
                };
                out.push_str(&format_value(interp, &value, spec)?);
            }
            c => out.push(c),
        }
    }
    Ok(interp.new_str(out))
}

fn str_join(interp: &Interp, args: Args) -> PyResult<Value> {
    let sep = this_str(interp, &args)?;
    let items = interp.collect(args.pos.get(1).unwrap_or(&Value::None))?;
    let mut parts = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        match str_of(item) {
            Some(s) => parts.push(s.to_string()),
            None => {
                return Err(interp.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    interp.type_name(item)
                )))
            }
        }
    }
    Ok(interp.new_str(parts.join(sep)))
}

fn str_upper(interp: &Interp, args: Args) -> PyResult<Value> {
    Ok(interp.new_str(this_str(interp, &args)?.to_uppercase()))
}

fn str_lower(interp: &Interp, args: Args) -> PyResult<Value> {
    Ok(interp.new_str(this_str(interp, &args)?.to_lowercase()))
}

fn str_strip(interp: &Interp, args: Args) -> PyResult<Value> {
    let s = this_str(interp, &args)?;
    Ok(interp.new_str(match args.pos.get(1).and_then(str_of) {
        Some(chars) => s.trim_matches(|c| chars.contains(c)),
        None => s.trim(),
    }))
}

fn str_split(interp: &Interp, args: Args) -> PyResult<Value> {
    let s = this_str(interp, &args)?;
    let parts: Vec<Value> = match args.pos.get(1).and_then(str_of) {
        Some(sep) if !sep.is_empty() => s.split(sep).map(|p| interp.new_str(p)).collect(),
        Some(_) => return Err(interp.err(&interp.exc.value_error, "empty separator")),
        None => s.split_whitespace().map(|p| interp.new_str(p)).collect(),
    };
    Ok(interp.new_list(parts))
}

fn str_startswith(interp: &Interp, args: Args) -> PyResult<Value> {
    let s = this_str(interp, &args)?;
    let p = args.pos.get(1).and_then(str_of).unwrap_or("");
    Ok(Value::Bool(s.starts_with(p)))
}

fn str_endswith(interp: &Interp, args: Args) -> PyResult<Value> {
    let s = this_str(interp, &args)?;
    let p = args.pos.get(1).and_then(str_of).unwrap_or("");
    Ok(Value::Bool(s.ends_with(p)))
}

fn str_replace(interp: &Interp, args: Args) -> PyResult<Value> {
    let s = this_str(interp, &args)?;
    let (Some(a), Some(b)) = (
        args.pos.get(1).and_then(str_of),
        args.pos.get(2).and_then(str_of),
    ) else {
        return Err(interp.type_error("replace expected 2 str arguments"));
    };
    Ok(interp.new_str(s.replace(a, b)))
}

fn exception_init(interp: &Interp, args: Args) -> PyResult<Value> {
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
            Some(Payload::Class(c)) => c.name.borrow().to_string(),
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
    let Some(Value::Obj(class)) = args.pos.first() else {
        return Err(interp.type_error("object.__new__(): not enough arguments"));
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
    let inst = crate::types::instance::PyInstance::new(class.clone());
    if let Some(exc) = &inst.exc {
        exc.borrow_mut().args = Some(interp.new_tuple(args.pos[1..].to_vec()));
    }
    Ok(Value::Obj(ObjRef::new(Payload::Instance(inst))))
}

fn object_init(_: &Interp, _: Args) -> PyResult<Value> {
    Ok(Value::None)
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
pub fn format_value(interp: &Interp, v: &Value, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return interp.str(v);
    }
    if let Value::Obj(o) = v {
        if let Payload::Instance(i) = o.payload() {
            if let Some(m) = crate::types::class::class_lookup(&i.class, "__format__") {
                let r = interp.call(&m, Args::positional(vec![v.clone(), interp.new_str(spec)]))?;
                return Ok(str_of(&r).unwrap_or("").to_string());
            }
        }
    }
    let spec_parsed = Spec::parse(spec).ok_or_else(|| {
        interp.err(
            &interp.exc.value_error,
            format!(
                "Invalid format specifier '{spec}' for object of type '{}'",
                interp.type_name(v)
            ),
        )
    })?;
    let body = match (v, spec_parsed.kind) {
        (Value::Float(x), k) => {
            format_float(*x, k.unwrap_or('g'), spec_parsed.precision, k.is_none())
        }
        (v, Some(k @ ('f' | 'F' | 'e' | 'E' | 'g' | 'G' | '%'))) if to_big(v).is_some() => {
            let x = num_traits::ToPrimitive::to_f64(&to_big(v).unwrap_or_default()).unwrap_or(0.0);
            format_float(x, k, spec_parsed.precision, false)
        }
        (v, k) if to_big(v).is_some() && !matches!(v, Value::Bool(_) if k.is_none()) => {
            let n = to_big(v).unwrap_or_default();
            let (neg, mag) = (n.sign() == num_bigint::Sign::Minus, n.magnitude().clone());
            let digits = match k {
                Some('x') => format!("{mag:x}"),
                Some('X') => format!("{mag:X}"),
                Some('o') => format!("{mag:o}"),
                Some('b') => format!("{mag:b}"),
                Some('c') => char::from_u32(num_traits::ToPrimitive::to_u32(&mag).unwrap_or(0))
                    .map(String::from)
                    .unwrap_or_default(),
                _ => mag.to_string(),
            };
            let digits = match spec_parsed.grouping {
                Some(sep) => group_digits(&digits, sep),
                None => digits,
            };
            let prefix = if spec_parsed.alternate {
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
            format!("{}{prefix}{digits}", if neg { "-" } else { "" })
        }
        (v, Some(k)) if k != 's' && str_of(v).is_some() => {
            return Err(interp.err(
                &interp.exc.value_error,
                format!("Unknown format code '{k}' for object of type 'str'"),
            ))
        }
        _ => {
            let s = interp.str(v)?;
            match spec_parsed.precision {
                Some(p) => s.chars().take(p).collect(),
                None => s,
            }
        }
    };
    Ok(spec_parsed.pad(
        body,
        matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_)) || to_big(v).is_some(),
    ))
}

struct Spec {
    fill: char,
    align: Option<char>,
    sign: char,
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
            align: None,
            sign: '-',
            alternate: false,
            zero: false,
            width: 0,
            grouping: None,
            precision: None,
            kind: None,
        };
        if chars.len() >= 2 && matches!(chars[1], '<' | '>' | '^' | '=') {
            s.fill = chars[0];
            s.align = Some(chars[1]);
            i = 2;
        } else if !chars.is_empty() && matches!(chars[0], '<' | '>' | '^' | '=') {
            s.align = Some(chars[0]);
            i = 1;
        }
        if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
            s.sign = chars[i];
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

    fn pad(&self, body: String, numeric: bool) -> String {
        let (sign, digits) = match body.strip_prefix('-') {
            Some(rest) if numeric => ("-", rest.to_string()),
            _ if numeric && self.sign == '+' => ("+", body.clone()),
            _ if numeric && self.sign == ' ' => (" ", body.clone()),
            _ => ("", body.clone()),
        };
        let len = sign.chars().count() + digits.chars().count();
        if len >= self.width {
            return format!("{sign}{digits}");
        }
        let n = self.width - len;
        let (fill, align) = if self.zero && self.align.is_none() {
            ('0', '=')
        } else {
            (
                self.fill,
                self.align.unwrap_or(if numeric { '>' } else { '<' }),
            )
        };
        let pad = |k: usize| fill.to_string().repeat(k);
        match align {
            '<' => format!("{sign}{digits}{}", pad(n)),
            '^' => format!("{}{sign}{digits}{}", pad(n / 2), pad(n - n / 2)),
            '=' => format!("{sign}{}{digits}", pad(n)),
            _ => format!("{}{sign}{digits}", pad(n)),
        }
    }
}

fn group_digits(digits: &str, sep: char) -> String {
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

fn format_float(x: f64, kind: char, precision: Option<usize>, bare: bool) -> String {
    if bare && precision.is_none() {
        return crate::types::float::float_repr(x);
    }
    let p = precision.unwrap_or(6);
    match kind {
        'f' | 'F' => format!("{x:.p$}"),
        '%' => format!("{:.p$}%", x * 100.0),
        'e' | 'E' => {
            let s = format!("{x:.p$e}");
            let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
            let e: i32 = e.parse().unwrap_or(0);
            let r = format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
            if kind == 'E' {
                r.to_uppercase()
            } else {
                r
            }
        }
        _ => {
            let p = if p == 0 { 1 } else { p };
            if x == 0.0 {
                return "0".into();
            }
            let exp = x.abs().log10().floor() as i32;
            if exp < -4 || exp >= p as i32 {
                let s = format_float(x, 'e', Some(p - 1), false);
                let (m, e) = s.split_once('e').unwrap_or((&s, ""));
                let m = if m.contains('.') {
                    m.trim_end_matches('0').trim_end_matches('.')
                } else {
                    m
                };
                format!("{m}e{e}")
            } else {
                let decimals = (p as i32 - 1 - exp).max(0) as usize;
                let s = format!("{x:.decimals$}");
                if s.contains('.') {
                    s.trim_end_matches('0').trim_end_matches('.').to_string()
                } else {
                    s
                }
            }
        }
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
    let values: Vec<Value> = match args.as_obj().map(ObjRef::payload) {
        Some(Payload::Tuple(t)) => t.items.clone(),
        _ => vec![args.clone()],
    };
    let mut out = String::new();
    let mut it = values.iter();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut spec = String::new();
        while let Some(&n) = chars.peek() {
            if n.is_ascii_alphabetic() || n == '%' {
                break;
            }
            spec.push(n);
            chars.next();
        }
        let Some(kind) = chars.next() else {
            return Err(interp.err(&interp.exc.value_error, "incomplete format"));
        };
        if kind == '%' {
            out.push('%');
            continue;
        }
        let Some(v) = it.next() else {
            return Err(interp.type_error("not enough arguments for format string"));
        };
        let piece = match kind {
            's' => interp.str(v)?,
            'r' => interp.repr(v)?,
            'd' | 'i' => format_value(interp, &int_of(interp, v)?, "")?,
            'f' | 'e' | 'g' | 'x' | 'X' | 'o' => format_value(
                interp,
                v,
                &format!("{}{kind}", spec.trim_start_matches('-')),
            )?,
            _ => {
                return Err(interp.err(
                    &interp.exc.value_error,
                    format!("unsupported format character '{kind}'"),
                ))
            }
        };
        let width: usize = spec
            .trim_start_matches('-')
            .split('.')
            .next()
            .unwrap_or("")
            .parse()
            .unwrap_or(0);
        let n = piece.chars().count();
        if n < width && !matches!(kind, 'f' | 'e' | 'g' | 'x' | 'X' | 'o') {
            if spec.starts_with('-') {
                out.push_str(&piece);
                out.push_str(&" ".repeat(width - n));
            } else {
                out.push_str(&" ".repeat(width - n));
                out.push_str(&piece);
            }
        } else {
            out.push_str(&piece);
        }
    }
    if it.next().is_some() {
        return Err(interp.type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

fn int_of(interp: &Interp, v: &Value) -> PyResult<Value> {
    match v {
        Value::Float(x) => Ok(Value::Int(x.trunc() as i64)),
        v if to_big(v).is_some() => Ok(crate::types::int::from_big(to_big(v).unwrap_or_default())),
        v => Err(interp.type_error(format!(
            "%d format: a real number is required, not {}",
            interp.type_name(v)
        ))),
    }
}

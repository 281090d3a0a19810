//! The interpreter: built-in types and exceptions, the builtins namespace, loaded modules,
//! output streams and the recursion limit. One interpreter runs per thread; code that has
//! no interpreter at hand (a dealloc that must run `__del__`) reaches it through `with`.

use super::{PyErr, PyResult};
use crate::object::{ObjRef, Payload, Value};
use crate::types::class::{as_class, NativeKind, PyClass, PyModule};
use crate::types::dict::PyDict;
use crate::types::instance::PyInstance;
use crate::types::str::PyStr;
use crate::types::tuple::PyTuple;
use std::cell::{Cell, RefCell};
use std::io::Write;
use std::rc::Rc;

thread_local! {
    static CURRENT: Cell<*const Interp> = const { Cell::new(std::ptr::null()) };
}

/// Runs `f` with the interpreter of this thread; does nothing when there is none (objects
/// freed after the interpreter finished die without running Python code).
pub fn with<R: Default>(f: impl FnOnce(&Interp) -> R) -> R {
    let ptr = CURRENT.with(Cell::get);
    if ptr.is_null() {
        return R::default();
    }
    // SAFETY: `Interp::enter` sets the pointer for exactly the lifetime of the interpreter.
    f(unsafe { &*ptr })
}

/// The built-in classes.
pub struct Types {
    pub object: ObjRef,
    pub type_: ObjRef,
    pub none: ObjRef,
    pub bool_: ObjRef,
    pub int: ObjRef,
    pub float: ObjRef,
    pub str_: ObjRef,
    pub tuple: ObjRef,
    pub list: ObjRef,
    pub dict: ObjRef,
    pub dict_keys: ObjRef,
    pub dict_values: ObjRef,
    pub dict_items: ObjRef,
    pub function: ObjRef,
    pub builtin_function: ObjRef,
    pub method: ObjRef,
    pub cell: ObjRef,
    pub module: ObjRef,
    pub frame: ObjRef,
    pub traceback: ObjRef,
    pub range: ObjRef,
    pub slice: ObjRef,
    pub iterator: ObjRef,
    pub not_implemented_type: ObjRef,
    pub ellipsis_type: ObjRef,
}

/// The built-in exception classes the runtime raises itself.
pub struct Exceptions {
    pub base_exception: ObjRef,
    pub exception: ObjRef,
    pub type_error: ObjRef,
    pub value_error: ObjRef,
    pub name_error: ObjRef,
    pub unbound_local_error: ObjRef,
    pub attribute_error: ObjRef,
    pub lookup_error: ObjRef,
    pub key_error: ObjRef,
    pub index_error: ObjRef,
    pub arithmetic_error: ObjRef,
    pub zero_division_error: ObjRef,
    pub overflow_error: ObjRef,
    pub runtime_error: ObjRef,
    pub recursion_error: ObjRef,
    pub not_implemented_error: ObjRef,
    pub stop_iteration: ObjRef,
    pub assertion_error: ObjRef,
    pub import_error: ObjRef,
    pub module_not_found_error: ObjRef,
    pub generator_exit: ObjRef,
    pub keyboard_interrupt: ObjRef,
    pub system_exit: ObjRef,
}

pub struct Interp {
    pub types: Types,
    pub exc: Exceptions,
    pub builtins: ObjRef,
    pub not_implemented: Value,
    pub ellipsis: Value,
    pub modules: RefCell<Vec<(Rc<str>, ObjRef)>>,
    pub stdout: RefCell<std::io::BufWriter<std::io::Stdout>>,
    pub depth: Cell<u32>,
    pub recursion_limit: Cell<u32>,
    /// The exception being handled (`sys.exc_info()`), innermost last.
    pub handling: RefCell<Vec<Value>>,
    /// Containers whose `repr` is in progress (CPython's `Py_ReprEnter`), by address.
    pub repr_stack: RefCell<Vec<usize>>,
    /// The classes of the built-in iterators, by name (`list_iterator`, `map`, ...).
    pub iter_classes: RefCell<Vec<(&'static str, ObjRef)>>,
}

impl Interp {
    /// Creates the interpreter and makes it this thread's current one. The box keeps its
    /// address stable for `with`.
    pub fn enter() -> Box<Interp> {
        let types = make_types();
        let exc = make_exceptions(&types);
        let builtins = ObjRef::new(Payload::Dict(PyDict::new()));
        let interp = Box::new(Interp {
            not_implemented: Value::Obj(ObjRef::new(Payload::Singleton("NotImplemented"))),
            ellipsis: Value::Obj(ObjRef::new(Payload::Singleton("Ellipsis"))),
            types,
            exc,
            builtins,
            modules: RefCell::new(Vec::new()),
            stdout: RefCell::new(std::io::BufWriter::new(std::io::stdout())),
            depth: Cell::new(0),
            recursion_limit: Cell::new(1000),
            handling: RefCell::new(Vec::new()),
            repr_stack: RefCell::new(Vec::new()),
            iter_classes: RefCell::new(Vec::new()),
        });
        CURRENT.with(|c| c.set(&*interp as *const Interp));
        crate::builtins::install(&interp);
        interp
    }

    /// Stops being this thread's interpreter.
    pub fn leave(&self) {
        self.flush_stdout();
        CURRENT.with(|c| c.set(std::ptr::null()));
    }

    pub fn flush_stdout(&self) {
        let _ = self.stdout.borrow_mut().flush();
    }

    /// Writes to stderr, after flushing stdout so that the two streams keep their order on
    /// a terminal.
    pub fn write_stderr(&self, text: &str) {
        self.flush_stdout();
        let _ = std::io::stderr().write_all(text.as_bytes());
    }

    // ---------------------------------------------------------------- constructors

    pub fn new_str(&self, text: impl Into<Box<str>>) -> Value {
        Value::Obj(ObjRef::new(Payload::Str(PyStr::new(text))))
    }

    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        Value::Obj(ObjRef::new(Payload::Tuple(PyTuple { items })))
    }

    pub fn new_list(&self, items: Vec<Value>) -> Value {
        Value::Obj(ObjRef::new(Payload::List(crate::types::list::PyList::new(
            items,
        ))))
    }

    pub fn new_dict(&self) -> ObjRef {
        ObjRef::new(Payload::Dict(PyDict::new()))
    }

    /// A new exception instance of `class` with `args`.
    pub fn new_exception(&self, class: &ObjRef, args: Vec<Value>) -> ObjRef {
        let inst = PyInstance::new(class.clone());
        if let Some(exc) = &inst.exc {
            exc.borrow_mut().args = Some(self.new_tuple(args));
        }
        ObjRef::new(Payload::Instance(inst))
    }

    /// An error of `class` with a message.
    pub fn err(&self, class: &ObjRef, message: impl Into<String>) -> PyErr {
        let msg = self.new_str(message.into());
        PyErr::new(self.new_exception(class, vec![msg]))
    }

    pub fn type_error(&self, message: impl Into<String>) -> PyErr {
        self.err(&self.exc.type_error, message)
    }

    // ---------------------------------------------------------------- types

    /// The class of a value. Returns a new reference.
    pub fn type_of(&self, v: &Value) -> ObjRef {
        let t = &self.types;
        match v {
            Value::None => t.none.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Obj(o) => match o.payload() {
                Payload::Instance(i) => i.class.clone(),
                Payload::Str(_) => t.str_.clone(),
                Payload::BigInt(_) => t.int.clone(),
                Payload::Tuple(_) => t.tuple.clone(),
                Payload::List(_) => t.list.clone(),
                Payload::Dict(_) => t.dict.clone(),
                Payload::Function(_) => t.function.clone(),
                Payload::Builtin(_) => t.builtin_function.clone(),
                Payload::Method(m) if matches!(&m.func, Value::Obj(f) if matches!(f.payload(), Payload::Builtin(_))) => {
                    t.builtin_function.clone()
                }
                Payload::Method(_) => t.method.clone(),
                Payload::Cell(_) => t.cell.clone(),
                Payload::Class(_) => t.type_.clone(),
                Payload::Module(_) => t.module.clone(),
                Payload::Frame(_) => t.frame.clone(),
                Payload::Traceback(_) => t.traceback.clone(),
                Payload::Range(_) => t.range.clone(),
                Payload::Slice(_) => t.slice.clone(),
                Payload::Iter(it) => self.iter_class(it.type_name),
                Payload::DictView(v) => match v.what {
                    crate::types::iter::DictView::Keys => t.dict_keys.clone(),
                    crate::types::iter::DictView::Values => t.dict_values.clone(),
                    crate::types::iter::DictView::Items => t.dict_items.clone(),
                },
                Payload::Singleton("NotImplemented") => t.not_implemented_type.clone(),
                Payload::Singleton(_) => t.ellipsis_type.clone(),
                #[cfg(test)]
                Payload::Probe(_) => t.object.clone(),
            },
        }
    }

    /// The class of a built-in iterator type, made on first use.
    fn iter_class(&self, name: &'static str) -> ObjRef {
        let mut classes = self.iter_classes.borrow_mut();
        if let Some((_, c)) = classes.iter().find(|(n, _)| *n == name) {
            return c.clone();
        }
        let c = builtin_class(name, Some(&self.types.object), NativeKind::Builtin);
        classes.push((name, c.clone()));
        c
    }

    /// The name of a value's type, as error messages print it.
    pub fn type_name(&self, v: &Value) -> Rc<str> {
        as_class(&self.type_of(v)).name.borrow().clone()
    }

    /// Whether `class` is `base` or derives from it.
    pub fn is_subclass(&self, class: &ObjRef, base: &ObjRef) -> bool {
        class.is(base) || as_class(class).mro.iter().any(|k| k.is(base))
    }

    pub fn isinstance(&self, v: &Value, base: &ObjRef) -> bool {
        self.is_subclass(&self.type_of(v), base)
    }

    /// Creates a class from a name, bases and namespace (CPython: `type.__new__`).
    pub fn new_class(
        &self,
        name: Rc<str>,
        qualname: Rc<str>,
        bases: Vec<ObjRef>,
        namespace: PyDict,
    ) -> PyResult<ObjRef> {
        let bases = if bases.is_empty() {
            vec![self.types.object.clone()]
        } else {
            bases
        };
        let mro = c3_mro(&bases).ok_or_else(|| {
            self.type_error(
                "Cannot create a consistent method resolution order (MRO) for bases".to_string(),
            )
        })?;
        let native = mro
            .iter()
            .map(|k| as_class(k).native)
            .find(|n| *n != NativeKind::Object)
            .unwrap_or(NativeKind::Object);
        if native == NativeKind::Builtin {
            let base = mro
                .iter()
                .find(|k| as_class(k).native == NativeKind::Builtin)
                .map(|k| as_class(k).name.borrow().clone())
                .unwrap_or_default();
            return Err(self.err(
                &self.exc.type_error,
                format!("subclassing the built-in type '{base}' is not supported by refpy"),
            ));
        }
        let has_del =
            namespace.get_str("__del__").is_some() || mro.iter().any(|k| as_class(k).has_del.get());
        Ok(ObjRef::new(Payload::Class(PyClass {
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            bases,
            mro,
            dict: namespace,
            shared_keys: RefCell::new(Vec::new()),
            native,
            has_del: Cell::new(has_del),
        })))
    }

    // ---------------------------------------------------------------- finalizers

    /// Runs `__del__` of a dying instance (CPython: `slot_tp_finalize`). An exception is
    /// reported as "Exception ignored in: <method>" and does not propagate.
    pub fn run_del(&self, obj: &ObjRef) {
        let Payload::Instance(inst) = obj.payload() else {
            return;
        };
        let Some(del) = crate::types::class::class_lookup(&inst.class, "__del__") else {
            return;
        };
        let this = Value::Obj(obj.clone());
        let result = self.call(&del, crate::types::function::Args::positional(vec![this]));
        match result {
            Ok(v) => drop(v),
            Err(e) => self.report_unraisable(e, &del),
        }
    }

    /// Prints an exception that cannot propagate (CPython: `PyErr_WriteUnraisable`).
    pub fn report_unraisable(&self, err: PyErr, context: &Value) {
        let what = match self.repr(context) {
            Ok(s) => s,
            Err(_) => "<object repr() failed>".to_string(),
        };
        let mut text = format!("Exception ignored in: {what}\n");
        text.push_str(&super::traceback::format_exception(self, &err.exc));
        self.write_stderr(&text);
    }
}

/// C3 linearization of the bases (the class itself excluded).
pub fn c3_mro(bases: &[ObjRef]) -> Option<Vec<ObjRef>> {
    let mut seqs: Vec<Vec<ObjRef>> = bases
        .iter()
        .map(|b| {
            let mut s = vec![b.clone()];
            s.extend(as_class(b).mro.iter().cloned());
            s
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let head = seqs
            .iter()
            .map(|s| &s[0])
            .find(|h| !seqs.iter().any(|s| s.iter().skip(1).any(|x| x.is(h))))?;
        let head = head.clone();
        for s in &mut seqs {
            if s[0].is(&head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}

fn builtin_class(name: &str, base: Option<&ObjRef>, native: NativeKind) -> ObjRef {
    let (bases, mro) = match base {
        Some(b) => {
            let mut mro = vec![b.clone()];
            mro.extend(as_class(b).mro.iter().cloned());
            (vec![b.clone()], mro)
        }
        None => (vec![], vec![]),
    };
    ObjRef::new(Payload::Class(PyClass {
        name: RefCell::new(name.into()),
        qualname: RefCell::new(name.into()),
        bases,
        mro,
        dict: PyDict::new(),
        shared_keys: RefCell::new(Vec::new()),
        native,
        has_del: Cell::new(false),
    }))
}

fn make_types() -> Types {
    let object = builtin_class("object", None, NativeKind::Object);
    let b = |name: &str| builtin_class(name, Some(&object), NativeKind::Builtin);
    let int = b("int");
    Types {
        type_: b("type"),
        none: b("NoneType"),
        bool_: builtin_class("bool", Some(&int), NativeKind::Builtin),
        int,
        float: b("float"),
        str_: b("str"),
        tuple: b("tuple"),
        list: b("list"),
        dict: b("dict"),
        dict_keys: b("dict_keys"),
        dict_values: b("dict_values"),
        dict_items: b("dict_items"),
        function: b("function"),
        builtin_function: b("builtin_function_or_method"),
        method: b("method"),
        cell: b("cell"),
        module: b("module"),
        frame: b("frame"),
        traceback: b("traceback"),
        range: b("range"),
        slice: b("slice"),
        iterator: b("iterator"),
        not_implemented_type: b("NotImplementedType"),
        ellipsis_type: b("ellipsis"),
        object,
    }
}

fn make_exceptions(types: &Types) -> Exceptions {
    let e = |name: &str, base: &ObjRef| builtin_class(name, Some(base), NativeKind::Exception);
    let base_exception = builtin_class("BaseException", Some(&types.object), NativeKind::Exception);
    let exception = e("Exception", &base_exception);
    let lookup_error = e("LookupError", &exception);
    let arithmetic_error = e("ArithmeticError", &exception);
    let runtime_error = e("RuntimeError", &exception);
    let name_error = e("NameError", &exception);
    let import_error = e("ImportError", &exception);
    Exceptions {
        type_error: e("TypeError", &exception),
        value_error: e("ValueError", &exception),
        unbound_local_error: e("UnboundLocalError", &name_error),
        name_error,
        attribute_error: e("AttributeError", &exception),
        key_error: e("KeyError", &lookup_error),
        index_error: e("IndexError", &lookup_error),
        lookup_error,
        zero_division_error: e("ZeroDivisionError", &arithmetic_error),
        overflow_error: e("OverflowError", &arithmetic_error),
        arithmetic_error,
        recursion_error: e("RecursionError", &runtime_error),
        not_implemented_error: e("NotImplementedError", &runtime_error),
        runtime_error,
        stop_iteration: e("StopIteration", &exception),
        assertion_error: e("AssertionError", &exception),
        module_not_found_error: e("ModuleNotFoundError", &import_error),
        import_error,
        generator_exit: e("GeneratorExit", &base_exception),
        keyboard_interrupt: e("KeyboardInterrupt", &base_exception),
        system_exit: e("SystemExit", &base_exception),
        exception,
        base_exception,
    }
}

/// The module object for a namespace dict.
pub fn new_module(name: &str, dict: ObjRef) -> ObjRef {
    ObjRef::new(Payload::Module(PyModule {
        name: name.into(),
        dict,
    }))
}

impl Interp {
    /// Interpreter shutdown: flushes output, then releases the modules, `__main__`'s globals
    /// in their insertion order (CPython usually frees them in its collector's order, which
    /// for ordinary scripts is close to this; see docs/divergences.md).
    pub fn teardown(&self) {
        self.flush_stdout();
        let modules = std::mem::take(&mut *self.modules.borrow_mut());
        for (_, m) in modules.into_iter().rev() {
            if let Payload::Module(module) = m.payload() {
                if let Payload::Dict(d) = module.dict.payload() {
                    let entries = std::mem::take(&mut *d.map.borrow_mut());
                    crate::types::dict::release_entries(entries);
                }
            }
            drop(m);
        }
        self.flush_stdout();
    }
}

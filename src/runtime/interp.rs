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

/// A str object for an attribute name, for code that has no interpreter at hand.
pub fn with_key(name: &str) -> ObjRef {
    ObjRef::new(Payload::Str(PyStr::new(name)))
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
    pub bytes: ObjRef,
    pub tuple: ObjRef,
    pub list: ObjRef,
    pub dict: ObjRef,
    pub set: ObjRef,
    pub frozenset: ObjRef,
    pub dict_keys: ObjRef,
    pub dict_values: ObjRef,
    pub dict_items: ObjRef,
    pub mappingproxy: ObjRef,
    pub member_descriptor: ObjRef,
    pub getset_descriptor: ObjRef,
    pub function: ObjRef,
    pub builtin_function: ObjRef,
    pub method: ObjRef,
    pub cell: ObjRef,
    pub module: ObjRef,
    pub frame: ObjRef,
    pub generator: ObjRef,
    pub coroutine: ObjRef,
    pub async_generator: ObjRef,
    pub weakref: ObjRef,
    /// `weakref.KeyedRef`: the weakrefs of a `WeakValueDictionary`, carrying their key.
    pub keyed_ref: ObjRef,
    pub code: ObjRef,
    pub traceback: ObjRef,
    pub range: ObjRef,
    pub slice: ObjRef,
    pub super_: ObjRef,
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
    pub syntax_error: ObjRef,
    pub indentation_error: ObjRef,
    pub tab_error: ObjRef,
    /// Further standard classes, registered in builtins by name.
    pub others: Vec<(&'static str, ObjRef)>,
}

pub struct Interp {
    pub types: Types,
    pub exc: Exceptions,
    pub builtins: ObjRef,
    pub not_implemented: Value,
    pub ellipsis: Value,
    pub stdout: RefCell<std::io::BufWriter<std::io::Stdout>>,
    /// stdout is a terminal: flush after every write, as CPython's line buffering shows it.
    pub stdout_is_terminal: bool,
    pub depth: Cell<u32>,
    pub recursion_limit: Cell<u32>,
    /// The exception being handled (`sys.exc_info()`), innermost last.
    pub handling: RefCell<Vec<Value>>,
    /// The frames being executed, innermost last (for `globals()`, `locals()`, `super()`).
    pub frames: RefCell<Vec<ObjRef>>,
    /// What resumed generators were sent, innermost last, until their `yield` takes it
    /// (`generator::gen_resume`).
    pub sent: RefCell<Vec<crate::runtime::generator::Sent>>,
    /// `atexit` handlers with their arguments, in registration order.
    pub atexit: RefCell<Vec<(Value, crate::types::function::Args)>>,
    /// The `sys` module, made once.
    pub sys: RefCell<Option<ObjRef>>,
    /// `sys.modules`: every imported module by name, in import order.
    pub sys_modules: ObjRef,
    /// `sys.argv`.
    pub argv: Vec<Rc<str>>,
    /// The directory of the main script, where `import` finds `.py` modules.
    pub script_dir: Option<std::path::PathBuf>,
    /// Set once shutdown has begun: tracebacks printed from then on have no source lines, as
    /// CPython can no longer read source files at that point.
    pub finalizing: Cell<bool>,
    /// The uncaught exception that ended the program (`sys.last_value`): it keeps its
    /// frames alive until shutdown begins.
    pub last_exc: RefCell<Option<ObjRef>>,
    /// Warnings already shown, by location and message (the default warning filter).
    pub warned: RefCell<std::collections::HashSet<String>>,
    /// Containers whose `repr` is in progress (CPython's `Py_ReprEnter`), by address.
    pub repr_stack: RefCell<Vec<usize>>,
    /// The classes of the built-in iterators, by name (`list_iterator`, `map`, ...).
    pub iter_classes: RefCell<Vec<(&'static str, ObjRef)>>,
    /// `object.__hash__` and the other methods of `object_slots`, made on first use.
    pub object_slots: RefCell<Vec<ObjRef>>,
    /// `sys.set_asyncgen_hooks`: what asynchronous generators capture at their first step.
    /// Hooks still set at exit die with the interpreter, silently: CPython clears them with
    /// the thread state, once `sys.stdout` and `sys.stderr` are gone, so nothing they keep
    /// alive can print any more.
    pub asyncgen_hooks: RefCell<super::async_gen::AsyncGenHooks>,
    /// The classes of async generators' awaitables, written in the built-ins prelude.
    pub agen_awaitables: RefCell<Option<super::async_gen::Awaitables>>,
}

impl Interp {
    /// Creates the interpreter and makes it this thread's current one. The box keeps its
    /// address stable for `with`.
    pub fn enter(argv: Vec<Rc<str>>, script_dir: Option<std::path::PathBuf>) -> Box<Interp> {
        let types = make_types();
        let exc = make_exceptions(&types);
        let builtins = ObjRef::new(Payload::Dict(PyDict::new()));
        let interp = Box::new(Interp {
            not_implemented: Value::Obj(ObjRef::new(Payload::Singleton("NotImplemented"))),
            ellipsis: Value::Obj(ObjRef::new(Payload::Singleton("Ellipsis"))),
            types,
            exc,
            builtins,
            stdout: RefCell::new(std::io::BufWriter::new(std::io::stdout())),
            stdout_is_terminal: std::io::IsTerminal::is_terminal(&std::io::stdout()),
            depth: Cell::new(0),
            recursion_limit: Cell::new(1000),
            handling: RefCell::new(Vec::new()),
            frames: RefCell::new(Vec::new()),
            sent: RefCell::new(Vec::new()),
            atexit: RefCell::new(Vec::new()),
            sys: RefCell::new(None),
            sys_modules: ObjRef::new(Payload::Dict(PyDict::new())),
            argv,
            script_dir,
            finalizing: Cell::new(false),
            last_exc: RefCell::new(None),
            asyncgen_hooks: RefCell::default(),
            agen_awaitables: RefCell::new(None),
            warned: RefCell::new(Default::default()),
            repr_stack: RefCell::new(Vec::new()),
            iter_classes: RefCell::new(Vec::new()),
            object_slots: RefCell::new(Vec::new()),
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

    pub fn new_str(&self, text: impl AsRef<str> + Into<Box<str>>) -> Value {
        Value::Obj(ObjRef::new(Payload::Str(PyStr::new(text))))
    }

    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        Value::Obj(ObjRef::new(Payload::Tuple(PyTuple {
            items: items.into(),
        })))
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
                Payload::Bytes(_) => t.bytes.clone(),
                Payload::BigInt(_) => t.int.clone(),
                Payload::Tuple(_) => t.tuple.clone(),
                Payload::List(_) => t.list.clone(),
                Payload::Dict(_) => t.dict.clone(),
                Payload::Set(s) if s.frozen => t.frozenset.clone(),
                Payload::Set(_) => t.set.clone(),
                Payload::Function(_) => t.function.clone(),
                Payload::Builtin(_) => t.builtin_function.clone(),
                Payload::Method(m) if matches!(&m.func, Value::Obj(f) if matches!(f.payload(), Payload::Builtin(_))) => {
                    t.builtin_function.clone()
                }
                Payload::Method(_) => t.method.clone(),
                Payload::Cell(_) => t.cell.clone(),
                Payload::Class(c) => c.metaclass().unwrap_or_else(|| t.type_.clone()),
                Payload::Module(_) => t.module.clone(),
                Payload::Frame(_) => t.frame.clone(),
                Payload::Generator(g) => match g.kind {
                    crate::runtime::generator::GenKind::Generator => t.generator.clone(),
                    crate::runtime::generator::GenKind::Coroutine => t.coroutine.clone(),
                    crate::runtime::generator::GenKind::AsyncGenerator => t.async_generator.clone(),
                },
                Payload::Weakref(w) if w.key.is_some() => t.keyed_ref.clone(),
                Payload::Weakref(_) => t.weakref.clone(),
                Payload::Code(_) => t.code.clone(),
                Payload::Traceback(_) => t.traceback.clone(),
                Payload::Range(_) => t.range.clone(),
                Payload::Slice(_) => t.slice.clone(),
                Payload::Super(_) => t.super_.clone(),
                Payload::Iter(it) => self.iter_class(it.type_name),
                Payload::DictView(v) => match v.what {
                    crate::types::iter::DictView::Keys => t.dict_keys.clone(),
                    crate::types::iter::DictView::Values => t.dict_values.clone(),
                    crate::types::iter::DictView::Items => t.dict_items.clone(),
                },
                Payload::MappingProxy(_) => t.mappingproxy.clone(),
                Payload::Member(m) if m.kind == crate::types::member::MemberKind::Slot => {
                    t.member_descriptor.clone()
                }
                Payload::Member(_) => t.getset_descriptor.clone(),
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
        // A `__qualname__` in the namespace (a class body's, or one given to `type()`) names
        // the class; it is not an attribute its instances would see.
        let qualname: Rc<str> = match namespace.remove_str("__qualname__") {
            Some((_, q)) => match super::ops::str_of(&q) {
                Some(s) => s.into(),
                None => {
                    return Err(self.type_error(format!(
                        "type __qualname__ must be a str, not {}",
                        self.type_name(&q)
                    )))
                }
            },
            None => qualname,
        };
        let bases = if bases.is_empty() {
            vec![self.types.object.clone()]
        } else {
            bases
        };
        self.check_bases(&bases)?;
        let mro = c3_mro(&bases).map_err(|m| self.type_error(m))?;
        let native = mro
            .iter()
            .map(|k| as_class(k).native)
            .find(|n| *n != NativeKind::Object)
            .unwrap_or(NativeKind::Object);
        // `__init_subclass__` and `__class_getitem__` are implicitly classmethods.
        for special in ["__init_subclass__", "__class_getitem__"] {
            if let Some(f) = namespace.get_str(special) {
                if matches!(f.as_obj().map(ObjRef::payload), Some(Payload::Function(_))) {
                    if let Some(cm) = crate::builtins::lookup_builtin(self, "classmethod") {
                        let wrapped =
                            self.call(&cm, crate::types::function::Args::positional(vec![f]))?;
                        let key = self.new_str(special);
                        drop(namespace.set_str(key.as_obj().cloned().expect("str"), wrapped));
                    }
                }
            }
        }
        // A class that defines __eq__ but not __hash__ gets __hash__ = None (unhashable).
        if namespace.get_str("__eq__").is_some() && namespace.get_str("__hash__").is_none() {
            let key = self.new_str("__hash__");
            drop(namespace.set_str(key.as_obj().cloned().expect("str"), Value::None));
        }
        let has_del =
            namespace.get_str("__del__").is_some() || mro.iter().any(|k| as_class(k).has_del.get());
        let (slots, own_dict, own_weakref) = match namespace.get_str("__slots__") {
            None => (Vec::new(), true, true),
            Some(v) => {
                let names: Vec<Value> = match super::ops::str_of(&v) {
                    Some(_) => vec![v.clone()],
                    None => self.collect(&v)?,
                };
                let mut slots: Vec<Rc<str>> = Vec::new();
                let mut own_dict = false;
                let mut own_weakref = false;
                for n in &names {
                    let Some(s) = super::ops::str_of(n) else {
                        return Err(self.type_error(format!(
                            "__slots__ items must be strings, not '{}'",
                            self.type_name(n)
                        )));
                    };
                    match s {
                        "__dict__" => own_dict = true,
                        "__weakref__" => own_weakref = true,
                        s => slots.push(
                            crate::resolve::mangle(Some(&name), s).unwrap_or_else(|| s.into()),
                        ),
                    }
                }
                slots.sort();
                for s in &slots {
                    if namespace.get_str(s).is_some() {
                        return Err(self.err(
                            &self.exc.value_error,
                            format!(
                                "{} in __slots__ conflicts with class variable",
                                crate::types::str::str_repr(s)
                            ),
                        ));
                    }
                }
                (slots, own_dict, own_weakref)
            }
        };
        let slots_given = namespace.get_str("__slots__").is_some();
        if slots_given && (!slots.is_empty() || own_dict || own_weakref) {
            // Instances of int and tuple hold their items at the end of the object in
            // CPython, where slots (and `__dict__` or `__weakref__` slots) would go.
            let var_sized = |k: &ObjRef| k.is(&self.types.int) || k.is(&self.types.tuple);
            if let Some(b) = bases
                .iter()
                .find(|b| var_sized(b) || as_class(b).mro.iter().any(var_sized))
            {
                return Err(self.type_error(format!(
                    "nonempty __slots__ not supported for subtype of '{}'",
                    as_class(b).name.borrow()
                )));
            }
        }
        let inherits_weakref = mro
            .iter()
            .any(|k| !k.is(&self.types.object) && as_class(k).has_weakref);
        let has_weakref = own_weakref || inherits_weakref;
        // Instances have a dict unless every class in the MRO but `object` has __slots__
        // without `__dict__`.
        let inherits_dict = mro
            .iter()
            .any(|k| !k.is(&self.types.object) && as_class(k).has_dict);
        let has_dict = own_dict || inherits_dict;
        let class = ObjRef::new(Payload::Class(Box::new(PyClass {
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            bases,
            mro,
            dict: namespace,
            shared_keys: RefCell::new(Vec::new()),
            native,
            has_del: Cell::new(has_del),
            slots,
            has_dict,
            has_weakref,
            lookup_cache: RefCell::new(Default::default()),
            ext: Default::default(),
            direct_init: Cell::new((0, 0)),
        })));
        crate::types::class_ext::init_class(&class);
        crate::types::member::add_descriptors(
            self,
            &class,
            own_dict && !inherits_dict,
            own_weakref && !inherits_weakref,
        );
        Ok(class)
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
        let text = super::traceback::format_unraisable(self, &err.exc, &what);
        self.write_stderr(&text);
    }
}

/// C3 linearization of the bases (the class itself excluded). The error is CPython's
/// message: a repeated base, or the heads that could not be merged.
pub fn c3_mro(bases: &[ObjRef]) -> Result<Vec<ObjRef>, String> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| x.is(b)) {
            return Err(format!(
                "duplicate base class {}",
                as_class(b).name.borrow()
            ));
        }
    }
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
        if seqs.iter().all(|s| s.is_empty()) {
            return Ok(out);
        }
        let head = seqs
            .iter()
            .filter_map(|s| s.first())
            .find(|h| !seqs.iter().any(|s| s.iter().skip(1).any(|x| x.is(h))));
        let Some(head) = head.cloned() else {
            // CPython's set_mro_error: the remaining heads, each named once.
            let mut heads: Vec<&ObjRef> = Vec::new();
            for h in seqs.iter().filter_map(|s| s.first()) {
                if !heads.iter().any(|x| x.is(h)) {
                    heads.push(h);
                }
            }
            let names: Vec<String> = heads
                .iter()
                .map(|h| as_class(h).name.borrow().to_string())
                .collect();
            return Err(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for s in &mut seqs {
            if s.first().is_some_and(|x| x.is(&head)) {
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
    ObjRef::new(Payload::Class(Box::new(PyClass {
        name: RefCell::new(name.into()),
        qualname: RefCell::new(name.into()),
        bases,
        mro,
        dict: PyDict::new(),
        shared_keys: RefCell::new(Vec::new()),
        native,
        has_del: Cell::new(false),
        slots: Vec::new(),
        has_dict: native != NativeKind::Builtin,
        has_weakref: false,
        lookup_cache: RefCell::new(Default::default()),
        ext: Default::default(),
        direct_init: Cell::new((0, 0)),
    })))
}

fn make_types() -> Types {
    let object = builtin_class("object", None, NativeKind::Object);
    let b = |name: &str| builtin_class(name, Some(&object), NativeKind::Builtin);
    let int = b("int");
    let weakref = b("weakref.ReferenceType");
    Types {
        type_: b("type"),
        none: b("NoneType"),
        bool_: builtin_class("bool", Some(&int), NativeKind::Builtin),
        int,
        float: b("float"),
        str_: b("str"),
        bytes: b("bytes"),
        tuple: b("tuple"),
        list: b("list"),
        dict: b("dict"),
        set: b("set"),
        frozenset: b("frozenset"),
        dict_keys: b("dict_keys"),
        dict_values: b("dict_values"),
        dict_items: b("dict_items"),
        mappingproxy: b("mappingproxy"),
        member_descriptor: b("member_descriptor"),
        getset_descriptor: b("getset_descriptor"),
        function: b("function"),
        builtin_function: b("builtin_function_or_method"),
        method: b("method"),
        cell: b("cell"),
        module: b("module"),
        frame: b("frame"),
        generator: b("generator"),
        coroutine: b("coroutine"),
        async_generator: b("async_generator"),
        keyed_ref: builtin_class("weakref.KeyedRef", Some(&weakref), NativeKind::Builtin),
        weakref,
        code: b("code"),
        traceback: b("traceback"),
        range: b("range"),
        slice: b("slice"),
        super_: b("super"),
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
    let syntax_error = e("SyntaxError", &exception);
    let indentation_error = e("IndentationError", &syntax_error);
    let value_error = e("ValueError", &exception);
    let os_error = e("OSError", &exception);
    let warning = e("Warning", &exception);
    let unicode_error = e("UnicodeError", &value_error);
    let others = vec![
        (
            "UnicodeEncodeError",
            e("UnicodeEncodeError", &unicode_error),
        ),
        (
            "UnicodeDecodeError",
            e("UnicodeDecodeError", &unicode_error),
        ),
        ("UnicodeError", unicode_error),
        ("FileNotFoundError", e("FileNotFoundError", &os_error)),
        ("FileExistsError", e("FileExistsError", &os_error)),
        ("PermissionError", e("PermissionError", &os_error)),
        ("TimeoutError", e("TimeoutError", &os_error)),
        ("EOFError", e("EOFError", &exception)),
        ("StopAsyncIteration", e("StopAsyncIteration", &exception)),
        ("MemoryError", e("MemoryError", &exception)),
        ("ReferenceError", e("ReferenceError", &exception)),
        ("BufferError", e("BufferError", &exception)),
        ("UserWarning", e("UserWarning", &warning)),
        ("DeprecationWarning", e("DeprecationWarning", &warning)),
        ("RuntimeWarning", e("RuntimeWarning", &warning)),
        ("SyntaxWarning", e("SyntaxWarning", &warning)),
        ("ResourceWarning", e("ResourceWarning", &warning)),
        ("OSError", os_error),
        ("Warning", warning),
    ];
    Exceptions {
        others,
        type_error: e("TypeError", &exception),
        value_error,
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
        tab_error: e("TabError", &indentation_error),
        indentation_error,
        syntax_error,
        exception,
        base_exception,
    }
}

/// The module object for a namespace dict.
pub fn new_module(name: &str, dict: ObjRef) -> ObjRef {
    let module = ObjRef::new(Payload::Module(Box::new(PyModule {
        name: name.into(),
        dict: dict.clone(),
    })));
    // CPython makes the module, then its dict: the collector's list has them in that order.
    crate::object::gc::move_to_young_end(&dict);
    module
}

impl Interp {
    /// Interpreter shutdown (CPython: `Py_FinalizeEx`, `finalize_modules`): atexit, a full
    /// collection while the modules are intact (when gc is enabled), `sys.last_*`, the
    /// modules released in `sys.modules` order, a collection that runs even with gc
    /// disabled, then the modules still alive wiped, most recently imported first: names
    /// with one leading underscore, then the others, each pass in dict order.
    pub fn teardown(&self) {
        self.run_atexit();
        self.flush_stdout();
        if crate::object::gc::is_enabled() {
            crate::modules::gc::collect_with_callbacks(self, 2);
            self.flush_stdout();
        }
        // CPython's finalize_modules: sys.last_* go first, so the frames of an uncaught
        // exception die before the modules, while source files can still be read.
        let last = self.last_exc.borrow_mut().take();
        drop(last);
        if let Some(sys) = self.sys.borrow().clone() {
            if let Payload::Module(m) = sys.payload() {
                if let Payload::Dict(d) = m.dict.payload() {
                    for name in ["last_type", "last_value", "last_traceback"] {
                        if let Some(entry) = d.remove_str(name) {
                            drop(entry);
                        }
                    }
                }
            }
        }
        self.flush_stdout();
        self.finalizing.set(true);
        let modules = match self.sys_modules.payload() {
            Payload::Dict(d) => std::mem::take(&mut *d.map.borrow_mut()),
            _ => Default::default(),
        };
        // `builtins` and `sys` exist before `__main__` in CPython's `sys.modules`.
        let (mut entries, rest): (Vec<_>, Vec<_>) = modules.into_iter().partition(|(k, _)| {
            matches!(super::ops::str_of(&k.key), Some("builtins") | Some("sys"))
        });
        entries.extend(rest);
        let watched: Vec<ObjRef> = entries
            .iter()
            .map(|(_, v)| v)
            .filter_map(|m| match m {
                Value::Obj(o) if matches!(o.payload(), Payload::Module(_)) => {
                    Some(crate::types::weakref::new_weakref(o, None))
                }
                _ => None,
            })
            .collect();
        for (key, value) in entries {
            drop(key);
            drop(value);
        }
        crate::object::gc::collect(2);
        for w in watched.iter().rev() {
            let Payload::Weakref(p) = w.payload() else {
                continue;
            };
            let Some(module) = p.get() else {
                continue;
            };
            if let Payload::Module(m) = module.payload() {
                if let Payload::Dict(d) = m.dict.payload() {
                    wipe_module_dict(d);
                }
            }
        }
        drop(watched);
        crate::object::gc::collect(2);
        self.flush_stdout();
    }
}

/// `_PyModule_ClearDict`: every global whose name starts with exactly one underscore is set
/// to None, then every other one except `__builtins__`, each pass in dict order.
fn wipe_module_dict(d: &crate::types::dict::PyDict) {
    for underscore_pass in [true, false] {
        let mut i = 0;
        loop {
            let old = {
                let Ok(mut map) = d.map.try_borrow_mut() else {
                    return;
                };
                if i >= map.slots() {
                    break;
                }
                let Some((k, v)) = map.get_index_mut(i) else {
                    i += 1;
                    continue;
                };
                i += 1;
                let Some(name) = super::ops::str_of(&k.key) else {
                    continue;
                };
                let one_underscore = name.starts_with('_') && !name.starts_with("__");
                if one_underscore != underscore_pass || name == "__builtins__" {
                    continue;
                }
                std::mem::replace(v, Value::None)
            };
            drop(old);
        }
    }
}

impl Interp {
    /// Runs the `atexit` handlers, last registered first. An exception in one is reported
    /// ("Exception ignored in atexit callback") and the others still run.
    pub fn run_atexit(&self) {
        loop {
            let Some((func, args)) = self.atexit.borrow_mut().pop() else {
                return;
            };
            if let Err(e) = self.call(&func, args) {
                let what = self.repr(&func).unwrap_or_default();
                let mut text = format!("Exception ignored in atexit callback: {what}\n");
                text.push_str(&super::traceback::format_exception(self, &e.exc));
                self.write_stderr(&text);
            }
        }
    }

    /// Records an uncaught exception as `sys.last_type`, `sys.last_value` and
    /// `sys.last_traceback` (CPython: `PyErr_Print`).
    pub fn set_last_exception(&self, exc: &ObjRef) {
        let sys = crate::modules::sys::module(self);
        let v = Value::Obj(exc.clone());
        let tb = self
            .lookup_attr(&v, "__traceback__")
            .ok()
            .flatten()
            .unwrap_or(Value::None);
        let _ = self.setattr(
            &Value::Obj(sys.clone()),
            "last_type",
            Value::Obj(self.type_of(&v)),
        );
        let _ = self.setattr(&Value::Obj(sys.clone()), "last_value", v);
        let _ = self.setattr(&Value::Obj(sys), "last_traceback", tb);
    }
}

impl Interp {
    /// What `type.__new__` does after the class exists: `__set_name__` on each attribute
    /// that has it, then the parent's `__init_subclass__` with the class keywords.
    pub fn finish_class(&self, class: &ObjRef, keywords: Vec<(Rc<str>, Value)>) -> PyResult<()> {
        let c = as_class(class);
        let attrs: Vec<(Value, Value)> = c
            .dict
            .map
            .borrow()
            .iter()
            .map(|(k, v)| (k.key.clone(), v.clone()))
            .collect();
        for (name, value) in attrs {
            let class_of_value = self.type_of(&value);
            if let Some(set_name) =
                crate::types::class::class_lookup(&class_of_value, "__set_name__")
            {
                let args = vec![value.clone(), Value::Obj(class.clone()), name];
                self.call(&set_name, crate::types::function::Args::positional(args))?;
            }
        }
        // `__init_subclass__` is looked up after the class itself and called as a
        // classmethod; object's accepts no keywords.
        let hook = c
            .mro
            .iter()
            .find_map(|k| as_class(k).dict.get_str("__init_subclass__"));
        match hook {
            Some(f) => {
                let f = match f.as_obj().map(ObjRef::payload) {
                    Some(Payload::Instance(i)) => i.get_attr("__func__").unwrap_or(f),
                    _ => f,
                };
                let args = crate::types::function::Args {
                    pos: vec![Value::Obj(class.clone())],
                    kw: keywords,
                };
                drop(self.call(&f, args)?);
            }
            None if !keywords.is_empty() => {
                return Err(self.type_error(format!(
                    "{}.__init_subclass__() takes no keyword arguments",
                    c.qualname.borrow()
                )));
            }
            None => {}
        }
        Ok(())
    }
}

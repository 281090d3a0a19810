//! Calls: binding arguments to parameters with CPython's error messages, running a Python
//! function in a new frame, instantiating classes, and dispatching built-in functions.
//! Arguments passed to a Python function are moved into its frame (the callee owns them);
//! arguments to anything else stay with the caller until the call returns.

use super::interp::Interp;
use super::{PyErr, PyResult};
use crate::object::{ObjRef, Payload, Value};
use crate::syntax::ast::{Parameters, ScopeInfo};
use crate::types::class::{as_class, class_lookup, NativeKind};
use crate::types::function::{Args, Body, PyCell, PyFrame, PyFunction};
use crate::types::instance::PyInstance;
use std::cell::RefCell;
use std::rc::Rc;

impl Interp {
    /// Calls `callable` with `args`. Returns a new reference.
    pub fn call(&self, callable: &Value, args: Args) -> PyResult<Value> {
        let Value::Obj(o) = callable else {
            return Err(self.not_callable(callable));
        };
        match o.payload() {
            Payload::Function(f) => self.call_function(o, f, args),
            Payload::Builtin(b) => (b.func)(self, args),
            Payload::Method(m) => {
                let func = m.func.clone();
                let mut pos =
                    Vec::with_capacity(Self::argument_capacity(&func, args.pos.len() + 1));
                pos.push(m.this.clone());
                pos.extend(args.pos);
                self.call(&func, Args { pos, kw: args.kw })
            }
            // A metaclass's own `__call__` decides what calling the class does.
            Payload::Class(c) if c.ext.metaclass.borrow().is_some() => {
                match self.metaclass_call(o) {
                    Some(m) => {
                        let mut pos = Vec::with_capacity(args.pos.len() + 1);
                        pos.push(callable.clone());
                        pos.extend(args.pos);
                        self.call(&m, Args { pos, kw: args.kw })
                    }
                    None => self.instantiate(o, args),
                }
            }
            Payload::Class(c) if c.native != crate::types::class::NativeKind::Builtin => {
                // Classes without a vectorcall entry are called through `type_call`, a C
                // call that counts against the recursion limit (CPython:
                // `_PyObject_MakeTpCall`).
                let depth = self.depth.get() + 1;
                if depth > self.recursion_limit.get() {
                    return Err(self.err(
                        &self.exc.recursion_error,
                        "maximum recursion depth exceeded while calling a Python object",
                    ));
                }
                self.depth.set(depth);
                let r = self.instantiate(o, args);
                self.depth.set(depth - 1);
                r
            }
            Payload::Class(_) => self.instantiate(o, args),
            // Calling a weakref gives its target, or None once the target died.
            Payload::Weakref(w) => {
                if !args.pos.is_empty() || !args.kw.is_empty() {
                    return Err(self.type_error(format!(
                        "weakref expected 0 arguments, got {}",
                        args.pos.len()
                    )));
                }
                Ok(w.get().map_or(Value::None, Value::Obj))
            }
            Payload::Instance(i) => match class_lookup(&i.class, "__call__") {
                Some(m) => {
                    let mut pos = Vec::with_capacity(args.pos.len() + 1);
                    pos.push(callable.clone());
                    pos.extend(args.pos);
                    self.call(&m, Args { pos, kw: args.kw })
                }
                None => Err(self.not_callable(callable)),
            },
            _ => Err(self.not_callable(callable)),
        }
    }

    /// The capacity for the positional arguments of a call to `callable`: a Python
    /// function's frame takes the vector over as its slots, so it is sized for all of them.
    #[inline]
    pub fn argument_capacity(callable: &Value, args: usize) -> usize {
        match callable.as_obj().map(ObjRef::payload) {
            Some(Payload::Function(f)) => args.max(f.code.scope.slot_names.len()),
            Some(Payload::Method(m)) => match m.func.as_obj().map(ObjRef::payload) {
                Some(Payload::Function(f)) => (args + 1).max(f.code.scope.slot_names.len()),
                _ => args + 1,
            },
            _ => args,
        }
    }

    fn not_callable(&self, v: &Value) -> PyErr {
        self.type_error(format!("'{}' object is not callable", self.type_name(v)))
    }

    /// Runs a Python function: binds `args` into a new frame and executes the body.
    pub fn call_function(&self, func_obj: &ObjRef, f: &PyFunction, args: Args) -> PyResult<Value> {
        let code = f.code.clone();
        let scope = code.scope;
        let mut slots: Vec<Option<Value>>;
        match &code.body {
            // The common call: exactly the positional parameters, nothing else to bind. The
            // arguments' vector becomes the frame's slots in place (callers size it for the
            // callee's slots: `Interp::argument_capacity`).
            Body::Def(d) if is_simple_call(&d.params, &args) => {
                slots = args.pos.into_iter().map(Some).collect();
                slots.resize(scope.slot_names.len(), None);
            }
            Body::Def(d) => {
                slots = vec![None; scope.slot_names.len()];
                self.bind_arguments(f, &d.params, scope, &mut slots, args)?
            }
            Body::Lambda(l) => {
                slots = vec![None; scope.slot_names.len()];
                self.bind_arguments(f, &l.params, scope, &mut slots, args)?
            }
            Body::Comprehension(_) => {
                slots = vec![None; scope.slot_names.len()];
                let mut pos = args.pos;
                if let (Some(first), Some(slot)) = (pos.pop(), slots.first_mut()) {
                    *slot = Some(first);
                }
            }
            Body::Module(_) | Body::Class(_) => slots = vec![None; scope.slot_names.len()],
        }
        self.make_cells(scope, &mut slots, &f.closure);
        let kind = if scope.flags.is_coroutine && scope.flags.is_generator {
            crate::runtime::generator::GenKind::AsyncGenerator
        } else if scope.flags.is_coroutine {
            crate::runtime::generator::GenKind::Coroutine
        } else {
            crate::runtime::generator::GenKind::Generator
        };
        let is_generator = (scope.flags.is_generator || scope.flags.is_coroutine)
            && matches!(code.body, Body::Def(_) | Body::Comprehension(_));
        let globals = f.globals.clone();
        let frame = if is_generator {
            ObjRef::new(Payload::Frame(PyFrame::new(code, slots, globals)))
        } else {
            ObjRef::new_untracked(Payload::Frame(PyFrame::new(code, slots, globals)))
        };
        let _ = func_obj;
        if is_generator {
            // Calling a generator function binds the arguments and stops before the body.
            return Ok(Value::Obj(ObjRef::new(Payload::Generator(
                crate::runtime::generator::PyGenerator::new(
                    frame,
                    kind,
                    f.name.borrow().clone(),
                    f.qualname.borrow().clone(),
                ),
            ))));
        }
        let r = self.run_frame(&frame);
        frame.drop_call_frame();
        r
    }

    /// Calls a Python function whose `Code::direct_arity` matches the call: the caller
    /// evaluates the arguments straight into `slots` (the callee's first slots, `this`
    /// first for a method call) and nothing else needs binding. The callee owns them.
    #[inline]
    pub(crate) fn call_direct(
        &self,
        f: &PyFunction,
        mut slots: Vec<Option<Value>>,
    ) -> PyResult<Value> {
        let scope = f.code.scope;
        let free_from = scope.slot_names.len() - f.closure.len();
        if slots.len() < free_from {
            slots.resize(free_from, None);
        }
        if !f.closure.is_empty() {
            slots.extend(f.closure.iter().map(|c| Some(Value::Obj(c.clone()))));
        }
        let frame = ObjRef::new_untracked(Payload::Frame(PyFrame::new(
            f.code.clone(),
            slots,
            f.globals.clone(),
        )));
        let r = self.run_frame(&frame);
        frame.drop_call_frame();
        r
    }

    /// Wraps the cell variables in cells and copies in the closure's cells.
    pub fn make_cells(&self, scope: &ScopeInfo, slots: &mut [Option<Value>], closure: &[ObjRef]) {
        for &i in &scope.cell_slots {
            let value = slots[i as usize].take();
            slots[i as usize] = Some(Value::Obj(ObjRef::new(Payload::Cell(PyCell {
                value: RefCell::new(value),
            }))));
        }
        let first_free = slots.len() - closure.len();
        for (i, cell) in closure.iter().enumerate() {
            slots[first_free + i] = Some(Value::Obj(cell.clone()));
        }
    }

    /// CPython's argument binding (Python/ceval.c `initialize_locals`).
    fn bind_arguments(
        &self,
        f: &PyFunction,
        params: &Parameters,
        _scope: &ScopeInfo,
        slots: &mut [Option<Value>],
        args: Args,
    ) -> PyResult<()> {
        let name = f.qualname.borrow().clone();
        let n_posonly = params.posonly.len();
        let n_pos = n_posonly + params.args.len();
        let n_kwonly = params.kwonly.len();
        let given = args.pos.len();
        let mut pos = args.pos.into_iter();
        for slot in slots.iter_mut().take(n_pos.min(given)) {
            *slot = pos.next();
        }
        let extra: Vec<Value> = pos.collect();
        let mut next_slot = n_pos + n_kwonly;
        if params.vararg.is_some() {
            slots[next_slot] = Some(self.new_tuple(extra));
            next_slot += 1;
        } else if !extra.is_empty() {
            let defaults = f.defaults.borrow().len();
            let takes = if defaults > 0 {
                format!("from {} to {}", n_pos - defaults, n_pos)
            } else {
                n_pos.to_string()
            };
            let kw_given = args
                .kw
                .iter()
                .filter(|(k, _)| params.kwonly.iter().any(|p| p.name == *k))
                .count();
            let plural = if n_pos == 1 && defaults == 0 { "" } else { "s" };
            let given_text = if kw_given > 0 {
                format!(
                    "{given} positional argument{} (and {kw_given} keyword-only argument{}) were given",
                    if given == 1 { "" } else { "s" },
                    if kw_given == 1 { "" } else { "s" }
                )
            } else {
                format!(
                    "{given} {}",
                    if given == 1 {
                        "was given"
                    } else {
                        "were given"
                    }
                )
            };
            return Err(self.type_error(format!(
                "{name}() takes {takes} positional argument{plural} but {given_text}"
            )));
        }
        let kwargs_dict = params.kwarg.as_ref().map(|_| self.new_dict());
        let mut posonly_as_kw: Vec<Rc<str>> = Vec::new();
        for (key, value) in args.kw {
            let index = params
                .args
                .iter()
                .position(|p| p.name == key)
                .map(|i| i + n_posonly)
                .or_else(|| {
                    params
                        .kwonly
                        .iter()
                        .position(|p| p.name == key)
                        .map(|i| i + n_pos)
                });
            match index {
                Some(i) => {
                    if slots[i].is_some() {
                        return Err(self.type_error(format!(
                            "{name}() got multiple values for argument '{key}'"
                        )));
                    }
                    slots[i] = Some(value);
                }
                None => match &kwargs_dict {
                    Some(d) => self.dict_set(d, self.new_str(&*key), value)?,
                    None => {
                        if params.posonly.iter().any(|p| p.name == key) {
                            posonly_as_kw.push(key);
                            continue;
                        }
                        return Err(self.type_error(format!(
                            "{name}() got an unexpected keyword argument '{key}'"
                        )));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            let names: Vec<String> = posonly_as_kw.iter().map(|k| k.to_string()).collect();
            return Err(self.type_error(format!(
                "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
                names.join(", ")
            )));
        }
        if let Some(d) = kwargs_dict {
            slots[next_slot] = Some(Value::Obj(d));
        }
        // Defaults for the positional parameters that are still missing.
        let defaults = f.defaults.borrow();
        let first_default = n_pos - defaults.len();
        let mut missing: Vec<Rc<str>> = Vec::new();
        let all_pos = params.posonly.iter().chain(&params.args);
        for (i, p) in all_pos.enumerate() {
            if slots[i].is_none() {
                if i >= first_default {
                    slots[i] = Some(defaults[i - first_default].clone());
                } else {
                    missing.push(p.name.clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_arguments(&name, &missing, "positional"));
        }
        let kwdefaults = f.kwdefaults.borrow();
        for (i, p) in params.kwonly.iter().enumerate() {
            if slots[n_pos + i].is_none() {
                match kwdefaults.iter().find(|(k, _)| *k == p.name) {
                    Some((_, v)) => slots[n_pos + i] = Some(v.clone()),
                    None => missing.push(p.name.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_arguments(&name, &missing, "keyword-only"));
        }
        Ok(())
    }

    fn missing_arguments(&self, name: &str, missing: &[Rc<str>], kind: &str) -> PyErr {
        let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
        };
        let plural = if missing.len() == 1 { "" } else { "s" };
        self.type_error(format!(
            "{name}() missing {} required {kind} argument{plural}: {list}",
            missing.len()
        ))
    }

    /// `C(args)`: `__new__`, then `__init__` (CPython: `type_call`).
    pub(crate) fn instantiate(&self, class_obj: &ObjRef, args: Args) -> PyResult<Value> {
        if let Some(r) = crate::builtins::construct_builtin(self, class_obj, &args)? {
            return Ok(r);
        }
        let class = as_class(class_obj);
        // The `__new__` and `__init__` a Python class defines itself or inherits from
        // another Python class (object's own do nothing here).
        let new = class_lookup(class_obj, "__new__").filter(|f| !self.is_object_slot(f));
        let init = class_lookup(class_obj, "__init__").filter(|f| !self.is_object_slot(f));
        let instance = if let Some(new) = new.clone() {
            let mut pos = vec![Value::Obj(class_obj.clone())];
            pos.extend(args.pos.iter().cloned());
            let kw = args.kw.clone();
            let new = self.unwrap_staticmethod(new);
            self.call(&new, Args { pos, kw })?
        } else {
            if init.is_none()
                && class.native != NativeKind::Exception
                && (!args.pos.is_empty() || !args.kw.is_empty())
            {
                return Err(
                    self.type_error(format!("{}() takes no arguments", class.name.borrow()))
                );
            }
            // BaseException.__init__ takes no keywords.
            if init.is_none() && class.native == NativeKind::Exception && !args.kw.is_empty() {
                return Err(self.type_error(format!(
                    "{}() takes no keyword arguments",
                    class.name.borrow()
                )));
            }
            let inst = PyInstance::new(class_obj.clone());
            if class.native == NativeKind::Exception {
                if let Some(exc) = &inst.exc {
                    exc.borrow_mut().args = Some(self.new_tuple(args.pos.clone()));
                }
            }
            Value::Obj(ObjRef::new(Payload::Instance(inst)))
        };
        if !self.isinstance(&instance, class_obj) {
            return Ok(instance);
        }
        if let Some(init) = init {
            let mut pos = Vec::with_capacity(Self::argument_capacity(&init, args.pos.len() + 1));
            pos.push(instance.clone());
            pos.extend(args.pos.iter().cloned());
            let r = self.call(
                &init,
                Args {
                    pos,
                    kw: args.kw.clone(),
                },
            )?;
            if !matches!(r, Value::None) {
                return Err(self.type_error(format!(
                    "__init__() should return None, not '{}'",
                    self.type_name(&r)
                )));
            }
        }
        drop(args);
        Ok(instance)
    }

    /// `C(args)` with positional arguments only, for a Python class that keeps `object`'s
    /// `__new__` and whose `__init__` is a plain function `Code::direct_arity` accepts:
    /// what `instantiate` does, without its argument vectors. The arguments stay with the
    /// caller (the frame of `__init__` gets new references). `None` when the class needs
    /// the general path.
    pub(crate) fn instantiate_direct(
        &self,
        class_obj: &ObjRef,
        pos: &[Value],
    ) -> Option<PyResult<Value>> {
        let version = crate::types::class::class_version();
        let class = as_class(class_obj);
        // A metaclass may define what calling the class does.
        if class.ext.metaclass.borrow().is_some() {
            return None;
        }
        let addr = match class.direct_init.get() {
            (v, addr) if v == version => addr,
            _ => {
                let addr = self.find_direct_init(class_obj);
                class.direct_init.set((version, addr));
                addr
            }
        };
        if addr == 0 {
            return None;
        }
        // SAFETY: the class version is unchanged since `find_direct_init` found the function
        // in a class namespace, which therefore still holds it.
        let init = unsafe { ObjRef::from_addr_incref(addr) };
        let Payload::Function(f) = init.payload() else {
            return None;
        };
        if f.code.direct_arity() != Some(pos.len() + 1) {
            return None;
        }
        // As in `call`: `type_call` counts against the recursion limit.
        let depth = self.depth.get() + 1;
        if depth > self.recursion_limit.get() {
            return Some(Err(self.err(
                &self.exc.recursion_error,
                "maximum recursion depth exceeded while calling a Python object",
            )));
        }
        self.depth.set(depth);
        let instance = Value::Obj(ObjRef::new(Payload::Instance(PyInstance::new(
            class_obj.clone(),
        ))));
        let mut slots = crate::types::frame_pool::slot_vec(f.code.scope.slot_names.len());
        slots.push(Some(instance.clone()));
        slots.extend(pos.iter().map(|v| Some(v.clone())));
        let r = self.call_direct(f, slots);
        self.depth.set(depth - 1);
        Some(match r {
            Ok(Value::None) => Ok(instance),
            Ok(r) => {
                let err = self.type_error(format!(
                    "__init__() should return None, not '{}'",
                    self.type_name(&r)
                ));
                drop(r);
                drop(instance);
                Err(err)
            }
            Err(e) => {
                drop(instance);
                Err(e)
            }
        })
    }

    /// The address of the `__init__` that `instantiate_direct` may call for `class_obj`, or 0:
    /// a Python class with `object`'s `__new__` and a plain Python `__init__`.
    fn find_direct_init(&self, class_obj: &ObjRef) -> usize {
        let t = &self.types;
        if as_class(class_obj).native != NativeKind::Object
            || class_obj.is(&t.object)
            || class_obj.is(&t.weakref)
            || class_obj.is(&t.keyed_ref)
            || class_lookup(class_obj, "__new__").is_some_and(|f| !self.is_object_slot(&f))
        {
            return 0;
        }
        match class_lookup(class_obj, "__init__") {
            Some(Value::Obj(init)) if matches!(init.payload(), Payload::Function(f) if f.code.direct_arity().is_some()) => {
                init.addr()
            }
            _ => 0,
        }
    }

    /// Whether `f` is one of `object`'s built-in `__new__`/`__init__`.
    fn is_object_slot(&self, f: &Value) -> bool {
        matches!(
            f.as_obj().map(ObjRef::payload),
            Some(Payload::Builtin(b)) if b.owner == Some("object") || b.owner == Some("BaseException")
        )
    }

    pub(crate) fn unwrap_staticmethod(&self, v: Value) -> Value {
        if let Value::Obj(o) = &v {
            if let Payload::Instance(i) = o.payload() {
                if &**as_class(&i.class).name.borrow() == "staticmethod" {
                    return i.get_attr("__func__").unwrap_or(v.clone());
                }
            }
        }
        v
    }
}

/// A call that passes exactly the positional parameters of a function without `*args`,
/// `**kwargs` or keyword-only parameters.
fn is_simple_call(params: &Parameters, args: &Args) -> bool {
    args.kw.is_empty()
        && params.vararg.is_none()
        && params.kwarg.is_none()
        && params.kwonly.is_empty()
        && args.pos.len() == params.posonly.len() + params.args.len()
}

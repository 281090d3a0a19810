//! Metaclasses: classes whose type is a subclass of `type` (CPython: `type_new`,
//! `type_call`, `_PyType_CalculateMetaclass`). A class made by a metaclass records it
//! (`ClassExt::metaclass`), so `type(C)` is the metaclass and the special methods it
//! defines (`__call__`, `__iter__`, `__len__`, `__getitem__`, `__contains__`, `__repr__`,
//! `__setattr__`, `__delattr__`) apply to the class. Classes made by `type` itself record
//! nothing and keep the fast paths.

use crate::builtins::{method, str_arg};
use crate::object::{ObjRef, Payload, Value};
use crate::runtime::interp::Interp;
use crate::runtime::PyResult;
use crate::types::class::{as_class, class_lookup};
use crate::types::dict::PyDict;
use crate::types::function::Args;
use std::rc::Rc;

/// `type`'s methods that a metaclass inherits and calls through `super()`.
pub fn install(interp: &Interp) {
    let t = &interp.types.type_;
    method(interp, t, "__new__", "type", type_dunder_new);
    method(interp, t, "__init__", "type", type_dunder_init);
    method(interp, t, "__call__", "type", type_dunder_call);
    method(interp, t, "__setattr__", "type", type_dunder_setattr);
    method(interp, t, "__delattr__", "type", type_dunder_delattr);
}

/// Whether `f` is one of the methods above (or object's): what `type` does itself.
pub fn is_type_slot(f: &Value) -> bool {
    matches!(
        f.as_obj().map(ObjRef::payload),
        Some(Payload::Builtin(b)) if b.owner == Some("type") || b.owner == Some("object")
    )
}

impl Interp {
    /// The metaclass of a class with these bases and this requested metaclass: the most
    /// derived of them, or a TypeError when none derives from all the others.
    pub fn calculate_metaclass(&self, meta: &ObjRef, bases: &[ObjRef]) -> PyResult<ObjRef> {
        let types: Vec<ObjRef> = bases
            .iter()
            .map(|b| self.type_of(&Value::Obj(b.clone())))
            .collect();
        self.winner_metaclass(meta, &types)
    }

    /// The most derived of `meta` and `types` (the types of a class's bases).
    fn winner_metaclass(&self, meta: &ObjRef, types: &[ObjRef]) -> PyResult<ObjRef> {
        let mut winner = meta.clone();
        for t in types {
            let t = t.clone();
            if self.is_subclass(&winner, &t) {
                continue;
            }
            if self.is_subclass(&t, &winner) {
                winner = t;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
                 subclass of the metaclasses of all its bases",
            ));
        }
        Ok(winner)
    }

    /// `type.__new__(meta, name, bases, namespace, **kwargs)`: a new class whose type is
    /// `meta`, then `__set_name__` and `__init_subclass__` with the keywords.
    pub fn type_new(
        &self,
        meta: &ObjRef,
        name: &Value,
        bases: &Value,
        namespace: &Value,
        keywords: Vec<(Rc<str>, Value)>,
    ) -> PyResult<Value> {
        let name = str_arg(self, name, "type.__new__() argument 1")?;
        let bases: Vec<ObjRef> = match bases.as_obj().map(ObjRef::payload) {
            Some(Payload::Tuple(t)) => {
                // The metaclass check comes first: a base that is not a class has a type
                // that conflicts with `type`.
                let types: Vec<ObjRef> = t.items.iter().map(|b| self.type_of(b)).collect();
                self.winner_metaclass(meta, &types)?;
                let mut out = Vec::with_capacity(t.items.len());
                for b in &t.items {
                    match b.as_obj() {
                        Some(o) if matches!(o.payload(), Payload::Class(_)) => out.push(o.clone()),
                        _ => {
                            return Err(self.type_error(format!(
                                "bases must be types, not {}",
                                self.type_name(b)
                            )))
                        }
                    }
                }
                out
            }
            _ => {
                return Err(self.type_error(format!(
                    "type.__new__() argument 2 must be tuple, not {}",
                    self.type_name(bases)
                )))
            }
        };
        let Some(Payload::Dict(source)) = namespace.as_obj().map(ObjRef::payload) else {
            return Err(self.type_error(format!(
                "type.__new__() argument 3 must be dict, not {}",
                self.type_name(namespace)
            )));
        };
        // A base's metaclass may be more derived than the one asked for; when it makes
        // classes its own way, it makes this one.
        let winner = self.calculate_metaclass(meta, &bases)?;
        if !winner.is(meta) {
            if let Some(new) = class_lookup(&winner, "__new__").filter(|f| !is_type_slot(f)) {
                let new = self.unwrap_staticmethod(new);
                let pos = vec![
                    Value::Obj(winner.clone()),
                    self.new_str(name),
                    self.new_tuple(bases.into_iter().map(Value::Obj).collect()),
                    namespace.clone(),
                ];
                return self.call(&new, Args { pos, kw: keywords });
            }
        }
        let ns = PyDict::new();
        for (k, v) in source.map.borrow().iter() {
            if let Some(key) = k.key.as_obj() {
                drop(ns.set_str(key.clone(), v.clone()));
            }
        }
        if ns.get_str("__module__").is_none() {
            // The `__name__` of the calling Python code's globals (CPython:
            // `type_new_set_module`), so `types.new_class` makes classes of `types`.
            let module = match self.frames.borrow().last().map(ObjRef::payload) {
                Some(Payload::Frame(f)) => match f.globals.payload() {
                    Payload::Dict(g) => g.get_str("__name__"),
                    _ => None,
                },
                _ => Some(self.new_str("__main__")),
            };
            if let Some(module) = module {
                drop(ns.set_str(
                    self.new_str("__module__").as_obj().cloned().expect("str"),
                    module,
                ));
            }
        }
        // The class body's `__class__` cell (for `super()`) gets the new class.
        let class_cell = ns.remove_str("__classcell__");
        let class = self.new_class(name.into(), name.into(), bases, ns)?;
        if let Some((_, cell)) = class_cell {
            match cell.as_obj().map(ObjRef::payload) {
                Some(Payload::Cell(cell)) => {
                    *cell.value.borrow_mut() = Some(Value::Obj(class.clone()));
                }
                _ => {
                    let class = self.repr(&Value::Obj(self.type_of(&cell)))?;
                    return Err(self.type_error(format!(
                        "__classcell__ must be a nonlocal cell, not {class}"
                    )));
                }
            }
        }
        if !winner.is(&self.types.type_) {
            *as_class(&class).ext.metaclass.borrow_mut() = Some(winner);
        }
        self.finish_class(&class, keywords)?;
        Ok(Value::Obj(class))
    }

    /// The `__call__` a class's metaclass defines, when it has one other than `type`'s.
    #[inline]
    pub fn metaclass_call(&self, class: &ObjRef) -> Option<Value> {
        let meta = as_class(class).metaclass()?;
        class_lookup(&meta, "__call__").filter(|f| !is_type_slot(f))
    }

    /// A special method that a class's metaclass defines (not `type`'s own), for the
    /// protocols a class object takes part in through its metaclass.
    pub fn metaclass_special(&self, class: &ObjRef, name: &str) -> Option<Value> {
        let meta = as_class(class).metaclass()?;
        class_lookup(&meta, name).filter(|f| !is_type_slot(f))
    }

    /// Calls the metaclass's special method `name` on `class`, when it defines one.
    pub fn call_metaclass_special(
        &self,
        class: &ObjRef,
        name: &str,
        args: Vec<Value>,
    ) -> PyResult<Option<Value>> {
        let Some(m) = self.metaclass_special(class, name) else {
            return Ok(None);
        };
        let mut pos = Vec::with_capacity(args.len() + 1);
        pos.push(Value::Obj(class.clone()));
        pos.extend(args);
        self.call(&m, Args::positional(pos)).map(Some)
    }
}

fn class_arg<'a>(interp: &Interp, v: Option<&'a Value>, what: &str) -> PyResult<&'a ObjRef> {
    match v {
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::Class(_)) => Ok(o),
        Some(v) => Err(interp.type_error(format!(
            "{what}(X): X is not a type object ({})",
            interp.type_name(v)
        ))),
        None => Err(interp.type_error(format!("{what}(): not enough arguments"))),
    }
}

/// `type.__new__(meta, name, bases, namespace, **kwargs)`.
fn type_dunder_new(interp: &Interp, args: Args) -> PyResult<Value> {
    let meta = class_arg(interp, args.pos.first(), "type.__new__")?;
    if !interp.is_subclass(meta, &interp.types.type_) {
        return Err(interp.type_error(format!(
            "type.__new__({}): {} is not a subtype of type",
            as_class(meta).name.borrow(),
            as_class(meta).name.borrow()
        )));
    }
    if args.pos.len() != 4 {
        return Err(interp.type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            args.pos.len() - 1
        )));
    }
    interp.type_new(meta, &args.pos[1], &args.pos[2], &args.pos[3], args.kw)
}

/// `type.__init__(cls, ...)`: nothing to do once `type.__new__` made the class.
fn type_dunder_init(interp: &Interp, args: Args) -> PyResult<Value> {
    class_arg(interp, args.pos.first(), "type.__init__")?;
    match args.pos.len() {
        2 | 4 => Ok(Value::None),
        _ => Err(interp.type_error("type.__init__() takes 1 or 3 arguments")),
    }
}

/// `type.__call__(cls, *args, **kwargs)`: `__new__` then `__init__`, what calling a class
/// does when its metaclass does not say otherwise.
fn type_dunder_call(interp: &Interp, args: Args) -> PyResult<Value> {
    let mut pos = args.pos.into_iter();
    let cls = match pos.next() {
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::Class(_)) => o,
        Some(v) => return Err(descriptor_error(interp, "__call__", &v)),
        None => {
            return Err(
                interp.type_error("descriptor '__call__' of 'type' object needs an argument")
            )
        }
    };
    interp.instantiate(
        &cls,
        Args {
            pos: pos.collect(),
            kw: args.kw,
        },
    )
}

/// `type.__setattr__(cls, name, value)`: stores into the class's namespace.
fn type_dunder_setattr(interp: &Interp, args: Args) -> PyResult<Value> {
    let mut pos = args.pos.into_iter();
    let cls = match pos.next() {
        Some(Value::Obj(c)) if matches!(c.payload(), Payload::Class(_)) => c,
        Some(other) => return Err(descriptor_error(interp, "__setattr__", &other)),
        None => return Err(interp.type_error("expected 2 arguments, got 0")),
    };
    let (Some(name), Some(value)) = (pos.next(), pos.next()) else {
        return Err(interp.type_error("expected 2 arguments"));
    };
    let name = crate::runtime::ops::str_of(&name)
        .ok_or_else(|| interp.type_error("attribute name must be string"))?
        .to_string();
    interp.class_setattr(&cls, &name, value)?;
    Ok(Value::None)
}

/// `type.__delattr__(cls, name)`: removes from the class's namespace.
fn type_dunder_delattr(interp: &Interp, args: Args) -> PyResult<Value> {
    let cls = match args.pos.first() {
        Some(Value::Obj(c)) if matches!(c.payload(), Payload::Class(_)) => c,
        Some(other) => return Err(descriptor_error(interp, "__delattr__", other)),
        None => return Err(interp.type_error("expected 1 argument, got 0")),
    };
    let Some(name) = args.pos.get(1) else {
        return Err(interp.type_error("expected 1 argument, got 0"));
    };
    let name = crate::runtime::ops::str_of(name)
        .ok_or_else(|| interp.type_error("attribute name must be string"))?
        .to_string();
    interp.class_delattr(cls, &name)?;
    Ok(Value::None)
}

/// CPython's message for a `type` method called on something that is not a class.
fn descriptor_error(interp: &Interp, name: &str, v: &Value) -> crate::runtime::PyErr {
    interp.type_error(format!(
        "descriptor '{name}' requires a 'type' object but received a '{}'",
        interp.type_name(v)
    ))
}

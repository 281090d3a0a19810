//! User `__getattribute__`: loads on instances of a class that overrides it go through the
//! override, and an AttributeError from it falls back to `__getattr__`, as CPython's
//! `slot_tp_getattr_hook` does. `object.__getattribute__` is the generic lookup the
//! override usually ends in. Classes without an override never reach this module: their
//! flag (`class_ext.rs`) is checked once per load.

use super::interp::Interp;
use super::PyResult;
use crate::object::{ObjRef, Payload, Value};
use crate::types::class::{as_class, class_lookup};
use crate::types::function::Args;

impl Interp {
    /// Whether `err` is an AttributeError.
    pub fn is_attribute_error(&self, err: &super::PyErr) -> bool {
        self.isinstance(&Value::Obj(err.exc.clone()), &self.exc.attribute_error)
    }

    /// `obj.name` on an instance whose class overrides `__getattribute__` or defines
    /// `__getattr__` (CPython's `slot_tp_getattr_hook`): the override or the generic
    /// lookup, then `__getattr__` when that finds nothing or raises AttributeError.
    pub fn getattribute_hook(
        &self,
        obj: &Value,
        class: &ObjRef,
        name: &str,
    ) -> PyResult<Option<Value>> {
        let ga = class_lookup(class, "__getattribute__").filter(|f| {
            !matches!(f.as_obj().map(ObjRef::payload),
                Some(Payload::Builtin(b)) if b.owner == Some("object"))
        });
        let found = match ga {
            Some(ga) => {
                let n = self.new_str(name);
                self.call(&ga, Args::positional(vec![obj.clone(), n]))
                    .map(Some)
            }
            None => self.generic_getattr(obj, name),
        };
        let missing = match found {
            Ok(Some(v)) => return Ok(Some(v)),
            Ok(None) => None,
            Err(e) if self.is_attribute_error(&e) => Some(e),
            Err(e) => return Err(e),
        };
        match class_lookup(class, "__getattr__") {
            Some(g) => {
                drop(missing);
                let n = self.new_str(name);
                self.call(&g, Args::positional(vec![obj.clone(), n]))
                    .map(Some)
            }
            None => missing.map_or(Ok(None), Err),
        }
    }

    /// `object.__getattribute__(obj, name)`: data descriptors, then the instance's own
    /// attributes, then the class attribute (bound) — without `__getattr__`.
    pub fn generic_getattr(&self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let Some(Payload::Instance(i)) = obj.as_obj().map(ObjRef::payload) else {
            return self.lookup_attr(obj, name);
        };
        if !as_class(&i.class).has_getattr_hook() {
            // Without hooks the ordinary lookup is the generic one.
            return self.lookup_attr(obj, name);
        }
        if name == "__class__" {
            return Ok(Some(Value::Obj(i.class.clone())));
        }
        if name == "__dict__" && i.accepts("__dict__") {
            let d = i.materialize_dict(super::interp::with_key);
            return Ok(Some(Value::Obj(d)));
        }
        let class_attr = class_lookup(&i.class, name);
        if let Some(attr) = &class_attr {
            if let Some(r) = self.data_descriptor_get(attr, obj)? {
                return Ok(Some(r));
            }
        }
        if let Some(v) = i.get_attr(name) {
            return Ok(Some(v));
        }
        match class_attr {
            Some(attr) => self.bind(attr, obj).map(Some),
            None => Ok(None),
        }
    }

    /// `exc.__suppress_context__ = value` (a bool member in CPython).
    pub fn set_suppress_context(
        &self,
        i: &crate::types::instance::PyInstance,
        value: Value,
    ) -> PyResult<()> {
        let Value::Bool(on) = value else {
            return Err(self.type_error("attribute value type must be bool"));
        };
        if let Some(exc) = &i.exc {
            exc.borrow_mut().suppress_context = on;
        }
        Ok(())
    }

    /// `getattr(obj, name, default)` and `hasattr`: a missing attribute, including an
    /// AttributeError raised while looking, is `None`.
    pub fn lookup_attr_or_none(&self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match self.lookup_attr(obj, name) {
            Err(e) if self.is_attribute_error(&e) => Ok(None),
            r => r,
        }
    }
}

/// `object.__getattribute__(self, name)`.
pub fn object_getattribute(interp: &Interp, args: Args) -> PyResult<Value> {
    if args.pos.len() != 2 || !args.kw.is_empty() {
        return Err(interp.type_error(format!(
            "expected 1 argument, got {}",
            args.pos.len().saturating_sub(1)
        )));
    }
    let obj = &args.pos[0];
    let Some(name) = super::ops::str_of(&args.pos[1]) else {
        return Err(interp.type_error(format!(
            "attribute name must be string, not '{}'",
            interp.type_name(&args.pos[1])
        )));
    };
    match interp.generic_getattr(obj, name) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => Err(interp.attribute_error_for_hint(obj, name)),
        Err(e) => Err(e),
    }
}

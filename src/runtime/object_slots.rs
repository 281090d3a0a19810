//! The methods every class inherits from `object` that refpy implements in the evaluator
//! itself (hashing by identity, identity equality, the default repr): `object.__hash__`,
//! `__eq__`, `__ne__`, `__repr__` and `__str__`.
//!
//! They are not in `object`'s namespace, where every special-method lookup would find them
//! and call them instead of taking the evaluator's direct path; attribute lookups that find
//! nothing else fall back to them, so `C.__hash__ is object.__hash__` holds and
//! `object.__hash__(x)` works.

use super::interp::Interp;
use super::PyResult;
use crate::object::{ObjRef, Payload, Value};
use crate::types::function::{Args, NativeFn, PyBuiltin};

const SLOTS: [(&str, NativeFn); 5] = [
    ("__hash__", object_hash),
    ("__eq__", object_eq),
    ("__ne__", object_ne),
    ("__repr__", object_repr),
    ("__str__", object_str),
];

/// `object`'s own method `name`, if it is one of these; the same object on every lookup.
pub fn default_method(interp: &Interp, name: &str) -> Option<Value> {
    if !name.starts_with("__") {
        return None;
    }
    let index = SLOTS.iter().position(|(n, _)| *n == name)?;
    let mut made = interp.object_slots.borrow_mut();
    if made.is_empty() {
        made.extend(SLOTS.iter().map(|&(name, func)| {
            ObjRef::new(Payload::Builtin(Box::new(PyBuiltin {
                name,
                owner: Some("object"),
                func,
            })))
        }));
    }
    Some(Value::Obj(made[index].clone()))
}

/// The receiver and the other arguments of a slot taking `n` of them (CPython's wording).
fn receiver(interp: &Interp, name: &str, args: &Args, n: usize) -> PyResult<Value> {
    let Some(this) = args.pos.first() else {
        return Err(interp.type_error(format!(
            "descriptor '{name}' of 'object' object needs an argument"
        )));
    };
    let given = args.pos.len() - 1;
    if given != n || !args.kw.is_empty() {
        let plural = if n == 1 { "argument" } else { "arguments" };
        return Err(interp.type_error(format!("expected {n} {plural}, got {given}")));
    }
    Ok(this.clone())
}

/// Hashing by identity, as `hash()` does for instances without `__hash__`.
fn object_hash(interp: &Interp, args: Args) -> PyResult<Value> {
    let this = receiver(interp, "__hash__", &args, 0)?;
    Ok(Value::Int(match &this {
        Value::Obj(o) => super::ops::identity_hash(o),
        v => interp.hash(v)?,
    }))
}

fn object_eq(interp: &Interp, args: Args) -> PyResult<Value> {
    let this = receiver(interp, "__eq__", &args, 1)?;
    Ok(if super::ops::same(&this, &args.pos[1]) {
        Value::Bool(true)
    } else {
        interp.not_implemented.clone()
    })
}

/// The inverse of the type's `__eq__`, NotImplemented passing through.
fn object_ne(interp: &Interp, args: Args) -> PyResult<Value> {
    let this = receiver(interp, "__ne__", &args, 1)?;
    let other = args.pos[1].clone();
    let eq = match crate::types::class::class_lookup(&interp.type_of(&this), "__eq__") {
        Some(m) => interp.call(&m, Args::positional(vec![this, other]))?,
        None => object_eq(interp, Args::positional(vec![this, other]))?,
    };
    if interp.is_not_implemented(&eq) {
        return Ok(eq);
    }
    Ok(Value::Bool(!interp.truthy(&eq)?))
}

fn object_repr(interp: &Interp, args: Args) -> PyResult<Value> {
    let this = receiver(interp, "__repr__", &args, 0)?;
    Ok(interp.new_str(match &this {
        Value::Obj(o) => interp.object_repr(o),
        v => interp.repr(v)?,
    }))
}

/// `object.__str__`: the type's repr.
fn object_str(interp: &Interp, args: Args) -> PyResult<Value> {
    let this = receiver(interp, "__str__", &args, 0)?;
    Ok(interp.new_str(interp.repr(&this)?))
}

//! `_weakref`: `ref` (the class of weak references, with callbacks), `getweakrefcount`,
//! `getweakrefs`, and the few primitives refpy's `weakref` module (written in Python,
//! `modules/python/weakref.py`) builds `proxy`, `WeakMethod` and the weak containers on.
//! The machinery lives in `types/weakref.rs`.

use crate::builtins::{define, set};
use crate::object::{ObjRef, Payload, Value};
use crate::runtime::interp::Interp;
use crate::runtime::PyResult;
use crate::types::function::Args;
use crate::types::weakref::{accepts_weakrefs, new_weakref, weakrefs_to};

pub fn install(interp: &Interp, dict: &ObjRef) {
    set(
        interp,
        dict,
        "ref",
        Value::Obj(interp.types.weakref.clone()),
    );
    set(
        interp,
        dict,
        "ReferenceType",
        Value::Obj(interp.types.weakref.clone()),
    );
    define(interp, dict, "getweakrefcount", weakref_getweakrefcount);
    define(interp, dict, "getweakrefs", weakref_getweakrefs);
    define(interp, dict, "_private_ref", weakref_private_ref);
    define(interp, dict, "_bind", weakref_bind);
    set(
        interp,
        dict,
        "KeyedRef",
        Value::Obj(interp.types.keyed_ref.clone()),
    );
}

/// `KeyedRef(obj, callback, key)`: a private weakref carrying `key` (CPython's
/// `weakref.KeyedRef`, the values of a `WeakValueDictionary`).
pub fn keyed_ref_new(interp: &Interp, args: &Args) -> PyResult<Value> {
    let [target, callback, key] = args.pos.as_slice() else {
        return Err(interp.type_error(format!(
            "KeyedRef.__new__() takes 4 positional arguments but {} were given",
            args.pos.len() + 1
        )));
    };
    let callback = Some(callback.clone()).filter(|c| !matches!(c, Value::None));
    match target {
        Value::Obj(o) if accepts_weakrefs(o) => Ok(Value::Obj(
            crate::types::weakref::new_weakref_of_kind(o, callback, true, Some(key.clone())),
        )),
        _ => Err(interp.type_error(format!(
            "cannot create weak reference to '{}' object",
            interp.type_name(target)
        ))),
    }
}

/// `_private_ref(obj, callback)`: a weakref that `ref(obj)` never returns as the shared
/// plain one (proxies and `WeakMethod` hold one each, as CPython's are weakrefs of their own).
fn weakref_private_ref(interp: &Interp, args: Args) -> PyResult<Value> {
    let (target, callback) = match args.pos.as_slice() {
        [t, cb] => (t, Some(cb.clone()).filter(|c| !matches!(c, Value::None))),
        _ => return Err(interp.type_error("_private_ref() takes exactly 2 arguments")),
    };
    // refpy's own weak objects (proxies) take private weakrefs to themselves, although
    // programs cannot weakly reference them.
    match target {
        Value::Obj(o) if accepts_weakrefs(o) || matches!(o.payload(), Payload::Instance(_)) => {
            Ok(Value::Obj(crate::types::weakref::new_weakref_of_kind(
                o, callback, true, None,
            )))
        }
        _ => Err(interp.type_error(format!(
            "cannot create weak reference to '{}' object",
            interp.type_name(target)
        ))),
    }
}

/// `_bind(func, obj)`: the bound method `func` of `obj` (CPython: `types.MethodType`).
fn weakref_bind(interp: &Interp, args: Args) -> PyResult<Value> {
    match args.pos.as_slice() {
        [func, obj] => Ok(Value::Obj(ObjRef::new(Payload::Method(Box::new(
            crate::types::function::PyMethod {
                func: func.clone(),
                this: obj.clone(),
            },
        ))))),
        _ => Err(interp.type_error("_bind() takes exactly 2 arguments")),
    }
}

/// `weakref.ref(obj[, callback])`. Without a callback the existing plain weakref to `obj`
/// is shared, as CPython does.
pub fn weakref_new(interp: &Interp, args: &Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(interp.type_error("ref() takes no keyword arguments"));
    }
    let (target, callback) = match args.pos.as_slice() {
        [t] => (t, None),
        [t, cb] => (t, Some(cb.clone()).filter(|c| !matches!(c, Value::None))),
        _ => {
            return Err(interp.type_error(format!(
                "__new__ expected at most 2 arguments, got {}",
                args.pos.len()
            )))
        }
    };
    let target_obj = match target {
        Value::Obj(o) if accepts_weakrefs(o) => o,
        _ => {
            return Err(interp.type_error(format!(
                "cannot create weak reference to '{}' object",
                interp.type_name(target)
            )))
        }
    };
    if callback.is_none() {
        let existing = weakrefs_to(target_obj)
            .into_iter()
            .find(|w| match w.payload() {
                Payload::Weakref(p) => !p.private && p.callback.borrow().is_none(),
                _ => false,
            });
        if let Some(w) = existing {
            return Ok(Value::Obj(w));
        }
    }
    Ok(Value::Obj(new_weakref(target_obj, callback)))
}

fn weakref_getweakrefcount(interp: &Interp, args: Args) -> PyResult<Value> {
    let Some(v) = args.pos.first() else {
        return Err(interp.type_error("getweakrefcount() takes exactly one argument (0 given)"));
    };
    Ok(Value::Int(match v {
        Value::Obj(o) => weakrefs_to(o).len() as i64,
        _ => 0,
    }))
}

fn weakref_getweakrefs(interp: &Interp, args: Args) -> PyResult<Value> {
    let Some(v) = args.pos.first() else {
        return Err(interp.type_error("getweakrefs() takes exactly one argument (0 given)"));
    };
    let refs = match v {
        Value::Obj(o) => weakrefs_to(o).into_iter().map(Value::Obj).collect(),
        _ => vec![],
    };
    Ok(interp.new_list(refs))
}

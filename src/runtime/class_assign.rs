//! `obj.__class__ = C` (CPython 3.11: `object_set_class` and `compatible_for_assignment`
//! in Objects/typeobject.c). Both classes must be classes made by Python code, and their
//! instances must have the same layout: after stripping the classes that add nothing to
//! the layout of their base (no `__slots__`, no new `__dict__` or `__weakref__`), the
//! two must be the same class, or two classes with the same base that add the same
//! `__slots__`, `__dict__` and `__weakref__`.

use super::interp::Interp;
use super::PyResult;
use crate::object::{ObjRef, Payload, Value};
use crate::types::class::as_class;
use std::rc::Rc;

const IMMUTABLE: &str =
    "__class__ assignment only supported for mutable types or ModuleType subclasses";

/// `obj.__class__ = value` on an instance of a Python class.
pub fn set_class(interp: &Interp, o: &ObjRef, value: Value) -> PyResult<()> {
    let Payload::Instance(i) = o.payload() else {
        return set_class_of_builtin(interp, &value);
    };
    let new = class_value(interp, &value)?;
    let old = i.class.clone();
    if !as_class(&new).is_heap() || !as_class(&old).is_heap() {
        return Err(interp.type_error(IMMUTABLE));
    }
    if !compatible(interp, &old, &new) {
        return Err(interp.type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            as_class(&new).name.borrow(),
            as_class(&old).name.borrow()
        )));
    }
    if new.is(&old) {
        return Ok(());
    }
    // The instance now holds the new class; the old one may die here.
    let previous = i.swap_class(new);
    drop(old);
    drop(previous);
    Ok(())
}

/// `obj.__class__ = value` where `obj` is not an instance of a Python class: refused as
/// CPython refuses it for immutable types (after checking that `value` is a class).
pub fn set_class_of_builtin(interp: &Interp, value: &Value) -> PyResult<()> {
    class_value(interp, value)?;
    Err(interp.type_error(IMMUTABLE))
}

fn class_value(interp: &Interp, value: &Value) -> PyResult<ObjRef> {
    match value.as_obj() {
        Some(c) if matches!(c.payload(), Payload::Class(_)) => Ok(c.clone()),
        _ => Err(interp.type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            interp.type_name(value)
        ))),
    }
}

/// What a class adds to the layout of its instances beyond its base's: its `__slots__`,
/// and whether it adds `__dict__` and `__weakref__`.
type Added = (Vec<Rc<str>>, bool, bool);

fn added(interp: &Interp, k: &ObjRef) -> Added {
    let c = as_class(k);
    let base = layout_base(interp, k);
    let (base_dict, base_weakref) = match &base {
        Some(b) if !b.is(&interp.types.object) => (as_class(b).has_dict, as_class(b).has_weakref),
        _ => (false, false),
    };
    (
        c.slots.clone(),
        c.has_dict && !base_dict,
        c.has_weakref && !base_weakref,
    )
}

fn adds_nothing(a: &Added) -> bool {
    a.0.is_empty() && !a.1 && !a.2
}

/// The base whose layout a class extends (CPython's `tp_base`, chosen by `best_base`):
/// among the bases, the one whose solid base is the most derived.
fn layout_base(interp: &Interp, k: &ObjRef) -> Option<ObjRef> {
    let c = as_class(k);
    if !c.is_heap() {
        return c.bases.first().cloned();
    }
    let mut best: Option<(ObjRef, ObjRef)> = None;
    for b in &c.bases {
        let solid = solid_base(interp, b);
        match &best {
            Some((_, w)) if !interp.is_subclass(&solid, w) => {}
            _ => best = Some((b.clone(), solid)),
        }
    }
    best.map(|(b, _)| b)
}

/// The nearest class, from `k` down its layout bases, that adds to the layout (CPython's
/// `solid_base`).
fn solid_base(interp: &Interp, k: &ObjRef) -> ObjRef {
    let mut k = k.clone();
    loop {
        if !as_class(&k).is_heap() || !adds_nothing(&added(interp, &k)) {
            return k;
        }
        match layout_base(interp, &k) {
            Some(b) => k = b,
            None => return k,
        }
    }
}

/// CPython's `compatible_for_assignment`.
fn compatible(interp: &Interp, old: &ObjRef, new: &ObjRef) -> bool {
    let (old_solid, new_solid) = (solid_base(interp, old), solid_base(interp, new));
    if old_solid.is(&new_solid) {
        return true;
    }
    if !as_class(&old_solid).is_heap() || !as_class(&new_solid).is_heap() {
        return false;
    }
    let same_base = match (
        layout_base(interp, &old_solid),
        layout_base(interp, &new_solid),
    ) {
        (Some(a), Some(b)) => a.is(&b),
        (None, None) => true,
        _ => false,
    };
    same_base && added(interp, &old_solid) == added(interp, &new_solid)
}

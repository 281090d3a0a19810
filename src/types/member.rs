//! The descriptors a class statement puts in the class namespace for its instance layout
//! (CPython: `type_new_descriptors` and `PyType_Ready`): a member descriptor for each name
//! in `__slots__` (`<member 'x' of 'P' objects>`), and the `__dict__` and `__weakref__`
//! getset descriptors of a class that adds those to its instances.
//!
//! Slot values live in the instance's shared-key table like other attributes (so the
//! attribute-site caches serve them as they serve ordinary attributes); the descriptor
//! decides who may read, write and delete them, with CPython's messages.
//!
//! A descriptor knows its class by address, not by a counted reference: the class's
//! namespace holds the descriptor, and a counted back reference would put every class in
//! a reference cycle (refpy's classes die when their last reference goes, see
//! docs/divergences.md). The class keeps its own descriptors in `ClassExt::descriptors`
//! and clears their address when it dies.

use crate::builtins::{method, pos_args};
use crate::object::{ObjRef, Payload, Value};
use crate::runtime::interp::Interp;
use crate::runtime::PyResult;
use crate::types::class::as_class;
use crate::types::function::Args;
use std::cell::Cell;
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum MemberKind {
    /// A `__slots__` name: `member_descriptor`.
    Slot,
    /// `__dict__`: `getset_descriptor`.
    Dict,
    /// `__weakref__`: `getset_descriptor`.
    Weakref,
}

pub struct PyMember {
    pub name: Rc<str>,
    /// The address of the class that made the descriptor while it lives; 0 after.
    owner: Cell<usize>,
    pub kind: MemberKind,
}

impl PyMember {
    /// The class that made the descriptor, while it lives (a new reference).
    pub fn owner(&self) -> Option<ObjRef> {
        let addr = self.owner.get();
        // SAFETY: the owner clears the address in its Drop, before it is freed.
        (addr != 0).then(|| unsafe { ObjRef::from_addr_incref(addr) })
    }

    fn owner_name(&self) -> Rc<str> {
        match self.owner() {
            Some(c) => as_class(&c).name.borrow().clone(),
            None => "?".into(),
        }
    }

    pub fn type_name(&self) -> &'static str {
        match self.kind {
            MemberKind::Slot => "member_descriptor",
            _ => "getset_descriptor",
        }
    }

    pub fn repr(&self) -> String {
        let what = match self.kind {
            MemberKind::Slot => "member",
            _ => "attribute",
        };
        format!(
            "<{what} '{}' of '{}' objects>",
            self.name,
            self.owner_name()
        )
    }
}

/// Called by a dying class: its descriptors no longer name it.
pub fn orphan(descriptors: &[ObjRef]) {
    for d in descriptors {
        if let Payload::Member(m) = d.payload() {
            m.owner.set(0);
        }
    }
}

/// Adds the layout descriptors to a new class's namespace, then `__doc__ = None` when the
/// body gave none, in CPython's order (slots sorted, then `__dict__`, `__weakref__`).
/// An existing entry of the same name is kept (CPython uses `setdefault`).
pub fn add_descriptors(interp: &Interp, class: &ObjRef, adds_dict: bool, adds_weakref: bool) {
    let c = as_class(class);
    let mut made = Vec::new();
    let mut wanted: Vec<(Rc<str>, MemberKind)> = c
        .slots
        .iter()
        .map(|s| (s.clone(), MemberKind::Slot))
        .collect();
    if adds_dict {
        wanted.push(("__dict__".into(), MemberKind::Dict));
    }
    if adds_weakref {
        wanted.push(("__weakref__".into(), MemberKind::Weakref));
    }
    for (name, kind) in wanted {
        if c.dict.get_str(&name).is_some() {
            continue;
        }
        let d = ObjRef::new(Payload::Member(Box::new(PyMember {
            name: name.clone(),
            owner: Cell::new(class.addr()),
            kind,
        })));
        let key = interp.new_str(&*name);
        drop(
            c.dict
                .set_str(key.as_obj().cloned().expect("str"), Value::Obj(d.clone())),
        );
        made.push(d);
    }
    if c.dict.get_str("__doc__").is_none() {
        let key = interp.new_str("__doc__");
        drop(
            c.dict
                .set_str(key.as_obj().cloned().expect("str"), Value::None),
        );
    }
    *c.ext.descriptors.borrow_mut() = made;
}

/// CPython's `descr_check`: the descriptor applies to instances of its class only.
fn check(interp: &Interp, m: &PyMember, obj: &Value) -> PyResult<()> {
    if let Some(owner) = m.owner() {
        if !interp.is_subclass(&interp.type_of(obj), &owner) {
            return Err(interp.type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                m.name,
                as_class(&owner).name.borrow(),
                interp.type_name(obj)
            )));
        }
    }
    Ok(())
}

fn instance(obj: &Value) -> Option<&crate::types::instance::PyInstance> {
    match obj.as_obj().map(ObjRef::payload) {
        Some(Payload::Instance(i)) => Some(i),
        _ => None,
    }
}

/// `descriptor.__get__(obj)` for an instance `obj`.
pub fn get(interp: &Interp, m: &PyMember, obj: &Value) -> PyResult<Value> {
    check(interp, m, obj)?;
    let Some(i) = instance(obj) else {
        return Err(interp.attribute_error(obj, &m.name));
    };
    match m.kind {
        MemberKind::Slot => i.get_slot(&m.name).ok_or_else(|| {
            interp.err(
                &interp.exc.attribute_error,
                format!(
                    "'{}' object has no attribute '{}'",
                    interp.type_name(obj),
                    m.name
                ),
            )
        }),
        MemberKind::Dict => Ok(Value::Obj(
            i.materialize_dict(crate::runtime::interp::with_key),
        )),
        MemberKind::Weakref => Ok(obj
            .as_obj()
            .and_then(|o| crate::types::weakref::weakrefs_to(o).into_iter().next())
            .map_or(Value::None, Value::Obj)),
    }
}

/// `descriptor.__set__(obj, value)`, or `__delete__(obj)` when `value` is None.
pub fn set(interp: &Interp, m: &PyMember, obj: &Value, value: Option<Value>) -> PyResult<()> {
    check(interp, m, obj)?;
    let Some(i) = instance(obj) else {
        return Err(interp.attribute_error(obj, &m.name));
    };
    match (m.kind, value) {
        (MemberKind::Slot, Some(v)) => {
            drop(i.set_slot(&m.name, v));
            Ok(())
        }
        (MemberKind::Slot, None) => match i.del_slot(&m.name) {
            Some(old) => {
                drop(old);
                Ok(())
            }
            None => Err(interp.err(&interp.exc.attribute_error, &*m.name)),
        },
        (MemberKind::Dict, Some(v)) => {
            let Some(d) = v
                .as_obj()
                .filter(|d| matches!(d.payload(), Payload::Dict(_)))
            else {
                return Err(interp.type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    interp.type_name(&v)
                )));
            };
            let old = i.replace_dict(d.clone());
            drop(old);
            Ok(())
        }
        // CPython drops the dict; the next use makes an empty one.
        (MemberKind::Dict, None) => {
            let old = i.replace_dict(interp.new_dict());
            drop(old);
            Ok(())
        }
        (MemberKind::Weakref, _) => Err(interp.err(
            &interp.exc.attribute_error,
            format!(
                "attribute '__weakref__' of '{}' objects is not writable",
                m.owner_name()
            ),
        )),
    }
}

/// The attributes of a descriptor object itself.
pub fn attribute(interp: &Interp, m: &PyMember, name: &str) -> Option<Value> {
    Some(match name {
        "__name__" => interp.new_str(&*m.name),
        "__qualname__" => interp.new_str(format!("{}.{}", m.owner_name(), m.name)),
        "__objclass__" => m.owner().map_or(Value::None, Value::Obj),
        "__doc__" => Value::None,
        _ => return None,
    })
}

/// The error for assigning one of a descriptor's own attributes (all read-only).
pub fn readonly_error(interp: &Interp, m: &PyMember, name: &str) -> Option<crate::runtime::PyErr> {
    let message = match name {
        "__name__" | "__objclass__" => "readonly attribute".to_string(),
        "__qualname__" | "__doc__" => format!(
            "attribute '{name}' of '{}' objects is not writable",
            m.type_name()
        ),
        _ => return None,
    };
    Some(interp.err(&interp.exc.attribute_error, message))
}

// ---------------------------------------------------------------- methods

pub fn register(interp: &Interp) {
    for class in [
        &interp.types.member_descriptor,
        &interp.types.getset_descriptor,
    ] {
        let owner = if class.is(&interp.types.member_descriptor) {
            "member_descriptor"
        } else {
            "getset_descriptor"
        };
        method(interp, class, "__get__", owner, descr_get);
        method(interp, class, "__set__", owner, descr_set);
        method(interp, class, "__delete__", owner, descr_delete);
    }
}

fn this<'a>(interp: &Interp, args: &'a Args, name: &str) -> PyResult<&'a PyMember> {
    match args
        .pos
        .first()
        .and_then(Value::as_obj)
        .map(ObjRef::payload)
    {
        Some(Payload::Member(m)) => Ok(m),
        _ => Err(interp.type_error(format!(
            "descriptor '{name}' requires a 'member_descriptor' object"
        ))),
    }
}

fn descr_get(interp: &Interp, args: Args) -> PyResult<Value> {
    let m = this(interp, &args, "__get__")?;
    let rest = pos_args(interp, &args, "", 1, 2)?;
    match (&rest[0], rest.get(1)) {
        (Value::None, None | Some(Value::None)) => {
            Err(interp.type_error("__get__(None, None) is invalid"))
        }
        (Value::None, Some(_)) => Ok(args.pos[0].clone()),
        (obj, _) => get(interp, m, obj),
    }
}

fn descr_set(interp: &Interp, args: Args) -> PyResult<Value> {
    let m = this(interp, &args, "__set__")?;
    let rest = pos_args(interp, &args, "", 2, 2)?;
    set(interp, m, &rest[0], Some(rest[1].clone()))?;
    Ok(Value::None)
}

fn descr_delete(interp: &Interp, args: Args) -> PyResult<Value> {
    let m = this(interp, &args, "__delete__")?;
    let rest = pos_args(interp, &args, "", 1, 1)?;
    set(interp, m, &rest[0], None)?;
    Ok(Value::None)
}

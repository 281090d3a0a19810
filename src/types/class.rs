//! Classes (`type` objects) and modules. A class keeps its bases, its MRO (without itself,
//! so that a class is not its own owner), its namespace, and the shared attribute-key table
//! that lays out its instances' attribute values, as CPython 3.11 does.

use super::dict::PyDict;
use crate::object::{ObjRef, Payload, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// What native state the instances of a class carry; inherited from the base that has it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NativeKind {
    /// Plain instances: attribute values only.
    Object,
    /// Instances of BaseException and its subclasses: args, traceback, cause, context.
    Exception,
    /// Built-in types whose values are other payloads (int, str, list, ...); they cannot be
    /// subclassed yet.
    Builtin,
}

pub struct PyClass {
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    pub bases: Vec<ObjRef>,
    /// The method resolution order after the class itself (C3).
    pub mro: Vec<ObjRef>,
    pub dict: PyDict,
    /// Attribute names in the order any instance first got them: the index of a name is the
    /// index of its value in every instance (CPython 3.11's split-dict shared keys).
    pub shared_keys: RefCell<Vec<Rc<str>>>,
    pub native: NativeKind,
    /// Whether the class or a base defines `__del__`, refreshed when `__del__` is set.
    pub has_del: Cell<bool>,
    /// This class's own `__slots__` names, sorted as CPython sorts them at class creation.
    pub slots: Vec<Rc<str>>,
    /// Whether instances accept attributes outside `__slots__` (no `__slots__` somewhere in
    /// the MRO, or `__dict__` among them).
    pub has_dict: bool,
}

impl PyClass {
    /// The class and its MRO, in lookup order.
    pub fn lookup_order<'a>(&'a self, this: &'a ObjRef) -> impl Iterator<Item = &'a ObjRef> {
        std::iter::once(this).chain(self.mro.iter())
    }

    /// The index of an attribute name in the shared keys, adding it when `add`.
    pub fn key_index(&self, name: &str, add: bool) -> Option<usize> {
        let mut keys = self.shared_keys.borrow_mut();
        // Names from the same source file share one allocation, so most lookups match on
        // the pointer before comparing text.
        if let Some(i) = keys
            .iter()
            .position(|k| std::ptr::eq(k.as_ptr(), name.as_ptr()))
        {
            return Some(i);
        }
        if let Some(i) = keys.iter().position(|k| &**k == name) {
            return Some(i);
        }
        if !add {
            return None;
        }
        keys.push(name.into());
        Some(keys.len() - 1)
    }
}

/// The class payload of an object known to be a class.
pub fn as_class(obj: &ObjRef) -> &PyClass {
    match obj.payload() {
        Payload::Class(c) => c,
        _ => unreachable!("as_class on a non-class object"),
    }
}

/// Looks `name` up along a class's MRO (CPython: `_PyType_Lookup`). Returns a new reference.
pub fn class_lookup(class: &ObjRef, name: &str) -> Option<Value> {
    let c = as_class(class);
    c.lookup_order(class)
        .find_map(|k| as_class(k).dict.get_str(name))
}

pub struct PyModule {
    pub name: Rc<str>,
    pub dict: ObjRef,
}

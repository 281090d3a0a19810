//! Instances of Python classes. Attribute values sit in a table indexed by the class's shared
//! keys; a dying instance releases them in that order (not its own insertion order, which
//! `vars()` shows), then its class (CPython 3.11: Objects/typeobject.c `subtype_dealloc`).

use super::class::{as_class, NativeKind};
use super::exception::ExcState;
use crate::object::{ObjRef, Value};
use std::cell::RefCell;

pub struct PyInstance {
    pub class: ObjRef,
    /// Values by shared-key index; `None` where this instance has no such attribute.
    pub values: RefCell<Vec<Option<Value>>>,
    /// This instance's own insertion order of its attributes (shared-key indices).
    pub order: RefCell<Vec<u32>>,
    /// Exception state, for instances of BaseException subclasses.
    pub exc: Option<RefCell<ExcState>>,
}

impl PyInstance {
    pub fn new(class: ObjRef) -> PyInstance {
        let exc = (as_class(&class).native == NativeKind::Exception)
            .then(|| RefCell::new(ExcState::default()));
        PyInstance {
            class,
            values: RefCell::new(Vec::new()),
            order: RefCell::new(Vec::new()),
            exc,
        }
    }

    pub fn class_has_del(&self) -> bool {
        as_class(&self.class).has_del.get()
    }

    /// The value of an attribute stored on the instance. Returns a new reference.
    pub fn get_attr(&self, name: &str) -> Option<Value> {
        let i = as_class(&self.class).key_index(name, false)?;
        self.values.borrow().get(i).cloned().flatten()
    }

    /// Stores an attribute; returns the old value for the caller to release after the store.
    pub fn set_attr(&self, name: &str, value: Value) -> Option<Value> {
        let i = as_class(&self.class)
            .key_index(name, true)
            .expect("adding a key always gives an index");
        let mut values = self.values.borrow_mut();
        if values.len() <= i {
            values.resize(i + 1, None);
        }
        let old = values[i].replace(value);
        if old.is_none() {
            self.order.borrow_mut().push(i as u32);
        }
        old
    }

    /// Removes an attribute; returns its value for the caller to release.
    pub fn del_attr(&self, name: &str) -> Option<Value> {
        let i = as_class(&self.class).key_index(name, false)?;
        let old = self.values.borrow_mut().get_mut(i)?.take()?;
        self.order.borrow_mut().retain(|&k| k as usize != i);
        Some(old)
    }

    /// Attribute names and values in this instance's insertion order (what `vars()` shows).
    pub fn items(&self) -> Vec<(std::rc::Rc<str>, Value)> {
        let keys = as_class(&self.class).shared_keys.borrow();
        let values = self.values.borrow();
        self.order
            .borrow()
            .iter()
            .filter_map(|&i| {
                let v = values.get(i as usize)?.clone()?;
                Some((keys[i as usize].clone(), v))
            })
            .collect()
    }
}

impl PyInstance {
    /// Whether `name` may be stored on this instance (CPython: no `__dict__` when every
    /// class has `__slots__` and none lists `__dict__`).
    pub fn accepts(&self, name: &str) -> bool {
        let class = as_class(&self.class);
        class.has_dict
            || std::iter::once(&self.class)
                .chain(class.mro.iter())
                .any(|k| as_class(k).slots.iter().any(|s| &**s == name))
    }

    /// Shared-key indices of the slot values, in CPython's release order: the most derived
    /// class first, each class's slots sorted by name.
    fn slot_indices(&self) -> Vec<usize> {
        let class = as_class(&self.class);
        let keys = class.shared_keys.borrow();
        std::iter::once(&self.class)
            .chain(class.mro.iter())
            .flat_map(|k| as_class(k).slots.iter())
            .filter_map(|s| keys.iter().position(|k| k == s))
            .collect()
    }
}

impl Drop for PyInstance {
    /// CPython's `subtype_dealloc`: `__slots__` values, then the attribute values in
    /// shared-key order, then (when the struct is freed) the class.
    fn drop(&mut self) {
        if let Some(exc) = self.exc.take() {
            drop(exc);
        }
        let slot_order = self.slot_indices();
        let mut values = std::mem::take(self.values.get_mut());
        for i in slot_order {
            if let Some(v) = values.get_mut(i).and_then(Option::take) {
                drop(v);
            }
        }
        for v in values {
            drop(v);
        }
    }
}

//! `list`: a growable sequence. A dying list releases its items last to first
//! (CPython: Objects/listobject.c `list_dealloc`).

use crate::object::Value;
use std::cell::RefCell;

pub struct PyList {
    /// Never drop a `Value` while this is borrowed: a `__del__` may touch the list.
    pub items: RefCell<Vec<Value>>,
}

impl PyList {
    pub fn new(items: Vec<Value>) -> PyList {
        PyList {
            items: RefCell::new(items),
        }
    }
}

impl Drop for PyList {
    fn drop(&mut self) {
        release_backwards(self.items.get_mut());
    }
}

/// Drops items from the last to the first, as CPython's list and tuple deallocators do.
pub fn release_backwards(items: &mut Vec<Value>) {
    while let Some(item) = items.pop() {
        drop(item);
    }
}

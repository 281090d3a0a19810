//! `tuple`: an immutable sequence. A dying tuple releases its items last to first
//! (CPython: Objects/tupleobject.c `tupledealloc`).

use crate::object::Value;

pub struct PyTuple {
    pub items: Vec<Value>,
}

impl Drop for PyTuple {
    fn drop(&mut self) {
        super::list::release_backwards(&mut self.items);
    }
}

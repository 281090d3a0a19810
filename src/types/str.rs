//! `str`: immutable text with a cached hash.

use std::cell::Cell;

pub struct PyStr {
    pub text: Box<str>,
    /// CPython's str hash, computed on first use.
    pub hash: Cell<Option<i64>>,
}

impl PyStr {
    pub fn new(text: impl Into<Box<str>>) -> PyStr {
        PyStr {
            text: text.into(),
            hash: Cell::new(None),
        }
    }
}

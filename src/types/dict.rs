//! `dict`: insertion-ordered (indexmap) with Python hashing and equality. A dying dict
//! releases its entries first to last, each key before its value (CPython: Objects/
//! dictobject.c `dict_dealloc`).

use crate::object::Value;
use indexmap::{Equivalent, IndexMap};
use std::cell::RefCell;
use std::hash::{Hash, Hasher};

/// A key with its Python hash, computed once when the entry is made.
pub struct DictKey {
    pub hash: i64,
    pub key: Value,
}

impl Hash for DictKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl PartialEq for DictKey {
    fn eq(&self, other: &DictKey) -> bool {
        self.hash == other.hash && crate::runtime::ops::keys_equal(&self.key, &other.key)
    }
}

impl Eq for DictKey {}

/// Looks a `str` key up without allocating a str object.
pub struct StrKey<'a> {
    pub hash: i64,
    pub text: &'a str,
}

impl Hash for StrKey<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl Equivalent<DictKey> for StrKey<'_> {
    fn equivalent(&self, key: &DictKey) -> bool {
        key.hash == self.hash && crate::runtime::ops::str_of(&key.key) == Some(self.text)
    }
}

pub type Map = IndexMap<DictKey, Value, rustc_hash::FxBuildHasher>;

pub struct PyDict {
    /// Never drop a `Value` while this is borrowed: a `__del__` may touch the dict.
    pub map: RefCell<Map>,
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict {
            map: RefCell::new(Map::default()),
        }
    }

    /// The value for a str key (no user code runs: str keys compare by text).
    pub fn get_str(&self, text: &str) -> Option<Value> {
        let key = StrKey {
            hash: crate::runtime::ops::str_hash(text),
            text,
        };
        self.map.borrow().get(&key).cloned()
    }

    /// Stores under a str key; returns the old value for the caller to release after the
    /// store, as CPython does.
    pub fn set_str(&self, key: crate::object::ObjRef, value: Value) -> Option<Value> {
        let text = crate::runtime::ops::str_of_obj(&key).unwrap_or("");
        let hash = crate::runtime::ops::str_hash(text);
        let mut map = self.map.borrow_mut();
        if let Some(slot) = map.get_mut(&StrKey { hash, text }) {
            return Some(std::mem::replace(slot, value));
        }
        map.insert(
            DictKey {
                hash,
                key: Value::Obj(key),
            },
            value,
        );
        None
    }

    /// Removes a str key; returns the entry for the caller to release (key, then value).
    pub fn remove_str(&self, text: &str) -> Option<(DictKey, Value)> {
        let hash = crate::runtime::ops::str_hash(text);
        self.map
            .borrow_mut()
            .shift_remove_entry(&StrKey { hash, text })
    }
}

impl Default for PyDict {
    fn default() -> Self {
        PyDict::new()
    }
}

impl Drop for PyDict {
    fn drop(&mut self) {
        release_entries(std::mem::take(self.map.get_mut()));
    }
}

/// Releases entries first to last, key before value.
pub fn release_entries(map: Map) {
    for (key, value) in map {
        drop(key);
        drop(value);
    }
}

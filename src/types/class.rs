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
    /// Whether instances can be weakly referenced (no `__slots__` somewhere in the MRO, or
    /// `__weakref__` among them); never for the built-in classes themselves.
    pub has_weakref: bool,
    /// Where `class_lookup` found names (see there); it holds no values, so it keeps
    /// nothing alive.
    pub lookup_cache: RefCell<LookupCache>,
    /// Subclasses and hook flags (`class_ext.rs`).
    pub ext: super::class_ext::ClassExt,
    /// For `Interp::instantiate_direct`: at a class version, the address of the plain
    /// `__init__` function a call of the class runs directly, or 0 when calls take the
    /// general path. While the version is unchanged a class namespace holds the function,
    /// so the address stays valid; the cache holds no reference.
    pub direct_init: Cell<(u64, usize)>,
}

/// Name (by the address of its text) → (class version, the name, where it was found:
/// position in the lookup order and entry index in that class's dict).
pub type LookupCache = rustc_hash::FxHashMap<usize, (u64, Box<str>, Option<(usize, usize)>)>;

thread_local! {
    /// Bumped whenever any class namespace changes, which invalidates every cached lookup.
    static CLASS_VERSION: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

/// Invalidates cached class lookups; call after changing any class's namespace.
pub fn class_changed() {
    CLASS_VERSION.with(|v| v.set(v.get() + 1));
}

/// The current class version: equal versions mean no class namespace changed and no
/// class died in between.
#[inline]
pub fn class_version() -> u64 {
    CLASS_VERSION.with(std::cell::Cell::get)
}

impl Drop for PyClass {
    /// A dead class's address may be reused by a new class: caches that remember classes
    /// by address must not mistake one for the other.
    fn drop(&mut self) {
        class_changed();
        super::member::orphan(&self.ext.descriptors.borrow());
    }
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
    let version = CLASS_VERSION.with(std::cell::Cell::get);
    let key = name.as_ptr() as usize;
    if let Some((v, cached_name, found)) = c.lookup_cache.borrow().get(&key) {
        if *v == version && &**cached_name == name {
            return found.and_then(|(pos, index)| entry_at(class, pos, index));
        }
    }
    let entry = find_in_mro(class, name);
    let found = entry.as_ref().map(|(pos, index, _)| (*pos, *index));
    let mut cache = c.lookup_cache.borrow_mut();
    // Names made at run time have fresh addresses: keep the cache from growing without
    // bound on them.
    if cache.len() < 512 {
        cache.insert(key, (version, name.into(), found));
    }
    entry.map(|(_, _, v)| v)
}

/// Where `name` is along a class's MRO, uncached: the position in the lookup order, the
/// entry index in that class's dict, and the value (a new reference).
pub fn find_in_mro(class: &ObjRef, name: &str) -> Option<(usize, usize, Value)> {
    let probe = super::dict::StrKey {
        hash: crate::runtime::ops::str_hash(name),
        text: name,
    };
    for (pos, k) in as_class(class).lookup_order(class).enumerate() {
        let map = as_class(k).dict.map.borrow();
        if let Some((index, _, v)) = map.get_full(&probe) {
            return Some((pos, index, v.clone()));
        }
    }
    None
}

/// The value at a place `find_in_mro` reported, while the class version is unchanged.
/// Returns a new reference.
pub fn entry_at(class: &ObjRef, pos: usize, index: usize) -> Option<Value> {
    // Position 0 is the class itself, then its MRO (`lookup_order`).
    let owner = match pos {
        0 => class,
        _ => as_class(class).mro.get(pos - 1)?,
    };
    let map = as_class(owner).dict.map.borrow();
    map.get_index(index).map(|(_, v)| v.clone())
}

pub struct PyModule {
    pub name: Rc<str>,
    pub dict: ObjRef,
}

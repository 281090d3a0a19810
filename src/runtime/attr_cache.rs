//! Inline caches for attribute access on instances (CPython 3.11 specializes the same
//! instructions: LOAD_ATTR_INSTANCE_VALUE, LOAD_METHOD_WITH_VALUES, STORE_ATTR_INSTANCE_VALUE).
//!
//! Each `obj.name` site in the tree carries an `AttrSite`. After an ordinary lookup on an
//! instance, the site records what it found for the instance's class: the name's index in
//! the class's shared keys and, for a method, where in the MRO it lives. The next access
//! with an instance of the same class, while no class namespace has changed (the global
//! class version), goes straight to the value. Anything unusual — a data descriptor, a
//! custom `__getattribute__` or `__setattr__`, an exception instance, an instance whose
//! attributes left shared-key storage — is simply not cached, and the
//! ordinary path runs. The cache holds addresses and indices only, never references, so it
//! cannot change when anything dies; a class's death bumps the class version, so a new
//! class at a reused address cannot match.

use super::interp::Interp;
use super::PyResult;
use crate::object::{ObjRef, Payload, Value};
use crate::syntax::ast::AttrSite;
use crate::types::class::{as_class, class_lookup, class_version, entry_at, find_in_mro};
use crate::types::instance::PyInstance;

/// `obj.name` may be read from the instance's values.
pub const LOAD: u8 = 1;
/// `obj.name = v` may be stored into the instance's values.
pub const STORE: u8 = 2;
/// `obj.name(...)` calls a plain function found on the class.
pub const METHOD: u8 = 4;

const NO_KEY: u32 = u32::MAX;
/// Refills allowed before a site that keeps seeing new classes stops caching.
const MAX_REFILLS: u8 = 32;

impl AttrSite {
    #[inline]
    fn valid_for(&self, class: &ObjRef, kind: u8) -> bool {
        self.class.get() == class.addr()
            && self.kinds.get() & kind != 0
            && self.version.get() == class_version()
    }
}

impl Interp {
    /// `obj.name`, through the site's cache when `obj` is an instance it knows.
    #[inline]
    pub fn load_attr_cached(&self, site: &AttrSite, obj: &Value, name: &str) -> PyResult<Value> {
        if let Some(i) = instance_of(obj) {
            if site.valid_for(&i.class, LOAD) {
                if let Some(v) = i.value_at(site.key.get() as usize) {
                    return Ok(v);
                }
            }
        }
        self.load_attr_and_refill(site, obj, name)
    }

    #[inline(never)]
    fn load_attr_and_refill(&self, site: &AttrSite, obj: &Value, name: &str) -> PyResult<Value> {
        let r = self.getattr(obj, name);
        self.refill(site, obj, name);
        r
    }

    /// `obj.name = v`, through the site's cache.
    #[inline]
    pub fn store_attr_cached(
        &self,
        site: &AttrSite,
        obj: &Value,
        name: &str,
        v: Value,
    ) -> PyResult<()> {
        let v = match instance_of(obj) {
            Some(i) if site.valid_for(&i.class, STORE) && site.key.get() != NO_KEY => {
                match i.store_at(site.key.get() as usize, v) {
                    Ok(old) => {
                        drop(old);
                        return Ok(());
                    }
                    Err(v) => v,
                }
            }
            _ => v,
        };
        self.store_attr_and_refill(site, obj, name, v)
    }

    #[inline(never)]
    fn store_attr_and_refill(
        &self,
        site: &AttrSite,
        obj: &Value,
        name: &str,
        v: Value,
    ) -> PyResult<()> {
        let r = self.setattr(obj, name, v);
        self.refill(site, obj, name);
        r
    }

    /// The plain function `obj.name(...)` would call with `obj` as its first argument,
    /// when the site knows the instance's class and the instance does not shadow it.
    #[inline]
    pub fn cached_method(&self, site: &AttrSite, obj: &Value) -> Option<Value> {
        let i = instance_of(obj)?;
        if !site.valid_for(&i.class, METHOD) {
            return None;
        }
        let class = as_class(&i.class);
        match site.key.get() {
            NO_KEY if class.shared_keys.borrow().len() != site.keys_len.get() as usize => {
                return None
            }
            NO_KEY => {}
            key if !i.lacks_value_at(key as usize) => return None,
            _ => {}
        }
        entry_at(
            &i.class,
            site.mro_pos.get() as usize,
            site.dict_index.get() as usize,
        )
    }

    /// After an ordinary lookup at `site`: records what a later access with an instance of
    /// the same class may skip.
    pub fn refill(&self, site: &AttrSite, obj: &Value, name: &str) {
        let Some(i) = instance_of(obj) else {
            return;
        };
        let same = site.class.get() == i.class.addr() && site.version.get() == class_version();
        if same && site.key.get() != NO_KEY {
            return;
        }
        if site.refills.get() >= MAX_REFILLS {
            return;
        }
        site.refills.set(site.refills.get() + 1);
        site.class.set(0);
        let class_obj = &i.class;
        let class = as_class(class_obj);
        if i.exc.is_some()
            || matches!(name, "__class__" | "__dict__" | "__weakref__")
            || !i.has_shared_values()
            || !self.is_plain_slot(class_lookup(class_obj, "__getattribute__"))
        {
            return;
        }
        let mut kinds = 0;
        let found = find_in_mro(class_obj, name);
        // `__slots__` values sit in the same shared-key table as other attributes; a class
        // without `__dict__` only refuses to store names outside its slots, which depends
        // on the class alone.
        let plain_setattr =
            self.is_plain_slot(class_lookup(class_obj, "__setattr__")) && i.accepts(name);
        match &found {
            None => kinds |= LOAD | if plain_setattr { STORE } else { 0 },
            Some((_, _, v)) => {
                if is_function(v) {
                    kinds |= METHOD;
                }
                if !is_descriptor(v) {
                    kinds |= LOAD | if plain_setattr { STORE } else { 0 };
                }
            }
        }
        if kinds == 0 {
            return;
        }
        let key = class.key_index(name, false).map_or(NO_KEY, |k| k as u32);
        if key == NO_KEY {
            // Nothing to read from or store into before the class learns the name.
            kinds &= METHOD;
            if kinds == 0 {
                return;
            }
        }
        let (pos, index) = found.map_or((0, 0), |(p, x, _)| (p as u32, x as u32));
        site.key.set(key);
        site.keys_len.set(class.shared_keys.borrow().len() as u32);
        site.mro_pos.set(pos);
        site.dict_index.set(index);
        site.kinds.set(kinds);
        site.version.set(class_version());
        site.class.set(class_obj.addr());
    }

    /// Whether a `__getattribute__`/`__setattr__` found on a class is object's own (or
    /// missing), so that attribute access follows the generic rules.
    fn is_plain_slot(&self, slot: Option<Value>) -> bool {
        match slot {
            None => true,
            Some(v) => matches!(
                v.as_obj().map(ObjRef::payload),
                Some(Payload::Builtin(b)) if b.owner == Some("object")
            ),
        }
    }
}

fn instance_of(obj: &Value) -> Option<&PyInstance> {
    match obj {
        Value::Obj(o) => match o.payload() {
            Payload::Instance(i) => Some(i),
            _ => None,
        },
        _ => None,
    }
}

fn is_function(v: &Value) -> bool {
    matches!(v.as_obj().map(ObjRef::payload), Some(Payload::Function(_)))
}

/// Whether a class attribute could take part in instance attribute access: anything
/// whose type has `__get__`, `__set__` or `__delete__` (functions are non-data
/// descriptors: an instance value shadows them, so they do not count).
fn is_descriptor(v: &Value) -> bool {
    match v {
        Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) => false,
        Value::Obj(o) => match o.payload() {
            Payload::Function(_) | Payload::Str(_) | Payload::Tuple(_) => false,
            // A `__slots__` member reads and writes the same shared-key entry the cache
            // uses, with the same outcome; only `__dict__` and `__weakref__` differ.
            Payload::Member(m) => m.kind != crate::types::member::MemberKind::Slot,
            Payload::Instance(d) => ["__get__", "__set__", "__delete__"]
                .iter()
                .any(|n| class_lookup(&d.class, n).is_some()),
            _ => true,
        },
    }
}

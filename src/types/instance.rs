//! Instances of Python classes. Attribute values sit in a table indexed by the class's shared
//! keys; a dying instance releases them in that order (not its own insertion order, which
//! `vars()` shows), then its class (CPython 3.11: Objects/typeobject.c `subtype_dealloc`).
//! An instance that needs a name the full shared table cannot take (30 names, CPython's
//! SHARED_KEYS_MAX_SIZE) switches to an ordinary insertion-ordered table.

use super::class::{as_class, NativeKind};
use super::exception::ExcState;
use crate::object::{ObjRef, Value};
use std::cell::{RefCell, UnsafeCell};
use std::rc::Rc;

/// CPython's SHARED_KEYS_MAX_SIZE.
const SHARED_KEYS_MAX: usize = 30;

pub enum Attrs {
    /// Values by shared-key index, and this instance's own insertion order of them when it
    /// differs from index order (`None`, the usual case, costs no allocation).
    Shared {
        values: Vec<Option<Value>>,
        // Boxed: one pointer in every instance instead of a three-word Vec.
        #[allow(clippy::box_collection)]
        order: Option<Box<Vec<u32>>>,
    },
    /// An ordinary dict: names and values in insertion order.
    Dict(Vec<(Rc<str>, Value)>),
    /// The instance's `__dict__` was asked for: a real dict object, shared with the
    /// program, now holds the attributes (CPython materializes it the same way). `split`:
    /// it came from shared-key storage, so it still releases in shared-key order.
    /// `__slots__` values are not dict entries: they stay in `extra`.
    Materialized {
        dict: ObjRef,
        split: bool,
        extra: Option<Box<MaterializedExtra>>,
    },
}

/// The rare parts of a materialized instance, kept out of line so that every instance
/// stays small.
#[derive(Default)]
pub struct MaterializedExtra {
    /// `__slots__` values by name.
    pub slots: Vec<(Rc<str>, Value)>,
    /// The shared keys of the class the dict was made for, once the instance's class
    /// changed (`__class__` assignment): a split dict keeps its keys, and so its release
    /// order.
    pub keys: Option<Vec<Rc<str>>>,
}

/// An instance's class. Only `__class__` assignment changes it (`swap_class`); everything
/// else reads it as an `&ObjRef`. Code that runs Python code while it uses the class holds
/// a clone, so an assignment meanwhile cannot free the class under it.
pub struct ClassRef(UnsafeCell<ObjRef>);

impl std::ops::Deref for ClassRef {
    type Target = ObjRef;
    #[inline]
    fn deref(&self) -> &ObjRef {
        // SAFETY: `swap_class` is the only writer; it replaces the reference while no
        // borrow from `deref` is used across it (see above).
        unsafe { &*self.0.get() }
    }
}

/// The dict payload of a materialized `__dict__`.
fn dict_of(d: &ObjRef) -> Option<&crate::types::dict::PyDict> {
    match d.payload() {
        crate::object::Payload::Dict(d) => Some(d),
        _ => None,
    }
}

pub struct PyInstance {
    pub class: ClassRef,
    pub attrs: RefCell<Attrs>,
    /// Exception state, for instances of BaseException subclasses.
    pub exc: Option<Box<RefCell<ExcState>>>,
    /// The value of the built-in type an instance of a subclass of int, str, list, ...
    /// carries (`runtime/native_base.rs`); released after the attributes.
    pub base: Option<Box<Value>>,
}

impl PyInstance {
    pub fn new(class: ObjRef) -> PyInstance {
        let exc = (as_class(&class).native == NativeKind::Exception)
            .then(|| Box::new(RefCell::new(ExcState::default())));
        PyInstance {
            class: ClassRef(UnsafeCell::new(class)),
            attrs: RefCell::new(Attrs::Shared {
                values: Vec::new(),
                order: None,
            }),
            exc,
            base: None,
        }
    }

    pub fn class_has_del(&self) -> bool {
        as_class(&self.class).has_del.get()
    }

    /// The value of an attribute stored on the instance. Returns a new reference.
    pub fn get_attr(&self, name: &str) -> Option<Value> {
        match &*self.attrs.borrow() {
            Attrs::Shared { values, .. } => {
                let i = as_class(&self.class).key_index(name, false)?;
                values.get(i).cloned().flatten()
            }
            Attrs::Dict(items) => items
                .iter()
                .find(|(k, _)| &**k == name)
                .map(|(_, v)| v.clone()),
            Attrs::Materialized { dict, extra, .. } => match slot_entry(extra, name) {
                Some(i) => extra.as_ref().map(|e| e.slots[i].1.clone()),
                None => dict_of(dict)?.get_str(name),
            },
        }
    }

    /// The value of the `__slots__` entry `name` (for its member descriptor, which wins
    /// over a `__dict__` entry of the same name). Returns a new reference.
    pub fn get_slot(&self, name: &str) -> Option<Value> {
        match &*self.attrs.borrow() {
            Attrs::Materialized { extra, .. } => {
                let i = slot_entry(extra, name)?;
                extra.as_ref().map(|e| e.slots[i].1.clone())
            }
            _ => self.get_attr(name),
        }
    }

    /// Stores the `__slots__` entry `name`; returns the old value for the caller to
    /// release.
    pub fn set_slot(&self, name: &str, value: Value) -> Option<Value> {
        if let Attrs::Materialized { extra, .. } = &mut *self.attrs.borrow_mut() {
            if let Some(i) = slot_entry(extra, name) {
                let e = extra.as_mut().expect("slot entry");
                return Some(std::mem::replace(&mut e.slots[i].1, value));
            }
            extra
                .get_or_insert_with(Default::default)
                .slots
                .push((name.into(), value));
            return None;
        }
        // Stored by name: a later materialization moves it beside the dict.
        let class = as_class(&self.class);
        if self.base.is_some() && class.has_dict && self.has_shared_values() {
            // `set_attr` would move the attributes into a dict first; slots stay out of it.
            drop(self.materialize_dict(crate::runtime::interp::with_key));
            return self.set_slot(name, value);
        }
        self.set_attr(name, value)
    }

    /// Removes the `__slots__` entry `name`; returns its value for the caller to release.
    pub fn del_slot(&self, name: &str) -> Option<Value> {
        if let Attrs::Materialized { extra, .. } = &mut *self.attrs.borrow_mut() {
            let i = slot_entry(extra, name)?;
            return Some(extra.as_mut()?.slots.remove(i).1);
        }
        self.del_attr(name)
    }

    /// Whether `name` is a `__slots__` name of the class or a base.
    pub fn is_slot(&self, name: &str) -> bool {
        let class = as_class(&self.class);
        std::iter::once(&*self.class)
            .chain(class.mro.iter())
            .any(|k| as_class(k).slots.iter().any(|s| &**s == name))
    }

    /// The value at shared-key index `index`, when the attributes are in shared-key storage.
    #[inline]
    pub fn value_at(&self, index: usize) -> Option<Value> {
        match &*self.attrs.borrow() {
            Attrs::Shared { values, .. } => values.get(index).cloned().flatten(),
            _ => None,
        }
    }

    /// Whether shared-key storage has nothing at `index` (false for any other storage).
    #[inline]
    pub fn lacks_value_at(&self, index: usize) -> bool {
        match &*self.attrs.borrow() {
            Attrs::Shared { values, .. } => values.get(index).is_none_or(Option::is_none),
            _ => false,
        }
    }

    pub fn has_shared_values(&self) -> bool {
        matches!(&*self.attrs.borrow(), Attrs::Shared { .. })
    }

    /// Replaces the value at shared-key index `index` when there is one. Returns the old
    /// value (None for a new attribute) for the caller to release, or gives `value` back
    /// when the store needs the general path (an attribute added out of index order, or
    /// storage other than shared keys).
    #[inline]
    pub fn store_at(&self, index: usize, value: Value) -> Result<Value, Value> {
        match &mut *self.attrs.borrow_mut() {
            Attrs::Shared { values, order } => match values.get_mut(index) {
                Some(Some(slot)) => Ok(std::mem::replace(slot, value)),
                // A new attribute past the last one: the insertion order stays the
                // index order (as in `set_attr`).
                None if order.is_none() && self.base.is_none() => {
                    let keys = as_class(&self.class).shared_keys.borrow().len();
                    values.reserve_exact(keys.max(index + 1) - values.len());
                    values.resize(index + 1, None);
                    values[index] = Some(value);
                    Ok(Value::None)
                }
                _ => Err(value),
            },
            _ => Err(value),
        }
    }

    /// The instance's `__dict__` as a real dict, made on first request from the stored
    /// attributes (in this instance's insertion order). Returns a new reference.
    pub fn materialize_dict(&self, make_key: impl Fn(&str) -> ObjRef) -> ObjRef {
        let split = match &*self.attrs.borrow() {
            Attrs::Materialized { dict, .. } => return dict.clone(),
            Attrs::Shared { .. } => true,
            Attrs::Dict(_) => false,
        };
        let items = self.items();
        let dict = crate::types::dict::PyDict::new();
        let mut slots = Vec::new();
        for (k, v) in items {
            // `__slots__` values are not part of `__dict__`.
            if self.is_slot(&k) {
                slots.push((k, v));
            } else {
                drop(dict.set_str(make_key(&k), v));
            }
        }
        let d = ObjRef::new(crate::object::Payload::Dict(dict));
        let old = std::mem::replace(
            &mut *self.attrs.borrow_mut(),
            Attrs::Materialized {
                dict: d.clone(),
                split,
                extra: extra_with_slots(slots),
            },
        );
        drop(old);
        d
    }

    /// `obj.__dict__ = d`: the instance's attributes are now `d` (its `__slots__` values
    /// stay). Returns the old storage for the caller to release.
    pub fn replace_dict(&self, d: ObjRef) -> Attrs {
        let slots: Vec<(Rc<str>, Value)> = self
            .items()
            .into_iter()
            .filter(|(k, _)| self.is_slot(k))
            .collect();
        for (k, _) in &slots {
            drop(self.del_attr(k));
        }
        std::mem::replace(
            &mut *self.attrs.borrow_mut(),
            Attrs::Materialized {
                dict: d,
                split: false,
                extra: extra_with_slots(slots),
            },
        )
    }

    /// `obj.__class__ = class` after the layout check (`runtime/class_assign.rs`): the
    /// attribute table follows the new class, and the old class is returned for the
    /// caller to release. With a `__dict__`, the attributes move into a real dict first,
    /// as CPython 3.11 materializes the dict before it changes the class (the dict keeps
    /// the old class's keys, and so their release order). Without one (only `__slots__`),
    /// the values are laid out again by the new class's shared keys, in insertion order.
    pub fn swap_class(&self, new: ObjRef) -> ObjRef {
        let old_class = self.class.clone();
        let old = as_class(&old_class);
        if old.has_dict {
            drop(self.materialize_dict(crate::runtime::interp::with_key));
            if let Attrs::Materialized {
                split: true, extra, ..
            } = &mut *self.attrs.borrow_mut()
            {
                let extra = extra.get_or_insert_with(Default::default);
                if extra.keys.is_none() {
                    extra.keys = Some(old.shared_keys.borrow().clone());
                }
            }
        }
        let relaid = match &mut *self.attrs.borrow_mut() {
            Attrs::Shared { values, order } => {
                let keys = old.shared_keys.borrow();
                let items: Vec<(Rc<str>, Value)> = insertion_order(values, order)
                    .into_iter()
                    .filter_map(|i| {
                        let v = values.get_mut(i as usize)?.take()?;
                        Some((keys[i as usize].clone(), v))
                    })
                    .collect();
                *order = None;
                values.clear();
                Some(items)
            }
            _ => None,
        };
        // SAFETY: the only writer; the caller holds `old_class` and no borrow of the
        // field is live here.
        let previous = unsafe { std::mem::replace(&mut *self.class.0.get(), new) };
        drop(previous);
        for (k, v) in relaid.into_iter().flatten() {
            drop(self.set_attr(&k, v));
        }
        old_class
    }

    /// Stores an attribute; returns the old value for the caller to release after the store.
    pub fn set_attr(&self, name: &str, value: Value) -> Option<Value> {
        let class = as_class(&self.class);
        if self.base.is_some() && class.has_dict && self.has_shared_values() {
            // An instance of a built-in type's subclass keeps its attributes in a real
            // dict made at the first store (CPython allocates such instances with the
            // built-in type's allocator, which has no inline values): the collector
            // counts and visits that dict as an object of its own. Without a `__dict__`
            // (only `__slots__`), the values stay in the shared-key table.
            let old = self.materialize_dict(crate::runtime::interp::with_key);
            drop(old);
        }
        let materialized = match &mut *self.attrs.borrow_mut() {
            Attrs::Materialized { dict, extra, .. } => {
                if let Some(i) = slot_entry(extra, name) {
                    let e = extra.as_mut().expect("slot entry");
                    return Some(std::mem::replace(&mut e.slots[i].1, value));
                }
                Some(dict.clone())
            }
            _ => None,
        };
        if let Some(d) = materialized {
            let dict = dict_of(&d)?;
            let key: ObjRef = crate::runtime::interp::with_key(name);
            crate::object::gc::dict_store(&d, &Value::None, &value);
            return dict.set_str(key, value);
        }
        let mut attrs = self.attrs.borrow_mut();
        if let Attrs::Shared { values, order } = &mut *attrs {
            let full = class.shared_keys.borrow().len() >= SHARED_KEYS_MAX;
            match class.key_index(name, !full) {
                Some(i) => {
                    let appends_in_index_order = i >= values.len();
                    if values.len() <= i {
                        // Room for every key the class has seen, as CPython sizes an
                        // instance's values array by its shared keys, and no more.
                        let keys = class.shared_keys.borrow().len().max(i + 1);
                        values.reserve_exact(keys - values.len());
                        values.resize(i + 1, None);
                    }
                    let old = values[i].replace(value);
                    if old.is_none() {
                        match order {
                            Some(order) => order.push(i as u32),
                            None if appends_in_index_order => {}
                            None => {
                                let mut explicit: Vec<u32> =
                                    present_indices(values).filter(|&k| k != i as u32).collect();
                                explicit.push(i as u32);
                                *order = Some(Box::new(explicit));
                            }
                        }
                    }
                    return old;
                }
                None => {
                    // The name does not fit: move to an ordinary dict, keeping this
                    // instance's insertion order.
                    let keys = class.shared_keys.borrow();
                    let items = insertion_order(values, order)
                        .into_iter()
                        .filter_map(|i| {
                            let v = values.get_mut(i as usize)?.take()?;
                            Some((keys[i as usize].clone(), v))
                        })
                        .collect();
                    *attrs = Attrs::Dict(items);
                }
            }
        }
        let Attrs::Dict(items) = &mut *attrs else {
            return None;
        };
        match items.iter_mut().find(|(k, _)| &**k == name) {
            Some((_, slot)) => Some(std::mem::replace(slot, value)),
            None => {
                items.push((name.into(), value));
                None
            }
        }
    }

    /// Removes an attribute; returns its value for the caller to release.
    pub fn del_attr(&self, name: &str) -> Option<Value> {
        match &mut *self.attrs.borrow_mut() {
            Attrs::Shared { values, order } => {
                let i = as_class(&self.class).key_index(name, false)?;
                let old = values.get_mut(i)?.take()?;
                if let Some(order) = order {
                    order.retain(|&k| k as usize != i);
                }
                Some(old)
            }
            Attrs::Dict(items) => {
                let pos = items.iter().position(|(k, _)| &**k == name)?;
                Some(items.remove(pos).1)
            }
            Attrs::Materialized { dict, extra, .. } => {
                if let Some(i) = slot_entry(extra, name) {
                    let e = extra.as_mut().expect("slot entry");
                    return Some(e.slots.remove(i).1);
                }
                let (key, value) = dict_of(dict)?.remove_str(name)?;
                drop(key);
                Some(value)
            }
        }
    }

    /// Attribute names and values in this instance's insertion order (what `vars()` shows).
    pub fn items(&self) -> Vec<(Rc<str>, Value)> {
        match &*self.attrs.borrow() {
            Attrs::Shared { values, order } => {
                let keys = as_class(&self.class).shared_keys.borrow();
                insertion_order(values, order)
                    .into_iter()
                    .filter_map(|i| {
                        let v = values.get(i as usize)?.clone()?;
                        Some((keys[i as usize].clone(), v))
                    })
                    .collect()
            }
            Attrs::Dict(items) => items.clone(),
            Attrs::Materialized { dict, extra, .. } => {
                let mut items: Vec<(Rc<str>, Value)> =
                    extra.as_ref().map(|e| e.slots.clone()).unwrap_or_default();
                if let Some(d) = dict_of(dict) {
                    items.extend(
                        d.entries().into_iter().filter_map(|(k, v)| {
                            Some((crate::runtime::ops::str_of(&k)?.into(), v))
                        }),
                    );
                }
                items
            }
        }
    }

    /// Whether `name` may be stored on this instance (CPython: no `__dict__` when every
    /// class has `__slots__` and none lists `__dict__`).
    pub fn accepts(&self, name: &str) -> bool {
        let class = as_class(&self.class);
        class.has_dict
            || std::iter::once(&*self.class)
                .chain(class.mro.iter())
                .any(|k| as_class(k).slots.iter().any(|s| &**s == name))
    }

    /// Names of the `__slots__` values, in CPython's release order: the most derived class
    /// first, each class's slots sorted by name.
    fn slot_names(&self) -> Vec<Rc<str>> {
        let class = as_class(&self.class);
        std::iter::once(&*self.class)
            .chain(class.mro.iter())
            .flat_map(|k| as_class(k).slots.iter().cloned())
            .collect()
    }
}

impl Drop for PyInstance {
    /// CPython's `subtype_dealloc`: `__slots__` values, then the attribute values (in
    /// shared-key order, or insertion order for an ordinary dict), then what the built-in
    /// base releases (exception state, a native value), then (when the struct is freed)
    /// the class.
    fn drop(&mut self) {
        for name in self.slot_names() {
            if let Some(v) = self.del_attr(&name) {
                drop(v);
            }
        }
        let attrs = std::mem::replace(self.attrs.get_mut(), Attrs::Dict(Vec::new()));
        match attrs {
            Attrs::Shared { values, .. } => {
                for v in values {
                    drop(v);
                }
            }
            Attrs::Dict(items) => {
                for (k, v) in items {
                    drop(k);
                    drop(v);
                }
            }
            Attrs::Materialized {
                dict: d,
                split,
                extra,
            } => {
                // A materialized dict is still a split dict in CPython: when the instance
                // owned it alone, its values go in shared-key order, not insertion order.
                if split && d.refcount() == 1 {
                    if let Some(dict) = dict_of(&d) {
                        let entries = std::mem::take(&mut *dict.map.borrow_mut());
                        let keys = match extra.and_then(|e| e.keys) {
                            Some(keys) => keys,
                            None => as_class(&self.class).shared_keys.borrow().clone(),
                        };
                        let mut entries: Vec<_> = entries.into_iter().collect();
                        let rank = |k: &crate::types::dict::DictKey| {
                            crate::runtime::ops::str_of(&k.key)
                                .and_then(|s| keys.iter().position(|n| &**n == s))
                                .unwrap_or(usize::MAX)
                        };
                        entries.sort_by_key(|(k, _)| rank(k));
                        for (k, v) in entries {
                            drop(k);
                            drop(v);
                        }
                    }
                }
                drop(d);
            }
        }
        // CPython's subtype_dealloc calls the built-in type's dealloc after the dict
        // (BaseException_dealloc releases args, traceback, cause and context there too).
        drop(self.exc.take());
        drop(self.base.take());
    }
}

/// Where `name` is among the `__slots__` values kept beside a materialized dict.
fn slot_entry(extra: &Option<Box<MaterializedExtra>>, name: &str) -> Option<usize> {
    extra.as_ref()?.slots.iter().position(|(k, _)| &**k == name)
}

fn extra_with_slots(slots: Vec<(Rc<str>, Value)>) -> Option<Box<MaterializedExtra>> {
    (!slots.is_empty()).then(|| Box::new(MaterializedExtra { slots, keys: None }))
}

/// Indices of the values present, in index order.
fn present_indices(values: &[Option<Value>]) -> impl Iterator<Item = u32> + '_ {
    values
        .iter()
        .enumerate()
        .filter(|(_, v)| v.is_some())
        .map(|(i, _)| i as u32)
}

/// This instance's insertion order of its values.
#[allow(clippy::box_collection)]
fn insertion_order(values: &[Option<Value>], order: &Option<Box<Vec<u32>>>) -> Vec<u32> {
    match order {
        Some(order) => order.to_vec(),
        None => present_indices(values).collect(),
    }
}

//! `dict`: insertion-ordered (indexmap) with Python hashing and equality. A dying dict
//! releases its entries first to last, each key before its value (CPython: Objects/
//! dictobject.c `dict_dealloc`).

use crate::object::Value;
use indexmap::Equivalent;
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
    #[inline]
    fn eq(&self, other: &DictKey) -> bool {
        if self.hash != other.hash {
            return false;
        }
        // Ints and strs, the usual keys, compare without going through the interpreter.
        match (&self.key, &other.key) {
            (Value::Int(x), Value::Int(y)) => return x == y,
            (Value::Obj(x), Value::Obj(y)) => {
                if x.is(y) {
                    return true;
                }
                if let (Some(a), Some(b)) = (
                    crate::runtime::ops::str_of_obj(x),
                    crate::runtime::ops::str_of_obj(y),
                ) {
                    return a == b;
                }
            }
            _ => {}
        }
        crate::runtime::ops::keys_equal(&self.key, &other.key)
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

impl crate::types::ordered_map::PyHashed for DictKey {
    fn py_hash(&self) -> i64 {
        self.hash
    }
}

impl crate::types::ordered_map::PyHashed for StrKey<'_> {
    fn py_hash(&self) -> i64 {
        self.hash
    }
}

impl Equivalent<DictKey> for StrKey<'_> {
    fn equivalent(&self, key: &DictKey) -> bool {
        key.hash == self.hash && crate::runtime::ops::exact_str_of(&key.key) == Some(self.text)
    }
}

pub type Map = crate::types::ordered_map::OrderedMap<DictKey, Value>;

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

    /// A snapshot of the entries, for code that may run Python while walking them.
    pub fn entries(&self) -> Vec<(Value, Value)> {
        self.map
            .borrow()
            .iter()
            .map(|(k, v)| (k.key.clone(), v.clone()))
            .collect()
    }

    /// The value for a str key (no user code runs: str keys compare by text).
    pub fn get_str(&self, text: &str) -> Option<Value> {
        let key = StrKey {
            hash: crate::runtime::ops::str_hash(text),
            text,
        };
        self.map.borrow().get(&key).cloned()
    }

    /// Replaces the value of an existing str key and returns the old one for the caller to
    /// release; gives `value` back when the key is absent.
    pub fn replace_str(&self, text: &str, value: Value) -> Result<Value, Value> {
        let key = StrKey {
            hash: crate::runtime::ops::str_hash(text),
            text,
        };
        match self.map.borrow_mut().get_mut(&key) {
            Some(slot) => Ok(std::mem::replace(slot, value)),
            None => Err(value),
        }
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
        self.map.borrow_mut().remove_entry(&StrKey { hash, text })
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

// ---------------------------------------------------------------- views

/// `dict.keys()`, `dict.values()`, `dict.items()`: live views of a dict.
pub struct PyDictView {
    pub dict: ObjRef,
    pub what: DictView,
}

impl PyDictView {
    pub fn type_name(&self) -> &'static str {
        match self.what {
            DictView::Keys => "dict_keys",
            DictView::Values => "dict_values",
            DictView::Items => "dict_items",
        }
    }
}

// ---------------------------------------------------------------- methods

use crate::builtins::{method, no_args, one_arg, pos_args, receiver};
use crate::object::{ObjRef, Payload};
use crate::runtime::interp::Interp;
use crate::runtime::{PyErr, PyResult};
use crate::types::function::{Args, NativeFn};
use crate::types::iter::DictView;

/// Registers the methods of `dict`.
pub fn register(interp: &Interp) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("get", dict_get),
        ("setdefault", dict_setdefault),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("update", dict_update),
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("copy", dict_copy),
        ("clear", dict_clear),
        ("fromkeys", dict_fromkeys),
        ("__len__", dict_len),
        ("__contains__", dict_contains),
        ("__getitem__", dict_getitem),
    ];
    for (name, f) in methods {
        method(interp, &interp.types.dict, name, "dict", *f);
    }
    let t = &interp.types;
    for (class, owner) in [(&t.dict_keys, "dict_keys"), (&t.dict_items, "dict_items")] {
        method(
            interp,
            class,
            "isdisjoint",
            owner,
            crate::types::set::view_isdisjoint,
        );
    }
}

fn is_dict(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload(), Payload::Dict(_)))
}

fn this(interp: &Interp, args: &Args, name: &str) -> PyResult<ObjRef> {
    let v = receiver(interp, args, "dict", name, is_dict)?;
    Ok(v.as_obj().cloned().expect("checked dict"))
}

/// The entries a dict view reads: a dict's, or a class namespace's (the views a class's
/// `__dict__` hands out, `types/mappingproxy.rs`).
pub fn viewed_dict(o: &ObjRef) -> &PyDict {
    match o.payload() {
        Payload::Dict(d) => d,
        Payload::Class(c) => &c.dict,
        _ => unreachable!("viewed_dict on a non-mapping"),
    }
}

/// The payload of an object known to be a dict.
pub fn dict_of(o: &ObjRef) -> &PyDict {
    match o.payload() {
        Payload::Dict(d) => d,
        _ => unreachable!("dict_of on a non-dict"),
    }
}

fn key_error(interp: &Interp, key: Value) -> PyErr {
    PyErr::new(interp.new_exception(&interp.exc.key_error, vec![key]))
}

fn dict_len(interp: &Interp, args: Args) -> PyResult<Value> {
    let d = this(interp, &args, "__len__")?;
    let n = dict_of(&d).map.borrow().len();
    Ok(Value::Int(n as i64))
}

fn dict_contains(interp: &Interp, args: Args) -> PyResult<Value> {
    let d = this(interp, &args, "__contains__")?;
    let k = one_arg(interp, &args, "dict.__contains__")?;
    Ok(Value::Bool(interp.dict_get(&d, k)?.is_some()))
}

fn dict_getitem(interp: &Interp, args: Args) -> PyResult<Value> {
    let d = this(interp, &args, "__getitem__")?;
    let k = one_arg(interp, &args, "dict.__getitem__")?;
    if let Some(v) = interp.dict_get(&d, k)? {
        return Ok(v);
    }
    if let Some(r) = crate::runtime::native_base::missing_hook(interp, &args.pos[0], k) {
        return r;
    }
    interp.getitem(&Value::Obj(d), k)
}

fn dict_get(interp: &Interp, args: Args) -> PyResult<Value> {
    let d = this(interp, &args, "get")?;
    let rest = pos_args(interp, &args, "get", 1, 2)?;
    Ok(interp
        .dict_get(&d, &rest[0])?
        .unwrap_or_else(|| rest.get(1).cloned().unwrap_or(Value::None)))
}

fn dict_setdefault(interp: &Interp, args: Args) -> PyResult<Value> {
    let d = this(interp, &args, "setdefault")?;
    let rest = pos_args(interp, &args, "setdefault", 1, 2)?;
    if let Some(v) = interp.dict_get(&d, &rest[0])? {
        return Ok(v);
    }
    let v = rest.get(1).cloned().unwrap_or(Value::None);
    interp.dict_set(&d, rest[0].clone(), v.clone())?;
    Ok(v)
}

/// Removes `key`; returns its entry for the caller to release (key, then value).
pub fn remove_entry(
    interp: &Interp,
    d: &ObjRef,
    key: &Value,
) -> PyResult<Option<(DictKey, Value)>> {
    let hash = interp.hash(key)?;
    let probe = DictKey {
        hash,
        key: key.clone(),
    };
    let removed = dict_of(d).map.borrow_mut().remove_entry(&probe);
    drop(probe);
    Ok(removed)
}

fn dict_pop(interp: &Interp, args: Args) -> PyResult<Value> {
    let d = this(interp, &args, "pop")?;
    let rest = pos_args(interp, &args, "pop", 1, 2)?;
    // An empty dict does not hash the key (CPython's `_PyDict_Pop`).
    let found = if dict_of(&d).map.borrow().is_empty() {
        None
    } else {
        remove_entry(interp, &d, &rest[0])?
    };
    match found {
        Some((k, v)) => {
            drop(k);
            Ok(v)
        }
        None => match rest.get(1) {
            Some(default) => Ok(default.clone()),
            None => Err(key_error(interp, rest[0].clone())),
        },
    }
}

fn dict_popitem(interp: &Interp, args: Args) -> PyResult<Value> {
    let d = this(interp, &args, "popitem")?;
    no_args(interp, &args, "dict.popitem")?;
    let last = dict_of(&d).map.borrow_mut().pop();
    match last {
        Some((k, v)) => Ok(interp.new_tuple(vec![k.key, v])),
        None => Err(key_error(
            interp,
            interp.new_str("popitem(): dictionary is empty"),
        )),
    }
}

/// Adds the entries of a mapping or of an iterable of pairs to `d` (dict.update, dict()).
pub fn update_from(interp: &Interp, d: &ObjRef, src: &Value) -> PyResult<()> {
    if let Value::Obj(o) = src {
        if let Payload::Dict(s) = o.payload() {
            let entries = s.entries();
            for (k, v) in entries {
                interp.dict_set(d, k, v)?;
            }
            return Ok(());
        }
        if let Payload::Instance(_) = o.payload() {
            if interp.lookup_attr(src, "keys")?.is_some() {
                let keys = interp.getattr(src, "keys")?;
                let keys = interp.call(&keys, Args::positional(vec![]))?;
                for k in interp.collect(&keys)? {
                    let v = interp.getitem(src, &k)?;
                    interp.dict_set(d, k, v)?;
                }
                return Ok(());
            }
        }
    }
    let it = interp.iter(src).map_err(|_| {
        interp.type_error(format!(
            "'{}' object is not iterable",
            interp.type_name(src)
        ))
    })?;
    let mut n = 0;
    while let Some(pair) = interp.next(&it)? {
        let kv = match interp.collect(&pair) {
            Ok(kv) => kv,
            Err(_) => {
                return Err(interp.type_error(format!(
                    "cannot convert dictionary update sequence element #{n} to a sequence"
                )))
            }
        };
        if kv.len() != 2 {
            return Err(interp.err(
                &interp.exc.value_error,
                format!(
                    "dictionary update sequence element #{n} has length {}; 2 is required",
                    kv.len()
                ),
            ));
        }
        let mut kv = kv.into_iter();
        let (k, v) = (
            kv.next().unwrap_or(Value::None),
            kv.next().unwrap_or(Value::None),
        );
        interp.dict_set(d, k, v)?;
        n += 1;
    }
    Ok(())
}

fn dict_update(interp: &Interp, args: Args) -> PyResult<Value> {
    let d = this(interp, &args, "update")?;
    let n = args.pos.len() - 1;
    if n > 1 {
        return Err(interp.type_error(format!("update expected at most 1 argument, got {n}")));
    }
    if let Some(src) = args.pos.get(1) {
        update_from(interp, &d, src)?;
    }
    for (k, v) in &args.kw {
        interp.dict_set(&d, interp.new_str(&**k), v.clone())?;
    }
    Ok(Value::None)
}

fn view(interp: &Interp, args: Args, name: &str, what: DictView) -> PyResult<Value> {
    let d = this(interp, &args, name)?;
    no_args(interp, &args, &format!("dict.{name}"))?;
    Ok(Value::Obj(ObjRef::new(Payload::DictView(PyDictView {
        dict: d,
        what,
    }))))
}

fn dict_keys(interp: &Interp, args: Args) -> PyResult<Value> {
    view(interp, args, "keys", DictView::Keys)
}

fn dict_values(interp: &Interp, args: Args) -> PyResult<Value> {
    view(interp, args, "values", DictView::Values)
}

fn dict_items(interp: &Interp, args: Args) -> PyResult<Value> {
    view(interp, args, "items", DictView::Items)
}

fn dict_copy(interp: &Interp, args: Args) -> PyResult<Value> {
    let d = this(interp, &args, "copy")?;
    no_args(interp, &args, "dict.copy")?;
    let new = interp.new_dict();
    update_from(interp, &new, &Value::Obj(d))?;
    Ok(Value::Obj(new))
}

fn dict_clear(interp: &Interp, args: Args) -> PyResult<Value> {
    let d = this(interp, &args, "clear")?;
    no_args(interp, &args, "dict.clear")?;
    let old = std::mem::take(&mut *dict_of(&d).map.borrow_mut());
    release_entries(old);
    Ok(Value::None)
}

/// `dict.fromkeys(iterable, value=None)`; bound to the class, also through an instance.
fn dict_fromkeys(interp: &Interp, args: Args) -> PyResult<Value> {
    let rest = pos_args(interp, &args, "fromkeys", 1, 2)?;
    let value = rest.get(1).cloned().unwrap_or(Value::None);
    let d = interp.new_dict();
    for k in interp.collect(&rest[0])? {
        interp.dict_set(&d, k, value.clone())?;
    }
    Ok(Value::Obj(d))
}

/// A snapshot of what a view shows, in order.
pub fn view_items(interp: &Interp, v: &PyDictView) -> Vec<Value> {
    viewed_dict(&v.dict)
        .map
        .borrow()
        .iter()
        .map(|(k, val)| match v.what {
            DictView::Keys => k.key.clone(),
            DictView::Values => val.clone(),
            DictView::Items => interp.new_tuple(vec![k.key.clone(), val.clone()]),
        })
        .collect()
}

//! `set` and `frozenset`: the algorithms of CPython 3.11's Objects/setobject.c over the
//! table in `set_table.rs`, so that results hold their elements in CPython's slot order and
//! a dying set releases them in that order.

use crate::builtins::{method, no_args, one_arg, receiver};
use crate::object::{ObjRef, Payload, Value};
use crate::runtime::interp::Interp;
use crate::runtime::{PyErr, PyResult};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::types::function::{Args, NativeFn};
pub use crate::types::set_table::PySet;

/// The set payload of a value, if it is a set or frozenset.
pub fn as_set(v: &Value) -> Option<&PySet> {
    match v {
        Value::Obj(o) => match o.payload() {
            Payload::Set(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// The payload of an object known to be a set or frozenset.
pub fn set_of(o: &ObjRef) -> &PySet {
    match o.payload() {
        Payload::Set(s) => s,
        _ => unreachable!("set_of on a non-set"),
    }
}

pub fn new_set(frozen: bool) -> ObjRef {
    ObjRef::new(Payload::Set(Box::new(PySet::new(frozen))))
}

/// `set_add_key`: hashes, then adds.
pub fn add_key(interp: &Interp, s: &PySet, key: Value) -> PyResult<()> {
    let hash = interp.hash(&key)?;
    s.add_entry(interp, key, hash)
}

/// Whether a TypeError from hashing `key` should retry with `frozenset(key)` (`in`,
/// `discard` and `remove` accept sets as keys).
fn hash_or_frozen(interp: &Interp, key: &Value) -> PyResult<(Value, i64)> {
    match interp.hash(key) {
        Ok(h) => Ok((key.clone(), h)),
        Err(e) => match as_set(key) {
            Some(ks)
                if !ks.frozen
                    && interp.isinstance(&Value::Obj(e.exc.clone()), &interp.exc.type_error) =>
            {
                let f = new_set(true);
                merge(interp, set_of(&f), ks)?;
                let f = Value::Obj(f);
                let h = interp.hash(&f)?;
                Ok((f, h))
            }
            _ => Err(e),
        },
    }
}

pub fn contains(interp: &Interp, s: &PySet, key: &Value) -> PyResult<bool> {
    let (k, h) = hash_or_frozen(interp, key)?;
    s.contains_entry(interp, &k, h)
}

/// `set_merge`: adds the entries of another set.
fn merge(interp: &Interp, s: &PySet, other: &PySet) -> PyResult<()> {
    if std::ptr::eq(s, other) || other.is_empty() {
        return Ok(());
    }
    {
        let mut t = s.table.borrow_mut();
        let n = other.len();
        if (t.fill + n) * 5 >= t.mask() * 3 {
            let used = t.used;
            t.resize((used + n) * 2);
        }
        if t.fill == 0 {
            t.fill_from_empty(&other.table.borrow());
            return Ok(());
        }
    }
    for (k, h) in other.entries() {
        s.add_entry(interp, k, h)?;
    }
    Ok(())
}

/// `set_update_internal`.
pub fn update_internal(interp: &Interp, s: &PySet, other: &Value) -> PyResult<()> {
    if let Some(o) = as_set(other) {
        return merge(interp, s, o);
    }
    if let Some(Payload::Dict(d)) = other.as_obj().map(ObjRef::payload) {
        let entries: Vec<(Value, i64)> = d
            .map
            .borrow()
            .keys()
            .map(|k| (k.key.clone(), k.hash))
            .collect();
        {
            let mut t = s.table.borrow_mut();
            let n = entries.len();
            if (t.fill + n) * 5 >= t.mask() * 3 {
                let used = t.used;
                t.resize((used + n) * 2);
            }
        }
        for (k, h) in entries {
            s.add_entry(interp, k, h)?;
        }
        return Ok(());
    }
    let it = interp.iter(other)?;
    while let Some(k) = interp.next(&it)? {
        add_key(interp, s, k)?;
    }
    Ok(())
}

/// A new set (or frozenset, like `like`) holding the elements of `iterable`.
pub fn make_set(interp: &Interp, frozen: bool, iterable: Option<&Value>) -> PyResult<ObjRef> {
    let r = new_set(frozen);
    if let Some(it) = iterable {
        update_internal(interp, set_of(&r), it)?;
    }
    Ok(r)
}

fn copy(interp: &Interp, so: &ObjRef) -> PyResult<ObjRef> {
    make_set(interp, set_of(so).frozen, Some(&Value::Obj(so.clone())))
}

/// `set_intersection`.
fn intersection(interp: &Interp, so: &ObjRef, other: &Value) -> PyResult<ObjRef> {
    if other.as_obj().is_some_and(|o| o.is(so)) {
        return copy(interp, so);
    }
    let s = set_of(so);
    let result = new_set(s.frozen);
    let r = set_of(&result);
    if let Some(o) = as_set(other) {
        let (big, small) = if o.len() > s.len() { (o, s) } else { (s, o) };
        for (k, h) in small.entries() {
            if big.contains_entry(interp, &k, h)? {
                r.add_entry(interp, k, h)?;
            }
        }
        return Ok(result);
    }
    let it = interp.iter(other)?;
    while let Some(k) = interp.next(&it)? {
        let h = interp.hash(&k)?;
        if s.contains_entry(interp, &k, h)? {
            r.add_entry(interp, k, h)?;
        }
    }
    Ok(result)
}

/// The dummies left by removals are purged when they are over a quarter of the table.
fn purge_dummies(s: &PySet) {
    let mut t = s.table.borrow_mut();
    if t.fill - t.used > t.mask() / 4 {
        let used = t.used;
        t.resize(if used > 50000 { used * 2 } else { used * 4 });
    }
}

/// `set_difference_update_internal`.
fn difference_update(interp: &Interp, so: &ObjRef, other: &Value) -> PyResult<()> {
    let s = set_of(so);
    if other.as_obj().is_some_and(|o| o.is(so)) {
        s.clear();
        return Ok(());
    }
    if let Some(o) = as_set(other) {
        let entries = if (o.len() >> 3) > s.len() {
            let i = intersection(interp, so, other)?;
            let e = set_of(&i).entries();
            drop(i);
            e
        } else {
            o.entries()
        };
        for (k, h) in entries {
            s.discard_entry(interp, &k, h)?;
        }
    } else {
        let it = interp.iter(other)?;
        while let Some(k) = interp.next(&it)? {
            let (k, h) = hash_or_frozen(interp, &k)?;
            s.discard_entry(interp, &k, h)?;
        }
    }
    purge_dummies(s);
    Ok(())
}

fn copy_and_difference(interp: &Interp, so: &ObjRef, other: &Value) -> PyResult<ObjRef> {
    let r = copy(interp, so)?;
    difference_update(interp, &r, other)?;
    Ok(r)
}

/// `set_difference`.
fn difference(interp: &Interp, so: &ObjRef, other: &Value) -> PyResult<ObjRef> {
    let s = set_of(so);
    let other_dict = match other.as_obj().map(ObjRef::payload) {
        Some(Payload::Dict(_)) => other.as_obj(),
        _ => None,
    };
    let other_size = match (as_set(other), other_dict) {
        (Some(o), _) => o.len(),
        (None, Some(d)) => crate::types::dict::dict_of(d).map.borrow().len(),
        _ => return copy_and_difference(interp, so, other),
    };
    if (s.len() >> 2) > other_size {
        return copy_and_difference(interp, so, other);
    }
    let result = new_set(s.frozen);
    let r = set_of(&result);
    for (k, h) in s.entries() {
        let found = match (as_set(other), other_dict) {
            (Some(o), _) => o.contains_entry(interp, &k, h)?,
            (None, Some(d)) => interp.dict_get(d, &k)?.is_some(),
            _ => false,
        };
        if !found {
            r.add_entry(interp, k, h)?;
        }
    }
    Ok(result)
}

/// `set_symmetric_difference_update`.
fn symmetric_difference_update(interp: &Interp, so: &ObjRef, other: &Value) -> PyResult<()> {
    let s = set_of(so);
    if other.as_obj().is_some_and(|o| o.is(so)) {
        s.clear();
        return Ok(());
    }
    let entries = if let Some(Payload::Dict(d)) = other.as_obj().map(ObjRef::payload) {
        d.map
            .borrow()
            .keys()
            .map(|k| (k.key.clone(), k.hash))
            .collect()
    } else if let Some(o) = as_set(other) {
        o.entries()
    } else {
        let tmp = make_set(interp, s.frozen, Some(other))?;
        let e = set_of(&tmp).entries();
        drop(tmp);
        e
    };
    for (k, h) in entries {
        if !s.discard_entry(interp, &k, h)? {
            s.add_entry(interp, k, h)?;
        }
    }
    Ok(())
}

fn symmetric_difference(interp: &Interp, so: &ObjRef, other: &Value) -> PyResult<ObjRef> {
    let r = make_set(interp, set_of(so).frozen, Some(other))?;
    symmetric_difference_update(interp, &r, &Value::Obj(so.clone()))?;
    Ok(r)
}

/// `set_issubset`.
fn issubset(interp: &Interp, so: &ObjRef, other: &Value) -> PyResult<bool> {
    let Some(o) = as_set(other) else {
        let tmp = make_set(interp, false, Some(other))?;
        return issubset(interp, so, &Value::Obj(tmp));
    };
    let s = set_of(so);
    if s.len() > o.len() {
        return Ok(false);
    }
    for (k, h) in s.entries() {
        if !o.contains_entry(interp, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set_issuperset`.
fn issuperset(interp: &Interp, so: &ObjRef, other: &Value) -> PyResult<bool> {
    if let (Some(_), Value::Obj(o)) = (as_set(other), other) {
        return issubset(interp, o, &Value::Obj(so.clone()));
    }
    let s = set_of(so);
    let it = interp.iter(other)?;
    while let Some(k) = interp.next(&it)? {
        if !contains(interp, s, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn isdisjoint(interp: &Interp, so: &ObjRef, other: &Value) -> PyResult<bool> {
    let s = set_of(so);
    if other.as_obj().is_some_and(|o| o.is(so)) {
        return Ok(s.is_empty());
    }
    if let Some(o) = as_set(other) {
        let (big, small) = if o.len() > s.len() { (o, s) } else { (s, o) };
        for (k, h) in small.entries() {
            if big.contains_entry(interp, &k, h)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = interp.iter(other)?;
    while let Some(k) = interp.next(&it)? {
        if contains(interp, s, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Swaps the tables of two sets (`set_swap_bodies`); the hash cache goes with them.
/// `set.__init__` on a subclass instance: `target` takes the contents of `fresh`, which
/// gets the old ones (released with it).
pub fn replace_contents(target: &ObjRef, fresh: &ObjRef) {
    swap_bodies(set_of(target), set_of(fresh));
}

fn swap_bodies(a: &PySet, b: &PySet) {
    let mut ta = a.table.borrow_mut();
    let mut tb = b.table.borrow_mut();
    std::mem::swap(&mut *ta, &mut *tb);
    ta.version = ta.version.max(tb.version) + 1;
    tb.version = ta.version + 1;
    let h = a.hash.get();
    a.hash.set(b.hash.get());
    b.hash.set(h);
}

// ---------------------------------------------------------------- protocols

/// `a op b` for two sets; `None` when an operand is not a set (NotImplemented).
pub fn binary(interp: &Interp, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (Some(_), Some(_), Value::Obj(so)) = (as_set(a), as_set(b), a) else {
        return Ok(None);
    };
    let r = match op {
        BinOp::BitOr => {
            let r = copy(interp, so)?;
            if !b.as_obj().is_some_and(|o| o.is(so)) {
                update_internal(interp, set_of(&r), b)?;
            }
            r
        }
        BinOp::BitAnd => intersection(interp, so, b)?,
        BinOp::Sub => difference(interp, so, b)?,
        BinOp::BitXor => symmetric_difference(interp, so, b)?,
        _ => return Ok(None),
    };
    Ok(Some(Value::Obj(r)))
}

/// `a op= b` for a mutable set `a`; `None` when it does not apply.
pub fn inplace(interp: &Interp, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (Some(s), Some(_), Value::Obj(so)) = (as_set(a), as_set(b), a) else {
        return Ok(None);
    };
    if s.frozen {
        return Ok(None);
    }
    match op {
        BinOp::BitOr => update_internal(interp, s, b)?,
        BinOp::BitAnd => {
            let tmp = intersection(interp, so, b)?;
            swap_bodies(s, set_of(&tmp));
            drop(tmp);
        }
        BinOp::Sub => difference_update(interp, so, b)?,
        BinOp::BitXor => symmetric_difference_update(interp, so, b)?,
        _ => return Ok(None),
    }
    Ok(Some(a.clone()))
}

/// Rich comparison of two sets as subset relations.
pub fn compare(interp: &Interp, op: CmpOp, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
    let (s, o) = (set_of(a), set_of(b));
    let bv = Value::Obj(b.clone());
    match op {
        CmpOp::Eq | CmpOp::NotEq => {
            let hashes_differ =
                matches!((s.hash.get(), o.hash.get()), (Some(x), Some(y)) if x != y);
            let eq = s.len() == o.len() && !hashes_differ && issubset(interp, a, &bv)?;
            Ok(eq == (op == CmpOp::Eq))
        }
        CmpOp::LtE => issubset(interp, a, &bv),
        CmpOp::GtE => issuperset(interp, a, &bv),
        CmpOp::Lt => Ok(s.len() < o.len() && issubset(interp, a, &bv)?),
        CmpOp::Gt => Ok(s.len() > o.len() && issuperset(interp, a, &bv)?),
        _ => Ok(false),
    }
}

// ---------------------------------------------------------------- methods

/// Registers the methods of `set` and `frozenset`.
pub fn register(interp: &Interp) {
    let shared: &[(&'static str, NativeFn)] = &[
        ("copy", set_copy),
        ("union", set_union),
        ("intersection", set_intersection),
        ("difference", set_difference),
        ("symmetric_difference", set_symmetric_difference),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
        ("__contains__", set_contains),
        ("__len__", set_len),
    ];
    let mutating: &[(&'static str, NativeFn)] = &[
        ("add", set_add),
        ("discard", set_discard),
        ("remove", set_remove),
        ("pop", set_pop),
        ("clear", set_clear),
        ("update", set_update),
        ("intersection_update", set_intersection_update),
        ("difference_update", set_difference_update),
        (
            "symmetric_difference_update",
            set_symmetric_difference_update,
        ),
    ];
    for (name, f) in shared {
        method(interp, &interp.types.set, name, "set", *f);
        method(interp, &interp.types.frozenset, name, "frozenset", *f);
    }
    for (name, f) in mutating {
        method(interp, &interp.types.set, name, "set", *f);
    }
}

fn is_any_set(v: &Value) -> bool {
    as_set(v).is_some()
}

fn is_mut_set(v: &Value) -> bool {
    as_set(v).is_some_and(|s| !s.frozen)
}

fn this(interp: &Interp, args: &Args, name: &str) -> PyResult<ObjRef> {
    let owner = match args.pos.first().and_then(as_set) {
        Some(s) => s.type_name(),
        None => "set",
    };
    let v = receiver(interp, args, owner, name, is_any_set)?;
    Ok(v.as_obj().cloned().expect("checked set"))
}

fn this_mut(interp: &Interp, args: &Args, name: &str) -> PyResult<ObjRef> {
    let v = receiver(interp, args, "set", name, is_mut_set)?;
    Ok(v.as_obj().cloned().expect("checked set"))
}

fn qual(o: &ObjRef, name: &str) -> String {
    format!("{}.{name}", set_of(o).type_name())
}

fn key_error(interp: &Interp, key: Value) -> PyErr {
    PyErr::new(interp.new_exception(&interp.exc.key_error, vec![key]))
}

/// The positional arguments of a METH_VARARGS method.
fn varargs<'a>(interp: &Interp, args: &'a Args, o: &ObjRef, name: &str) -> PyResult<&'a [Value]> {
    if !args.kw.is_empty() {
        return Err(interp.type_error(format!("{}() takes no keyword arguments", qual(o, name))));
    }
    Ok(&args.pos[1..])
}

fn set_len(interp: &Interp, args: Args) -> PyResult<Value> {
    let s = this(interp, &args, "__len__")?;
    no_args(interp, &args, &qual(&s, "__len__"))?;
    Ok(Value::Int(set_of(&s).len() as i64))
}

fn set_contains(interp: &Interp, args: Args) -> PyResult<Value> {
    let s = this(interp, &args, "__contains__")?;
    let k = one_arg(interp, &args, &qual(&s, "__contains__"))?;
    Ok(Value::Bool(contains(interp, set_of(&s), k)?))
}

fn set_add(interp: &Interp, args: Args) -> PyResult<Value> {
    let s = this_mut(interp, &args, "add")?;
    let k = one_arg(interp, &args, "set.add")?;
    add_key(interp, set_of(&s), k.clone())?;
    Ok(Value::None)
}

fn set_discard(interp: &Interp, args: Args) -> PyResult<Value> {
    let s = this_mut(interp, &args, "discard")?;
    let k = one_arg(interp, &args, "set.discard")?;
    let (k, h) = hash_or_frozen(interp, k)?;
    set_of(&s).discard_entry(interp, &k, h)?;
    Ok(Value::None)
}

fn set_remove(interp: &Interp, args: Args) -> PyResult<Value> {
    let s = this_mut(interp, &args, "remove")?;
    let key = one_arg(interp, &args, "set.remove")?;
    let (k, h) = hash_or_frozen(interp, key)?;
    if !set_of(&s).discard_entry(interp, &k, h)? {
        return Err(key_error(interp, key.clone()));
    }
    Ok(Value::None)
}

fn set_pop(interp: &Interp, args: Args) -> PyResult<Value> {
    let s = this_mut(interp, &args, "pop")?;
    no_args(interp, &args, "set.pop")?;
    match set_of(&s).pop() {
        Some(v) => Ok(v),
        None => Err(key_error(interp, interp.new_str("pop from an empty set"))),
    }
}

fn set_clear(interp: &Interp, args: Args) -> PyResult<Value> {
    let s = this_mut(interp, &args, "clear")?;
    no_args(interp, &args, "set.clear")?;
    set_of(&s).clear();
    Ok(Value::None)
}

fn set_copy(interp: &Interp, args: Args) -> PyResult<Value> {
    let s = this(interp, &args, "copy")?;
    no_args(interp, &args, &qual(&s, "copy"))?;
    if set_of(&s).frozen {
        return Ok(Value::Obj(s));
    }
    Ok(Value::Obj(copy(interp, &s)?))
}

fn set_union(interp: &Interp, args: Args) -> PyResult<Value> {
    let s = this(interp, &args, "union")?;
    let others = varargs(interp, &args, &s, "union")?;
    let r = copy(interp, &s)?;
    for o in others {
        if o.as_obj().is_some_and(|o| o.is(&s)) {
            continue;
        }
        update_internal(interp, set_of(&r), o)?;
    }
    Ok(Value::Obj(r))
}

fn intersection_multi(interp: &Interp, s: &ObjRef, others: &[Value]) -> PyResult<ObjRef> {
    if others.is_empty() {
        return copy(interp, s);
    }
    let mut result = s.clone();
    for o in others {
        let next = intersection(interp, &result, o)?;
        result = next;
    }
    Ok(result)
}

fn set_intersection(interp: &Interp, args: Args) -> PyResult<Value> {
    let s = this(interp, &args, "intersection")?;
    let others = varargs(interp, &args, &s, "intersection")?;
    Ok(Value::Obj(intersection_multi(interp, &s, others)?))
}

fn set_intersection_update(interp: &Interp, args: Args) -> PyResult<Value> {
    let s = this_mut(interp, &args, "intersection_update")?;
    let others = varargs(interp, &args, &s, "intersection_update")?;
    let tmp = intersection_multi(interp, &s, others)?;
    if !tmp.is(&s) {
        swap_bodies(set_of(&s), set_of(&tmp));
    }
    drop(tmp);
    Ok(Value::None)
}

fn set_difference(interp: &Interp, args: Args) -> PyResult<Value> {
    let s = this(interp, &args, "difference")?;
    let others = varargs(interp, &args, &s, "difference")?;
    let Some((first, rest)) = others.split_first() else {
        return Ok(Value::Obj(copy(interp, &s)?));
    };
    let r = difference(interp, &s, first)?;
    for o in rest {
        difference_update(interp, &r, o)?;
    }
    Ok(Value::Obj(r))
}

fn set_difference_update(interp: &Interp, args: Args) -> PyResult<Value> {
    let s = this_mut(interp, &args, "difference_update")?;
    let others = varargs(interp, &args, &s, "difference_update")?;
    for o in others {
        difference_update(interp, &s, o)?;
    }
    Ok(Value::None)
}

fn set_symmetric_difference(interp: &Interp, args: Args) -> PyResult<Value> {
    let s = this(interp, &args, "symmetric_difference")?;
    let o = one_arg(interp, &args, &qual(&s, "symmetric_difference"))?;
    Ok(Value::Obj(symmetric_difference(interp, &s, o)?))
}

fn set_symmetric_difference_update(interp: &Interp, args: Args) -> PyResult<Value> {
    let s = this_mut(interp, &args, "symmetric_difference_update")?;
    let o = one_arg(interp, &args, "set.symmetric_difference_update")?;
    symmetric_difference_update(interp, &s, o)?;
    Ok(Value::None)
}

fn set_update(interp: &Interp, args: Args) -> PyResult<Value> {
    let s = this_mut(interp, &args, "update")?;
    let others = varargs(interp, &args, &s, "update")?;
    for o in others {
        update_internal(interp, set_of(&s), o)?;
    }
    Ok(Value::None)
}

fn set_issubset(interp: &Interp, args: Args) -> PyResult<Value> {
    let s = this(interp, &args, "issubset")?;
    let o = one_arg(interp, &args, &qual(&s, "issubset"))?;
    Ok(Value::Bool(issubset(interp, &s, o)?))
}

fn set_issuperset(interp: &Interp, args: Args) -> PyResult<Value> {
    let s = this(interp, &args, "issuperset")?;
    let o = one_arg(interp, &args, &qual(&s, "issuperset"))?;
    Ok(Value::Bool(issuperset(interp, &s, o)?))
}

fn set_isdisjoint(interp: &Interp, args: Args) -> PyResult<Value> {
    let s = this(interp, &args, "isdisjoint")?;
    let o = one_arg(interp, &args, &qual(&s, "isdisjoint"))?;
    Ok(Value::Bool(isdisjoint(interp, &s, o)?))
}

/// `set(...)` and `frozenset(...)` called with `args`.
pub fn construct(interp: &Interp, frozen: bool, args: &Args) -> PyResult<Value> {
    let name = if frozen { "frozenset" } else { "set" };
    if !args.kw.is_empty() {
        return Err(interp.type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.pos.len() > 1 {
        return Err(interp.type_error(format!(
            "{name} expected at most 1 argument, got {}",
            args.pos.len()
        )));
    }
    let first = args.pos.first();
    if frozen {
        if let Some(v @ Value::Obj(_)) = first {
            if as_set(v).is_some_and(|s| s.frozen) {
                return Ok(v.clone());
            }
        }
    }
    Ok(Value::Obj(make_set(interp, frozen, first)?))
}

// ---------------------------------------------------------------- dict views

/// Whether `v` is a keys or items view, the dict views that act as sets.
fn is_set_view(v: &Value) -> bool {
    matches!(v.as_obj().map(ObjRef::payload),
        Some(Payload::DictView(dv)) if dv.what != crate::types::iter::DictView::Values)
}

/// `|`, `&`, `-` and `^` with a keys or items view on either side: a new set (CPython's
/// `dictviews_or` and the others: a set of the left operand, updated from the right).
/// A left operand defined in Python gets its own method first: then `after_user` is false
/// and this gives way.
pub fn view_binary(
    interp: &Interp,
    op: BinOp,
    a: &Value,
    b: &Value,
    after_user: bool,
) -> PyResult<Option<Value>> {
    let left_user = matches!(a.as_obj().map(ObjRef::payload), Some(Payload::Instance(_)));
    if left_user != after_user {
        return Ok(None);
    }
    if !matches!(
        op,
        BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
    ) || !(is_set_view(a) || is_set_view(b))
    {
        return Ok(None);
    }
    if op == BinOp::BitAnd {
        return view_intersection(interp, a, b).map(|r| Some(Value::Obj(r)));
    }
    let r = make_set(interp, false, Some(a))?;
    match op {
        BinOp::BitOr => update_internal(interp, set_of(&r), b)?,
        BinOp::Sub => difference_update(interp, &r, b)?,
        _ => symmetric_difference_update(interp, &r, b)?,
    }
    Ok(Some(Value::Obj(r)))
}

/// `view & other` (either order): the items of the smaller side found in the other
/// (CPython's `_PyDictView_Intersect`).
fn view_intersection(interp: &Interp, a: &Value, b: &Value) -> PyResult<ObjRef> {
    let (mut this, mut other) = if is_set_view(a) { (a, b) } else { (b, a) };
    let len_this = interp.len(this)?;
    if let Some(Payload::Set(s)) = other.as_obj().map(ObjRef::payload) {
        if !s.frozen && len_this <= s.len() {
            return intersection(interp, other.as_obj().expect("set"), this);
        }
    }
    if is_set_view(other) && interp.len(other)? > len_this {
        std::mem::swap(&mut this, &mut other);
    }
    let r = new_set(false);
    let it = interp.iter(other)?;
    while let Some(k) = interp.next(&it)? {
        if interp.contains(this, &k)? {
            add_key(interp, set_of(&r), k)?;
        }
    }
    Ok(r)
}

/// `view.isdisjoint(other)`: iterates the smaller side when both sizes are known.
pub fn view_isdisjoint(interp: &Interp, args: Args) -> PyResult<Value> {
    let [this, other] = args.pos.as_slice() else {
        let owner = args.pos.first().map(|v| interp.type_name(v));
        return Err(interp.type_error(format!(
            "{}.isdisjoint() takes exactly one argument ({} given)",
            owner.as_deref().unwrap_or("dict_keys"),
            args.pos.len().saturating_sub(1)
        )));
    };
    if let (Value::Obj(x), Value::Obj(y)) = (this, other) {
        if x.is(y) {
            return Ok(Value::Bool(interp.len(this)? == 0));
        }
    }
    let (mut this, mut other) = (this, other);
    let sized = as_set(other).is_some() || is_set_view(other);
    if sized && interp.len(other)? > interp.len(this)? {
        std::mem::swap(&mut this, &mut other);
    }
    let it = interp.iter(other)?;
    while let Some(k) = interp.next(&it)? {
        if interp.contains(this, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

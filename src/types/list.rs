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

// ---------------------------------------------------------------- methods

use crate::builtins::{index_arg, method, no_args, one_arg, pos_args, receiver};
use crate::object::{ObjRef, Payload};
use crate::runtime::interp::Interp;
use crate::runtime::PyResult;
use crate::syntax::ast::CmpOp;
use crate::types::function::{Args, NativeFn};

/// Registers the methods of `list`.
pub fn register(interp: &Interp) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("append", list_append),
        ("extend", list_extend),
        ("insert", list_insert),
        ("pop", list_pop),
        ("remove", list_remove),
        ("index", list_index),
        ("count", list_count),
        ("sort", list_sort),
        ("reverse", list_reverse),
        ("copy", list_copy),
        ("clear", list_clear),
        ("__len__", list_len),
    ];
    for (name, f) in methods {
        method(interp, &interp.types.list, name, "list", *f);
    }
}

fn is_list(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload(), Payload::List(_)))
}

fn this(interp: &Interp, args: &Args, name: &str) -> PyResult<ObjRef> {
    let v = receiver(interp, args, "list", name, is_list)?;
    Ok(v.as_obj().cloned().expect("checked list"))
}

/// The items of an object known to be a list.
pub fn items_of(o: &ObjRef) -> &RefCell<Vec<Value>> {
    match o.payload() {
        Payload::List(l) => &l.items,
        _ => unreachable!("items_of on a non-list"),
    }
}

fn list_len(interp: &Interp, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "__len__")?;
    let n = items_of(&l).borrow().len();
    Ok(Value::Int(n as i64))
}

fn list_append(interp: &Interp, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "append")?;
    let v = one_arg(interp, &args, "list.append")?;
    items_of(&l).borrow_mut().push(v.clone());
    Ok(Value::None)
}

fn list_extend(interp: &Interp, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "extend")?;
    let v = one_arg(interp, &args, "list.extend")?;
    let items = interp.collect(v)?;
    items_of(&l).borrow_mut().extend(items);
    Ok(Value::None)
}

fn list_insert(interp: &Interp, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "insert")?;
    let rest = pos_args(interp, &args, "insert", 2, 2)?;
    let i = index_arg(interp, &rest[0])?;
    let mut items = items_of(&l).borrow_mut();
    let len = items.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    items.insert(at as usize, rest[1].clone());
    Ok(Value::None)
}

fn list_pop(interp: &Interp, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "pop")?;
    let rest = pos_args(interp, &args, "pop", 0, 1)?;
    let i = match rest.first() {
        Some(v) => index_arg(interp, v)?,
        None => -1,
    };
    let items = items_of(&l);
    let len = items.borrow().len() as i64;
    if len == 0 {
        return Err(interp.err(&interp.exc.index_error, "pop from empty list"));
    }
    let i = if i < 0 { i + len } else { i };
    if i < 0 || i >= len {
        return Err(interp.err(&interp.exc.index_error, "pop index out of range"));
    }
    let v = items.borrow_mut().remove(i as usize);
    Ok(v)
}

/// The index of the first item equal to `x` in `lo..hi`, comparing as `in` does.
fn position(
    interp: &Interp,
    l: &ObjRef,
    x: &Value,
    lo: usize,
    hi: usize,
) -> PyResult<Option<usize>> {
    let mut i = lo;
    loop {
        let item = {
            let items = items_of(l).borrow();
            if i >= hi.min(items.len()) {
                return Ok(None);
            }
            items[i].clone()
        };
        if crate::runtime::ops::same(&item, x) || interp.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn list_remove(interp: &Interp, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "remove")?;
    let x = one_arg(interp, &args, "list.remove")?;
    match position(interp, &l, x, 0, usize::MAX)? {
        Some(i) => {
            let v = items_of(&l).borrow_mut().remove(i);
            drop(v);
            Ok(Value::None)
        }
        None => Err(interp.err(&interp.exc.value_error, "list.remove(x): x not in list")),
    }
}

/// Clamps a start/stop argument of `index` as CPython's `_PyEval_SliceIndex` plus
/// list.index do.
fn clamp(interp: &Interp, v: Option<&Value>, default: usize, len: usize) -> PyResult<usize> {
    let Some(v) = v else { return Ok(default) };
    let i = index_arg(interp, v).map_err(|_| {
        interp.type_error("slice indices must be integers or have an __index__ method")
    })?;
    let len = len as i64;
    Ok(if i < 0 { (i + len).max(0) } else { i.min(len) } as usize)
}

fn list_index(interp: &Interp, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "index")?;
    let rest = pos_args(interp, &args, "index", 1, 3)?;
    let len = items_of(&l).borrow().len();
    let lo = clamp(interp, rest.get(1), 0, len)?;
    let hi = clamp(interp, rest.get(2), len, len)?;
    match position(interp, &l, &rest[0], lo, hi)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(interp.err(
            &interp.exc.value_error,
            format!("{} is not in list", interp.repr(&rest[0])?),
        )),
    }
}

fn list_count(interp: &Interp, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "count")?;
    let x = one_arg(interp, &args, "list.count")?;
    let items = items_of(&l).borrow().clone();
    let mut n = 0;
    for item in &items {
        if crate::runtime::ops::same(item, x) || interp.eq(item, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn list_reverse(interp: &Interp, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "reverse")?;
    no_args(interp, &args, "list.reverse")?;
    items_of(&l).borrow_mut().reverse();
    Ok(Value::None)
}

fn list_copy(interp: &Interp, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "copy")?;
    no_args(interp, &args, "list.copy")?;
    let items = items_of(&l).borrow().clone();
    Ok(interp.new_list(items))
}

fn list_clear(interp: &Interp, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "clear")?;
    no_args(interp, &args, "list.clear")?;
    let mut old = std::mem::take(&mut *items_of(&l).borrow_mut());
    release_backwards(&mut old);
    Ok(Value::None)
}

/// `key=` and `reverse=` of sort and sorted.
pub fn sort_options(interp: &Interp, args: &Args, fname: &str) -> PyResult<(Option<Value>, bool)> {
    let mut key = None;
    let mut reverse = false;
    for (k, v) in &args.kw {
        match &**k {
            "key" => key = Some(v.clone()).filter(|v| !matches!(v, Value::None)),
            // Argument Clinic's `bool(accept={int})`: an int, not any truthy object.
            "reverse" => {
                reverse = match v {
                    Value::Bool(b) => *b,
                    Value::Int(i) => *i != 0,
                    v if crate::runtime::ops::to_big(v).is_some() => {
                        return Err(interp.err(
                            &interp.exc.overflow_error,
                            "Python int too large to convert to C int",
                        ))
                    }
                    v => crate::builtins::index_arg(interp, v)? != 0,
                }
            }
            _ => {
                return Err(interp.type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    Ok((key, reverse))
}

impl crate::types::timsort::Hole for Value {
    fn hole() -> Value {
        Value::None
    }
}

impl crate::types::timsort::Hole for (Value, Value) {
    fn hole() -> (Value, Value) {
        (Value::None, Value::None)
    }
}

/// Sorts `items` in place as CPython's list.sort does: keys computed first (in order),
/// reversed before and after a stable sort for `reverse`, and `key < key` asked in
/// timsort's order. When a key function or comparison raises, `items` is left as CPython
/// leaves the list: unchanged, or a permutation of it.
pub fn sort_values(
    interp: &Interp,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let Some(f) = key else {
        if reverse {
            items.reverse();
        }
        let result = if !sort_plain(items, |v| v) {
            crate::types::timsort::timsort(items, |a, b| less(interp, a, b))
        } else {
            Ok(())
        };
        if reverse {
            items.reverse();
        }
        return result;
    };
    let mut keys = Vec::with_capacity(items.len());
    for item in items.iter() {
        match interp.call(f, Args::positional(vec![item.clone()])) {
            Ok(k) => keys.push(k),
            Err(e) => {
                // The keys made so far die last to first.
                release_backwards(&mut keys);
                return Err(e);
            }
        }
    }
    let mut pairs: Vec<(Value, Value)> = keys.into_iter().zip(items.drain(..)).collect();
    if reverse {
        pairs.reverse();
    }
    let result = if !sort_plain(&mut pairs, |p| &p.0) {
        crate::types::timsort::timsort(&mut pairs, |a, b| less(interp, &a.0, &b.0))
    } else {
        Ok(())
    };
    // The keys die in their final order, before the values are reversed back.
    let (keys, values): (Vec<Value>, Vec<Value>) = pairs.into_iter().unzip();
    drop(keys);
    *items = values;
    if reverse {
        items.reverse();
    }
    result
}

fn less(interp: &Interp, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Ok(x < y);
    }
    let r = interp.compare(CmpOp::Lt, a, b)?;
    interp.truthy(&r)
}

/// Sorts stably without calling back into Python when every key is a small int, a float
/// that is not NaN, or a str: `<` on them has no side effects and a total order, so any
/// stable sort gives timsort's result. Returns false (doing nothing) otherwise.
fn sort_plain<T>(v: &mut [T], key: impl Fn(&T) -> &Value) -> bool {
    let Some(first) = v.first() else {
        return true;
    };
    match key(first) {
        Value::Int(_) if v.iter().all(|x| matches!(key(x), Value::Int(_))) => {
            v.sort_by_key(|x| match key(x) {
                Value::Int(i) => *i,
                _ => 0,
            });
            true
        }
        Value::Float(_)
            if v.iter()
                .all(|x| matches!(key(x), Value::Float(f) if !f.is_nan())) =>
        {
            let f = |x: &T| match key(x) {
                Value::Float(f) => *f,
                _ => 0.0,
            };
            v.sort_by(|a, b| f(a).partial_cmp(&f(b)).unwrap_or(std::cmp::Ordering::Equal));
            true
        }
        Value::Obj(_)
            if v.iter()
                .all(|x| crate::runtime::ops::str_of(key(x)).is_some()) =>
        {
            let s = crate::runtime::ops::str_of;
            v.sort_by(|a, b| s(key(a)).cmp(&s(key(b))));
            true
        }
        _ => false,
    }
}

fn list_sort(interp: &Interp, args: Args) -> PyResult<Value> {
    let l = this(interp, &args, "sort")?;
    let npos = args.pos.len() - 1;
    let total = npos + args.kw.len();
    if total > 2 {
        let what = if npos == 0 {
            "keyword arguments"
        } else {
            "arguments"
        };
        return Err(interp.type_error(format!("sort() takes at most 2 {what} ({total} given)")));
    }
    if npos > 0 {
        return Err(interp.type_error("sort() takes no positional arguments"));
    }
    let (key, reverse) = sort_options(interp, &args, "sort")?;
    // The list is empty while it is sorted, as in CPython.
    let mut new = std::mem::take(&mut *items_of(&l).borrow_mut());
    let err = sort_values(interp, &mut new, key.as_ref(), reverse).err();
    let modified = !items_of(&l).borrow().is_empty();
    std::mem::swap(&mut *items_of(&l).borrow_mut(), &mut new);
    release_backwards(&mut new);
    if let Some(e) = err {
        return Err(e);
    }
    if modified {
        return Err(interp.err(&interp.exc.value_error, "list modified during sort"));
    }
    Ok(Value::None)
}

/// CPython's `PySlice_GetIndicesEx`: start, stop, step and the number of items selected.
pub fn slice_indices(
    interp: &Interp,
    slice: &Value,
    len: usize,
) -> PyResult<(i64, i64, i64, usize)> {
    let Some((start, stop, step)) = crate::builtins::slice_parts(slice) else {
        return Err(interp.type_error("expected a slice"));
    };
    let bad =
        || interp.type_error("slice indices must be integers or None or have an __index__ method");
    let int = |v: &Value| -> PyResult<Option<i64>> {
        match v {
            Value::None => Ok(None),
            v => index_arg(interp, v).map(Some).map_err(|_| bad()),
        }
    };
    let step = int(&step)?.unwrap_or(1);
    if step == 0 {
        return Err(interp.err(&interp.exc.value_error, "slice step cannot be zero"));
    }
    let len = len as i64;
    let adjust = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(i) if i < 0 => (i + len).max(if step < 0 { -1 } else { 0 }),
            Some(i) => i.min(if step < 0 { len - 1 } else { len }),
        }
    };
    let (lo, hi) = if step > 0 {
        (adjust(int(&start)?, 0), adjust(int(&stop)?, len))
    } else {
        (adjust(int(&start)?, len - 1), adjust(int(&stop)?, -1))
    };
    let count = if step > 0 && lo < hi {
        ((hi - lo - 1) / step + 1) as usize
    } else if step < 0 && lo > hi {
        ((lo - hi - 1) / (-step) + 1) as usize
    } else {
        0
    };
    Ok((lo, hi, step, count))
}

/// `l[slice] = value` (`Some`) or `del l[slice]` (`None`).
pub fn assign_slice(
    interp: &Interp,
    l: &ObjRef,
    index: &Value,
    value: Option<&Value>,
) -> PyResult<()> {
    let extended = match crate::builtins::slice_parts(index) {
        Some((_, _, step)) => !matches!(step, Value::None | Value::Int(1)),
        None => false,
    };
    let len = items_of(l).borrow().len();
    slice_indices(interp, index, len)?;
    let new = match value {
        Some(v) => Some(interp.collect(v).map_err(|e| {
            if interp.iter(v).is_err() {
                interp.type_error(if extended {
                    "must assign iterable to extended slice"
                } else {
                    "can only assign an iterable"
                })
            } else {
                e
            }
        })?),
        None => None,
    };
    let items = items_of(l);
    // Collecting the value may have run code that resized the list.
    let len = items.borrow().len();
    let (lo, hi, step, count) = slice_indices(interp, index, len)?;
    if step == 1 {
        let lo = lo as usize;
        let hi = (hi as usize).max(lo);
        let mut removed: Vec<Value> = items
            .borrow_mut()
            .splice(lo..hi, new.unwrap_or_default())
            .collect();
        release_backwards(&mut removed);
        return Ok(());
    }
    let positions: Vec<usize> = (0..count)
        .map(|k| (lo + k as i64 * step) as usize)
        .collect();
    match new {
        Some(new) => {
            if new.len() != count {
                return Err(interp.err(
                    &interp.exc.value_error,
                    format!(
                        "attempt to assign sequence of size {} to extended slice of size {count}",
                        new.len()
                    ),
                ));
            }
            let mut old = Vec::with_capacity(count);
            {
                let mut items = items.borrow_mut();
                for (p, v) in positions.iter().zip(new) {
                    old.push(std::mem::replace(&mut items[*p], v));
                }
            }
            for v in old {
                drop(v);
            }
        }
        None => {
            let mut sorted = positions;
            sorted.sort_unstable();
            let mut removed = Vec::with_capacity(count);
            {
                let mut items = items.borrow_mut();
                for p in sorted.iter().rev() {
                    removed.push(items.remove(*p));
                }
            }
            removed.reverse();
            for v in removed {
                drop(v);
            }
        }
    }
    Ok(())
}

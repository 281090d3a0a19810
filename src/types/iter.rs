//! `range` and the iterators of the built-in sequences.

use crate::object::{ObjRef, Value};
use std::cell::RefCell;

pub struct PyRange {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl PyRange {
    pub fn len(&self) -> i64 {
        let (lo, hi, step) = (self.start, self.stop, self.step);
        if step > 0 && lo < hi {
            (hi - lo - 1) / step + 1
        } else if step < 0 && lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

pub enum IterState {
    /// A list or tuple, by index (a list may change while it is iterated).
    Seq {
        seq: ObjRef,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// Characters of a str, by byte offset.
    Str {
        s: ObjRef,
        offset: usize,
    },
    /// Keys, values or items of a dict, by entry index.
    Dict {
        dict: ObjRef,
        index: usize,
        what: DictView,
        size: usize,
    },
    /// A set or frozenset, by slot; `used` is the size seen at the start (`None` once a
    /// size change was reported, so that the error repeats).
    Set {
        set: ObjRef,
        pos: usize,
        used: Option<usize>,
    },
    /// A snapshot of values (used for iterating sets and instance dicts).
    Values {
        items: Vec<Value>,
        index: usize,
    },
    /// A list backwards, by index (`reversed(list)`).
    SeqRev {
        seq: ObjRef,
        index: usize,
    },
    /// `map(func, *iterables)`: calls `func` on the next items, lazily.
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    /// `filter(func, iterable)`; `func` None keeps the true items.
    Filter {
        func: Value,
        iter: Value,
    },
    /// `enumerate(iterable, start)`.
    Enumerate {
        iter: Value,
        next: i64,
        result: Option<Value>,
    },
    /// `zip(*iterables, strict=False)`.
    Zip {
        iters: Vec<Value>,
        strict: bool,
        /// The last result tuple while nothing else holds it: CPython reuses that tuple
        /// for the next item, so it keeps the last items alive until then.
        result: Option<Value>,
    },
    /// `iter(callable, sentinel)`: calls `func` until it returns the sentinel or raises
    /// StopIteration.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// The old sequence protocol: `obj[0]`, `obj[1]`, ... until IndexError or
    /// StopIteration, for objects with `__getitem__` and no `__iter__`.
    GetItem {
        obj: Value,
        index: i64,
    },
    Exhausted,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictView {
    Keys,
    Values,
    Items,
}

pub struct PyIter {
    pub state: RefCell<IterState>,
    pub type_name: &'static str,
}

/// `slice(start, stop, step)`.
pub struct PySlice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// `super(class, obj)`: attribute lookup starts after `class` in the MRO of `obj`'s type.
pub struct PySuper {
    pub class: ObjRef,
    pub obj: Value,
}

// ---------------------------------------------------------------- range methods

use crate::builtins::{method, one_arg, receiver};
use crate::object::Payload;
use crate::runtime::interp::Interp;
use crate::runtime::PyResult;
use crate::types::function::{Args, NativeFn};

/// Registers the methods of `range`.
pub fn register(interp: &Interp) {
    let methods: &[(&'static str, NativeFn)] = &[("index", range_index), ("count", range_count)];
    for (name, f) in methods {
        method(interp, &interp.types.range, name, "range", *f);
    }
}

impl PyRange {
    /// The position of an int in the range.
    pub fn position(&self, x: i64) -> Option<i64> {
        let off = x.checked_sub(self.start)?;
        if off % self.step != 0 {
            return None;
        }
        let i = off / self.step;
        (0..self.len()).contains(&i).then_some(i)
    }
}

fn this<'a>(interp: &Interp, args: &'a Args, name: &str) -> PyResult<&'a PyRange> {
    let v = receiver(
        interp,
        args,
        "range",
        name,
        |v| matches!(v, Value::Obj(o) if matches!(o.payload(), Payload::Range(_))),
    )?;
    match v.as_obj().map(ObjRef::payload) {
        Some(Payload::Range(r)) => Ok(r),
        _ => unreachable!("checked range"),
    }
}

/// Where `x` is in the range, comparing as `==` does for values that are not ints.
fn find(interp: &Interp, r: &PyRange, x: &Value) -> PyResult<Option<i64>> {
    if let Value::Int(i) = x {
        return Ok(r.position(*i));
    }
    if let Value::Bool(b) = x {
        return Ok(r.position(*b as i64));
    }
    for k in 0..r.len() {
        if interp.eq(&Value::Int(r.start + k * r.step), x)? {
            return Ok(Some(k));
        }
    }
    Ok(None)
}

fn range_index(interp: &Interp, args: Args) -> PyResult<Value> {
    let r = this(interp, &args, "index")?;
    let x = one_arg(interp, &args, "range.index")?;
    match find(interp, r, x)? {
        Some(i) => Ok(Value::Int(i)),
        None => Err(interp.err(
            &interp.exc.value_error,
            format!("{} is not in range", interp.repr(x)?),
        )),
    }
}

fn range_count(interp: &Interp, args: Args) -> PyResult<Value> {
    let r = this(interp, &args, "count")?;
    let x = one_arg(interp, &args, "range.count")?;
    if matches!(x, Value::Int(_) | Value::Bool(_)) {
        return Ok(Value::Int(find(interp, r, x)?.is_some() as i64));
    }
    let mut n = 0;
    for k in 0..r.len() {
        if interp.eq(&Value::Int(r.start + k * r.step), x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

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
    },
    /// `zip(*iterables, strict=False)`.
    Zip {
        iters: Vec<Value>,
        strict: bool,
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

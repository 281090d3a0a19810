//! The evaluator: a tree walker over the resolved syntax tree, with true reference counting.
//! `interp` holds the interpreter state, `exec` runs statements, `eval` expressions, `call`
//! binds arguments and runs functions, `ops` implements the operators and protocols, and
//! `traceback` prints exceptions as CPython does.

pub mod attr_hooks;
pub mod call;
pub mod eval;
pub mod exec;
pub mod generator;
pub mod import;
pub mod interp;
pub mod native_base;
pub mod ops;
pub mod seq_iter;
pub mod signals;
pub mod stack;
pub mod suggestions;
pub mod traceback;

use crate::object::{ObjRef, Value};

/// A raised Python exception: the exception instance, which carries its traceback.
pub struct PyErr {
    pub exc: ObjRef,
    /// The frame that last added a traceback entry for this raise (its address; 0 for none),
    /// so that an exception unwinding through nested statements of one frame gets one entry
    /// there, as in CPython.
    pub traced_in: usize,
}

impl PyErr {
    pub fn new(exc: ObjRef) -> PyErr {
        PyErr { exc, traced_in: 0 }
    }
}

pub type PyResult<T> = Result<T, PyErr>;

/// How a statement ended, apart from raising.
pub enum Flow {
    Normal,
    Break,
    Continue,
    Return(Value),
    /// A generator suspends with this value; enclosing constructs record their position
    /// as it unwinds (`runtime/generator.rs`).
    Yield(Value),
}

/// Whether an exception has no traceback entry yet (it has not left any frame).
pub fn traceback_is_empty(exc: &ObjRef) -> bool {
    match exc.payload() {
        crate::object::Payload::Instance(i) => i
            .exc
            .as_ref()
            .is_none_or(|e| e.borrow().traceback.is_none()),
        _ => true,
    }
}

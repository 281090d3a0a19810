//! The evaluator: a tree walker over the resolved syntax tree, with true reference counting.
//! `interp` holds the interpreter state, `exec` runs statements, `eval` expressions, `call`
//! binds arguments and runs functions, `ops` implements the operators and protocols, and
//! `traceback` prints exceptions as CPython does.

pub mod async_comprehension;
pub mod async_gen;
pub mod async_stmt;
pub mod attr_cache;
pub mod attr_hooks;
pub mod call;
pub mod call_unpack;
pub mod class_assign;
pub mod eval;
pub mod exec;
pub mod generator;
pub mod import;
pub mod interp;
pub mod metaclass;
pub mod native_base;
pub mod object_slots;
pub mod ops;
pub mod seq_iter;
pub mod signals;
pub mod stack;
pub mod suggestions;
pub mod suspend_expr;
pub mod traceback;

use crate::object::{ObjRef, Value};

/// A raised Python exception: the exception instance, which carries its traceback. One
/// pointer wide, so that `PyResult<Value>` fits in 16 bytes and every evaluation step
/// returns its result without a separate error word.
pub struct PyErr {
    pub exc: ObjRef,
}

impl PyErr {
    /// A new raise of `exc`: no frame has added a traceback entry for it yet.
    pub fn new(exc: ObjRef) -> PyErr {
        let err = PyErr { exc };
        err.set_traced_in(0);
        err
    }

    /// A raise of `exc` that continues from the frame at `frame_addr` (a bare `raise`),
    /// which must not add a second traceback entry.
    pub fn reraised_in(exc: ObjRef, frame_addr: usize) -> PyErr {
        let err = PyErr { exc };
        err.set_traced_in(frame_addr);
        err
    }

    /// The frame that last added a traceback entry for this raise (its address; 0 for
    /// none), so that an exception unwinding through nested statements of one frame gets
    /// one entry there, as in CPython. Kept in the exception's state.
    pub fn traced_in(&self) -> usize {
        match self.exc.payload() {
            crate::object::Payload::Instance(i) => i
                .exc
                .as_ref()
                .and_then(|e| e.try_borrow().ok().map(|e| e.traced_in))
                .unwrap_or(0),
            _ => 0,
        }
    }

    pub fn set_traced_in(&self, frame_addr: usize) {
        if let crate::object::Payload::Instance(i) = self.exc.payload() {
            if let Some(Ok(mut e)) = i.exc.as_ref().map(|e| e.try_borrow_mut()) {
                e.traced_in = frame_addr;
            }
        }
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

//! Exception state (what BaseException instances carry) and traceback objects. A traceback
//! entry keeps its frame, and so the frame's locals, alive until the exception dies.

use crate::object::{ObjRef, Value};
use crate::source::Span;
use std::cell::RefCell;

#[derive(Default)]
pub struct ExcState {
    /// The `args` tuple.
    pub args: Option<Value>,
    /// `__traceback__`: the newest entry is the outermost frame.
    pub traceback: Option<ObjRef>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    /// The frame that last added a traceback entry for the raise in flight (`PyErr::traced_in`).
    pub traced_in: usize,
}

pub struct PyTraceback {
    /// Declared first so that it is released first: CPython's `tb_dealloc` releases the
    /// inner entries (and so the innermost frames) before this entry's frame.
    pub next: RefCell<Option<ObjRef>>,
    pub frame: ObjRef,
    /// Where the frame was when the exception passed (`tb_lineno`, and PEP 657's columns).
    pub span: Span,
}

impl Drop for PyTraceback {
    /// CPython's `tb_dealloc`: the next (inner) entry first, then this frame, so the
    /// innermost frame's locals die first.
    fn drop(&mut self) {
        drop(self.next.get_mut().take());
    }
}

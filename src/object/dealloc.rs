//! The refcount-zero path, in CPython's order: the finalizer at most once (PEP 442) with a
//! resurrection check, then (with the weakref module) clearing weak references and calling
//! their callbacks, then releasing the payload's references in the order its type defines
//! (each payload's `Drop` does that). Nested container deallocations deeper than CPython's
//! trashcan limit are deferred so that dropping a million-deep structure cannot overflow
//! the native stack (CPython: Objects/object.c, `_PyTrash_thread_deposit_object`).

use super::{flags, ObjBox, ObjRef};
use std::cell::{Cell, RefCell};
use std::mem::ManuallyDrop;
use std::ptr::NonNull;

/// CPython's `_PyTrash_UNWIND_LEVEL`.
const TRASHCAN_LIMIT: usize = 50;

thread_local! {
    static TRASH_DEPTH: Cell<usize> = const { Cell::new(0) };
    /// Deallocations deferred by the trashcan, most recent last (CPython keeps a linked
    /// stack and destroys from its head, so the most recent goes first).
    static TRASH_LATER: RefCell<Vec<NonNull<ObjBox>>> = const { RefCell::new(Vec::new()) };
}

/// Runs when the last reference to `ptr` is dropped.
///
/// # Safety
/// The count of `ptr` is zero and nothing else will use it unless a finalizer resurrects it.
pub(crate) unsafe fn dealloc(ptr: NonNull<ObjBox>) {
    let boxed = ptr.as_ref();
    if boxed.payload.has_finalizer() && boxed.header.flags.get() & flags::FINALIZED == 0 {
        // CPython: PyObject_CallFinalizerFromDealloc. The object lives again while the
        // finalizer runs; if the finalizer stored it somewhere, its death is cancelled.
        boxed
            .header
            .flags
            .set(boxed.header.flags.get() | flags::FINALIZED);
        boxed.header.refcnt.set(1);
        let temporary = ManuallyDrop::new(ObjRef::from_raw(ptr));
        crate::types::run_finalizer(&temporary);
        let n = boxed.header.refcnt.get() - 1;
        boxed.header.refcnt.set(n);
        if n > 0 {
            return;
        }
    }
    if !boxed.payload.uses_trashcan() {
        drop(Box::from_raw(ptr.as_ptr()));
        return;
    }
    let depth = TRASH_DEPTH.with(Cell::get);
    if depth >= TRASHCAN_LIMIT {
        TRASH_LATER.with(|later| later.borrow_mut().push(ptr));
        return;
    }
    TRASH_DEPTH.with(|d| d.set(depth + 1));
    drop(Box::from_raw(ptr.as_ptr()));
    TRASH_DEPTH.with(|d| d.set(depth));
    if depth == 0 {
        destroy_deferred();
    }
}

/// Frees what the trashcan deferred, newest first, each at depth one so that it may defer
/// in turn.
fn destroy_deferred() {
    loop {
        let Some(ptr) = TRASH_LATER.with(|later| later.borrow_mut().pop()) else {
            return;
        };
        TRASH_DEPTH.with(|d| d.set(1));
        // SAFETY: deferred boxes have a zero count and were not freed.
        unsafe { drop(Box::from_raw(ptr.as_ptr())) };
        TRASH_DEPTH.with(|d| d.set(0));
    }
}

//! The refcount-zero path, in CPython's order: the trashcan check, then the finalizer at
//! most once (PEP 442) with a resurrection check, then (with the weakref module) clearing
//! weak references and calling their callbacks, then releasing the payload's references in
//! the order its type defines (each payload's `Drop` does that). Container deallocations
//! nested deeper than CPython's trashcan limit are deposited and run later, in CPython's
//! order, so that dropping a million-deep structure cannot overflow the native stack
//! (CPython: Objects/object.c `_PyTrash_begin`, `_PyTrash_thread_destroy_chain`).

use super::{flags, ObjBox, ObjRef};
use std::cell::{Cell, RefCell};
use std::mem::ManuallyDrop;
use std::ptr::NonNull;

/// CPython's `_PyTrash_UNWIND_LEVEL`.
const TRASHCAN_LIMIT: usize = 50;

thread_local! {
    static TRASH_DEPTH: Cell<usize> = const { Cell::new(0) };
    /// Deposited deallocations, most recent last; the chain is destroyed newest first.
    static TRASH_LATER: RefCell<Vec<NonNull<ObjBox>>> = const { RefCell::new(Vec::new()) };
}

/// Runs when the last reference to `ptr` is dropped.
///
/// # Safety
/// The count of `ptr` is zero and nothing else will use it unless a finalizer resurrects it.
pub(crate) unsafe fn dealloc(ptr: NonNull<ObjBox>) {
    let trashcan = ptr.as_ref().payload.uses_trashcan();
    if trashcan {
        let depth = TRASH_DEPTH.with(Cell::get);
        if depth >= TRASHCAN_LIMIT {
            TRASH_LATER.with(|later| later.borrow_mut().push(ptr));
            return;
        }
        TRASH_DEPTH.with(|d| d.set(depth + 1));
    }
    dealloc_body(ptr);
    if trashcan {
        let depth = TRASH_DEPTH.with(Cell::get) - 1;
        TRASH_DEPTH.with(|d| d.set(depth));
        if depth == 0 {
            destroy_deferred();
        }
    }
}

/// The finalizer, the resurrection check, then the release of the payload.
unsafe fn dealloc_body(ptr: NonNull<ObjBox>) {
    let boxed = ptr.as_ref();
    let has_weakrefs = boxed.header.flags.get() & flags::HAS_WEAKREFS != 0;
    // A generator's weakrefs are cleared before it is closed (CPython: gen_dealloc);
    // everything else clears them after its finalizer (subtype_dealloc).
    let weakrefs_first = boxed.payload.clears_weakrefs_first();
    if has_weakrefs && weakrefs_first {
        clear_weakrefs(ptr);
    }
    if boxed.payload.has_finalizer() && boxed.header.flags.get() & flags::FINALIZED == 0 {
        // CPython: PyObject_CallFinalizerFromDealloc. The object lives again while the
        // finalizer runs; if the finalizer stored it somewhere, its death is cancelled.
        boxed
            .header
            .flags
            .set(boxed.header.flags.get() | flags::FINALIZED);
        boxed.header.refcnt.set(1);
        super::gc::retrack(ptr);
        let temporary = ManuallyDrop::new(ObjRef::from_raw(ptr));
        crate::types::run_finalizer(&temporary);
        let n = boxed.header.refcnt.get() - 1;
        boxed.header.refcnt.set(n);
        if n > 0 {
            return;
        }
    }
    // Read the flag again: `__del__` may have made a weakref to the dying object.
    if !weakrefs_first && boxed.header.flags.get() & flags::HAS_WEAKREFS != 0 {
        clear_weakrefs(ptr);
        // A callback cannot resurrect the object: it only sees the dead weakref.
    }
    super::gc::untrack(ptr);
    std::ptr::drop_in_place(ptr.as_ptr());
    super::free_list::release(ptr);
}

unsafe fn clear_weakrefs(ptr: NonNull<ObjBox>) {
    let boxed = ptr.as_ref();
    boxed
        .header
        .flags
        .set(boxed.header.flags.get() & !flags::HAS_WEAKREFS);
    crate::types::weakref::clear_weakrefs(ptr.as_ptr() as usize);
}

/// Runs the deposited deallocations, newest first, each one level deep so that it may
/// deposit in turn.
fn destroy_deferred() {
    loop {
        let Some(ptr) = TRASH_LATER.with(|later| later.borrow_mut().pop()) else {
            return;
        };
        TRASH_DEPTH.with(|d| d.set(d.get() + 1));
        // SAFETY: deposited boxes have a zero count and were not freed.
        unsafe { dealloc(ptr) };
        TRASH_DEPTH.with(|d| d.set(d.get() - 1));
    }
}

//! Memory reuse for calls. Every Python call makes a vector of local slots that is freed
//! when the call returns, and a recursion frees them in bursts that defeat malloc's small
//! per-size caches. A frame's emptied slot vector is kept for the next call's arguments
//! (which become that call's slots in place: `Interp::call_function`, `Interp::call_direct`).
//! The frame itself lives inside its object's box, which `object/free_list.rs` reuses.

use crate::object::Value;
use std::cell::UnsafeCell;
use std::mem::ManuallyDrop;

/// Freed slot vectors kept for reuse, at most.
const MAX_SLOT_VECS: usize = 256;
/// Slot vectors larger than this are not kept.
const MAX_KEPT_CAPACITY: usize = 64;

// A slot vector is reused as an argument vector: the two element types must have one layout.
const _: () = assert!(
    std::mem::size_of::<Option<Value>>() == std::mem::size_of::<Value>()
        && std::mem::align_of::<Option<Value>>() == std::mem::align_of::<Value>()
);

thread_local! {
    // UnsafeCell: the list is touched only inside the functions below, which never call
    // out while they hold it. ManuallyDrop: a thread-local without a destructor is reached
    // without a lazy-registration check on every call; `release_all` empties the list.
    static SLOT_VECS: UnsafeCell<ManuallyDrop<Vec<Vec<Option<Value>>>>> =
        const { UnsafeCell::new(ManuallyDrop::new(Vec::new())) };
}

/// The kept slot vectors. The accessor is the whole of the thread-local access, so that it
/// is always inlined; callers use the list only between calls out.
#[inline(always)]
fn slot_vecs() -> *mut Vec<Vec<Option<Value>>> {
    SLOT_VECS.with(|v| v.get() as *mut Vec<Vec<Option<Value>>>)
}

/// Keeps an emptied slot vector for a later call.
#[inline]
pub fn recycle_slots(slots: Vec<Option<Value>>) {
    debug_assert!(slots.is_empty());
    if slots.capacity() == 0 || slots.capacity() > MAX_KEPT_CAPACITY {
        return;
    }
    // SAFETY: see the thread_local's comment.
    let vecs = unsafe { &mut *slot_vecs() };
    if vecs.len() < MAX_SLOT_VECS {
        vecs.push(slots);
    }
}

/// Releases a call's arguments first to last, then keeps their vector for a later call.
pub fn release_arguments(mut args: Vec<Value>) {
    for v in args.drain(..) {
        drop(v);
    }
    let mut args = std::mem::ManuallyDrop::new(args);
    // SAFETY: the vector is empty, and the two element types have one layout (checked
    // above), so the allocation is valid for either.
    recycle_slots(unsafe {
        Vec::from_raw_parts(args.as_mut_ptr() as *mut Option<Value>, 0, args.capacity())
    });
}

/// An empty vector for a call's arguments with room for `capacity` values, reusing a
/// recycled slot vector when one is large enough.
#[inline]
pub fn argument_vec(capacity: usize) -> Vec<Value> {
    // SAFETY: see the thread_local's comment.
    let vecs = unsafe { &mut *slot_vecs() };
    let reused = match vecs.last() {
        Some(last) if last.capacity() >= capacity => vecs.pop(),
        _ => None,
    };
    match reused {
        Some(v) => {
            let mut v = std::mem::ManuallyDrop::new(v);
            // SAFETY: the vector is empty, and the two element types have one layout
            // (checked above), so the allocation is valid for either.
            unsafe { Vec::from_raw_parts(v.as_mut_ptr() as *mut Value, 0, v.capacity()) }
        }
        None => Vec::with_capacity(capacity),
    }
}

/// An empty slot vector with room for `capacity` slots, reusing a recycled one when one
/// is large enough (for calls that evaluate their arguments straight into the slots).
#[inline(always)]
pub fn slot_vec(capacity: usize) -> Vec<Option<Value>> {
    // SAFETY: see the thread_local's comment.
    let vecs = unsafe { &mut *slot_vecs() };
    let reused = match vecs.last() {
        Some(last) if last.capacity() >= capacity => vecs.pop(),
        _ => None,
    };
    reused.unwrap_or_else(|| Vec::with_capacity(capacity))
}

/// Gives the kept slot vectors back to the system allocator (at exit, so that
/// leak checkers see no memory left behind).
pub fn release_all() {
    // SAFETY: see the thread_local's comment.
    drop(SLOT_VECS.with(|v| unsafe { ManuallyDrop::into_inner(std::mem::take(&mut *v.get())) }));
}

//! Memory reuse for calls. Every Python call makes a frame and a vector of local slots;
//! both are freed when the call returns, and a recursion frees them in bursts that defeat
//! malloc's small per-size caches. `FrameBox` owns a frame like a `Box` but returns its
//! memory to a free list, and a frame's emptied slot vector is kept for the next call's
//! arguments (which become that call's slots in place: `Interp::call_function`).

use super::function::PyFrame;
use crate::object::Value;
use std::alloc::{alloc, dealloc, handle_alloc_error, Layout};
use std::cell::UnsafeCell;
use std::mem::ManuallyDrop;
use std::ops::Deref;
use std::ptr::NonNull;

/// Freed frames and slot vectors kept for reuse, at most.
const MAX_FRAMES: usize = 256;
const MAX_SLOT_VECS: usize = 256;
/// Slot vectors larger than this are not kept.
const MAX_KEPT_CAPACITY: usize = 64;

// A slot vector is reused as an argument vector: the two element types must have one layout.
const _: () = assert!(
    std::mem::size_of::<Option<Value>>() == std::mem::size_of::<Value>()
        && std::mem::align_of::<Option<Value>>() == std::mem::align_of::<Value>()
);

thread_local! {
    // UnsafeCell: each list is touched only inside the functions below, which never call
    // out while they hold it. ManuallyDrop: a thread-local without a destructor is reached
    // without a lazy-registration check on every call; `release_all` empties the lists.
    static FRAMES: UnsafeCell<ManuallyDrop<Vec<NonNull<PyFrame>>>> =
        const { UnsafeCell::new(ManuallyDrop::new(Vec::new())) };
    static SLOT_VECS: UnsafeCell<ManuallyDrop<Vec<Vec<Option<Value>>>>> =
        const { UnsafeCell::new(ManuallyDrop::new(Vec::new())) };
}

/// The kept frames. The accessor is the whole of the thread-local access, so that it is
/// always inlined; callers use the list only between calls out.
#[inline(always)]
fn frames() -> *mut Vec<NonNull<PyFrame>> {
    FRAMES.with(|f| f.get() as *mut Vec<NonNull<PyFrame>>)
}

/// The kept slot vectors (see `frames`).
#[inline(always)]
fn slot_vecs() -> *mut Vec<Vec<Option<Value>>> {
    SLOT_VECS.with(|v| v.get() as *mut Vec<Vec<Option<Value>>>)
}

/// An owned frame, as `Box<PyFrame>` but with pooled memory.
pub struct FrameBox(NonNull<PyFrame>);

impl FrameBox {
    pub fn new(frame: PyFrame) -> FrameBox {
        // SAFETY: see the thread_local's comment.
        let reused = unsafe { (*frames()).pop() };
        let ptr = reused.unwrap_or_else(|| {
            let layout = Layout::new::<PyFrame>();
            // SAFETY: PyFrame is not zero-sized.
            NonNull::new(unsafe { alloc(layout) } as *mut PyFrame)
                .unwrap_or_else(|| handle_alloc_error(layout))
        });
        // SAFETY: `ptr` is unused memory for one PyFrame.
        unsafe { ptr.as_ptr().write(frame) };
        FrameBox(ptr)
    }
}

impl Deref for FrameBox {
    type Target = PyFrame;
    #[inline]
    fn deref(&self) -> &PyFrame {
        // SAFETY: the frame lives as long as its FrameBox.
        unsafe { self.0.as_ref() }
    }
}

impl Drop for FrameBox {
    fn drop(&mut self) {
        // SAFETY: the FrameBox owns the frame; after dropping it the memory is unused.
        unsafe {
            std::ptr::drop_in_place(self.0.as_ptr());
            let frames = &mut *frames();
            let kept = frames.len() < MAX_FRAMES;
            if kept {
                frames.push(self.0);
            }
            if !kept {
                dealloc(self.0.as_ptr() as *mut u8, Layout::new::<PyFrame>());
            }
        }
    }
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
#[inline]
pub fn slot_vec(capacity: usize) -> Vec<Option<Value>> {
    // SAFETY: see the thread_local's comment.
    let vecs = unsafe { &mut *slot_vecs() };
    let reused = match vecs.last() {
        Some(last) if last.capacity() >= capacity => vecs.pop(),
        _ => None,
    };
    reused.unwrap_or_else(|| Vec::with_capacity(capacity))
}

/// Gives the kept frames and slot vectors back to the system allocator (at exit, so that
/// leak checkers see no memory left behind).
pub fn release_all() {
    // SAFETY: see the thread_local's comment.
    let frames =
        FRAMES.with(|f| unsafe { ManuallyDrop::into_inner(std::mem::take(&mut *f.get())) });
    for ptr in frames {
        // SAFETY: kept frames came from `FrameBox::new` and were dropped in place.
        unsafe { dealloc(ptr.as_ptr() as *mut u8, Layout::new::<PyFrame>()) };
    }
    // SAFETY: see the thread_local's comment.
    drop(SLOT_VECS.with(|v| unsafe { ManuallyDrop::into_inner(std::mem::take(&mut *v.get())) }));
}

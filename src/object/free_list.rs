//! Memory for heap objects. Every object is one `ObjBox` of the same size, so freed boxes
//! are kept on a free list and handed out again before asking the system allocator, as
//! CPython keeps free lists for its common types: calls, temporaries and short-lived
//! instances then cost no trip through malloc (whose per-size cache holds only a few
//! blocks, and a recursion frees many frames in a burst).

use super::ObjBox;
use std::alloc::{alloc, dealloc, handle_alloc_error, Layout};
use std::cell::{Cell, UnsafeCell};
use std::mem::ManuallyDrop;
use std::ptr::NonNull;

/// Freed boxes kept for reuse at most (about 90 KB).
const MAX_FREE: usize = 1024;

thread_local! {
    // UnsafeCell: the list is touched by these two functions only, never re-entrantly
    // (neither calls out while it holds the list).
    // ManuallyDrop and a constant start: a thread-local without a destructor or lazy
    // initializer is reached without a state check; `release_all` empties it.
    static FREE: UnsafeCell<ManuallyDrop<Vec<NonNull<ObjBox>>>> =
        const { UnsafeCell::new(ManuallyDrop::new(Vec::new())) };
    /// Boxes obtained from the system allocator and not given back (in use or kept free):
    /// counted on the slow paths only, so that the live-object count costs nothing per object.
    static FROM_SYSTEM: Cell<usize> = const { Cell::new(0) };
}

/// Boxes holding live objects: those from the system allocator minus those kept free.
pub fn boxes_in_use() -> usize {
    // SAFETY: see the thread_local's comment.
    let free = FREE.with(|f| unsafe { (*f.get()).len() });
    FROM_SYSTEM.with(Cell::get) - free
}

/// The free list. The accessor is the whole of the thread-local access, so that it is
/// always inlined; callers use the list only between calls out.
#[inline(always)]
fn free() -> *mut Vec<NonNull<ObjBox>> {
    FREE.with(|f| f.get() as *mut Vec<NonNull<ObjBox>>)
}

/// Uninitialized memory for one `ObjBox`.
#[inline]
pub(super) fn allocate() -> NonNull<ObjBox> {
    // SAFETY: see the thread_local's comment.
    let reused = unsafe { (*free()).pop() };
    reused.unwrap_or_else(|| {
        FROM_SYSTEM.with(|n| n.set(n.get() + 1));
        let layout = Layout::new::<ObjBox>();
        // SAFETY: ObjBox is not zero-sized.
        NonNull::new(unsafe { alloc(layout) } as *mut ObjBox)
            .unwrap_or_else(|| handle_alloc_error(layout))
    })
}

/// Returns the memory of a box whose contents were already dropped.
///
/// # Safety
/// `ptr` came from `allocate`, its contents were dropped, and nothing uses it any more.
#[inline]
pub(super) unsafe fn release(ptr: NonNull<ObjBox>) {
    let free = &mut *free();
    let kept = free.len() < MAX_FREE;
    if kept {
        free.push(ptr);
    }
    if !kept {
        FROM_SYSTEM.with(|n| n.set(n.get() - 1));
        dealloc(ptr.as_ptr() as *mut u8, Layout::new::<ObjBox>());
    }
}

/// Gives every kept box back to the system allocator (at exit, so that leak checkers see
/// no memory left behind).
pub fn release_all() {
    // SAFETY: see the thread_local's comment.
    let boxes = FREE.with(|f| unsafe { ManuallyDrop::into_inner(std::mem::take(&mut *f.get())) });
    FROM_SYSTEM.with(|n| n.set(n.get() - boxes.len()));
    for ptr in boxes {
        // SAFETY: boxes on the free list came from `allocate` and hold nothing.
        unsafe { dealloc(ptr.as_ptr() as *mut u8, Layout::new::<ObjBox>()) };
    }
}

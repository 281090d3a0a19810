//! Memory for heap objects. Every object is one `ObjBox` of the same size, so freed boxes
//! are kept on a free list and handed out again before asking the system allocator, as
//! CPython keeps free lists for its common types: calls, temporaries and short-lived
//! instances then cost no trip through malloc (whose per-size cache holds only a few
//! blocks, and a recursion frees many frames in a burst).

use super::ObjBox;
use std::alloc::{alloc, dealloc, handle_alloc_error, Layout};
use std::cell::UnsafeCell;
use std::ptr::NonNull;

/// Freed boxes kept for reuse at most (about 90 KB).
const MAX_FREE: usize = 1024;

thread_local! {
    // UnsafeCell: the list is touched by these two functions only, never re-entrantly
    // (neither calls out while it holds the list).
    static FREE: UnsafeCell<Vec<NonNull<ObjBox>>> = UnsafeCell::new(Vec::with_capacity(MAX_FREE));
}

/// Uninitialized memory for one `ObjBox`.
#[inline]
pub(super) fn allocate() -> NonNull<ObjBox> {
    // SAFETY: see the thread_local's comment.
    let reused = FREE.with(|f| unsafe { (*f.get()).pop() });
    reused.unwrap_or_else(|| {
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
    let kept = FREE.with(|f| {
        let free = &mut *f.get();
        if free.len() < MAX_FREE {
            free.push(ptr);
            true
        } else {
            false
        }
    });
    if !kept {
        dealloc(ptr.as_ptr() as *mut u8, Layout::new::<ObjBox>());
    }
}

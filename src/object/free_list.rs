//! Memory for heap objects. Every object is one `ObjBox` of the same size, so boxes are
//! carved out of chunks of many boxes, and freed boxes are chained through their own
//! memory and handed out again first, as CPython's object allocator serves small objects
//! from pools: an object then costs exactly its size (the system allocator would add its
//! own header and round up, 8 bytes more per object), and making or freeing one is a few
//! pointer moves, never a trip through malloc.
//!
//! Chunks go back to the system only when the interpreter exits with no object alive, so
//! that leak checkers see no memory left behind; until then, memory freed by objects is
//! kept for objects. A leaked object is reported by `refpy --stats`; valgrind then reports
//! whole chunks, not the object.

use super::ObjBox;
use std::alloc::{alloc, dealloc, handle_alloc_error, Layout};
use std::cell::UnsafeCell;
use std::mem::ManuallyDrop;
use std::ptr::{null_mut, NonNull};

/// Boxes per chunk (about 44 KB: below the system allocator's mmap threshold).
const CHUNK_BOXES: usize = 512;

/// A freed box: its memory holds the link to the next freed box.
struct FreeBox {
    next: *mut FreeBox,
}

const _: () = assert!(
    std::mem::size_of::<FreeBox>() <= std::mem::size_of::<ObjBox>()
        && std::mem::align_of::<FreeBox>() <= std::mem::align_of::<ObjBox>()
);

struct Pool {
    /// The most recently freed box, or null.
    free: *mut FreeBox,
    free_len: usize,
    /// The part of the newest chunk never handed out: `next` up to `end`.
    next: *mut ObjBox,
    end: *mut ObjBox,
    chunks: Vec<NonNull<ObjBox>>,
}

thread_local! {
    // UnsafeCell: the pool is touched by the functions below only, never re-entrantly
    // (none of them calls out while it holds the pool). ManuallyDrop and a constant start:
    // a thread-local without a destructor or lazy initializer is reached without a state
    // check; `release_all` gives the chunks back.
    static POOL: UnsafeCell<ManuallyDrop<Pool>> = const {
        UnsafeCell::new(ManuallyDrop::new(Pool {
            free: null_mut(),
            free_len: 0,
            next: null_mut(),
            end: null_mut(),
            chunks: Vec::new(),
        }))
    };
}

/// The pool. The accessor is the whole of the thread-local access, so that it is always
/// inlined; callers use the pool only between calls out.
#[inline(always)]
fn pool() -> *mut Pool {
    POOL.with(|p| p.get() as *mut Pool)
}

fn chunk_layout() -> Layout {
    Layout::array::<ObjBox>(CHUNK_BOXES).expect("chunk layout")
}

impl Pool {
    fn unused_in_chunk(&self) -> usize {
        (self.end as usize - self.next as usize) / std::mem::size_of::<ObjBox>()
    }

    fn in_use(&self) -> usize {
        self.chunks.len() * CHUNK_BOXES - self.unused_in_chunk() - self.free_len
    }

    #[cold]
    fn new_chunk(&mut self) {
        let layout = chunk_layout();
        // SAFETY: the layout is not zero-sized.
        let chunk = NonNull::new(unsafe { alloc(layout) } as *mut ObjBox)
            .unwrap_or_else(|| handle_alloc_error(layout));
        self.chunks.push(chunk);
        self.next = chunk.as_ptr();
        // SAFETY: one past the end of the chunk just allocated.
        self.end = unsafe { chunk.as_ptr().add(CHUNK_BOXES) };
    }
}

/// Boxes holding live objects.
pub fn boxes_in_use() -> usize {
    // SAFETY: see the thread_local's comment.
    unsafe { (*pool()).in_use() }
}

/// Uninitialized memory for one `ObjBox`.
#[inline]
pub(super) fn allocate() -> NonNull<ObjBox> {
    // SAFETY: see the thread_local's comment; freed boxes and the unused part of the
    // newest chunk are memory no object uses.
    unsafe {
        let p = &mut *pool();
        if let Some(free) = NonNull::new(p.free) {
            p.free = (*free.as_ptr()).next;
            p.free_len -= 1;
            return free.cast();
        }
        if p.next == p.end {
            p.new_chunk();
        }
        let b = p.next;
        p.next = b.add(1);
        NonNull::new_unchecked(b)
    }
}

/// Returns the memory of a box whose contents were already dropped.
///
/// # Safety
/// `ptr` came from `allocate`, its contents were dropped, and nothing uses it any more.
#[inline]
pub(super) unsafe fn release(ptr: NonNull<ObjBox>) {
    let p = &mut *pool();
    let f = ptr.as_ptr() as *mut FreeBox;
    f.write(FreeBox { next: p.free });
    p.free = f;
    p.free_len += 1;
}

/// Gives the chunks back to the system allocator when no object is alive (at exit, so
/// that leak checkers see no memory left behind). With objects still alive (a leak that
/// `--stats` reports), the chunks stay: those objects may still be reached.
pub fn release_all() {
    // SAFETY: see the thread_local's comment.
    let p = unsafe { &mut *pool() };
    if p.in_use() != 0 {
        return;
    }
    for chunk in std::mem::take(&mut p.chunks) {
        // SAFETY: every chunk came from `alloc` with this layout, and no box in it is in
        // use.
        unsafe { dealloc(chunk.as_ptr() as *mut u8, chunk_layout()) };
    }
    p.free = null_mut();
    p.free_len = 0;
    p.next = null_mut();
    p.end = null_mut();
}

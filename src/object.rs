//! The object model's core: `ObjRef`, the one handle that owns a reference (clone increfs,
//! drop decrefs), the heap box behind it, and `Value`, which keeps immediates (None, bools,
//! ints that fit 64 bits, floats) out of the heap. What happens at refcount zero is in
//! `object/dealloc.rs`.

pub mod dealloc;
pub mod free_list;
pub mod gc;
pub mod trace;

use std::cell::Cell;
use std::fmt;
use std::ptr::NonNull;

/// A Python value. Immediates have no identity a program can observe, so they need no heap
/// object and no reference count. The tag is a whole word so that writing a value and
/// reading it back are same-width memory operations (a byte tag read back as part of a
/// wider load defeats store-to-load forwarding on every returned result).
#[repr(u64)]
pub enum Value {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(ObjRef),
}

impl Clone for Value {
    /// A whole-value copy plus a reference for objects. The derived clone copies each
    /// variant's payload separately, and its overlapping byte moves stall the store-to-load
    /// forwarding of every local variable read.
    #[inline]
    fn clone(&self) -> Value {
        if let Value::Obj(o) = self {
            std::mem::forget(o.clone());
        }
        // SAFETY: the immediates own nothing, and for an object the reference the copy
        // owns was taken just above.
        unsafe { std::ptr::read(self) }
    }
}

impl Value {
    pub fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{}", if *b { "True" } else { "False" }),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x:?}"),
            Value::Obj(o) => write!(f, "<object at {:p}>", o.ptr),
        }
    }
}

/// Header flags.
pub mod flags {
    /// The finalizer (`__del__`, a generator's close) has run: PEP 442 runs it at most once.
    pub const FINALIZED: u32 = 1;
    /// Weak references point at the object (see `types/weakref.rs`).
    pub const HAS_WEAKREFS: u32 = 2;
    /// A dict that CPython would not track: it has held only atomic keys and values since
    /// it was made or since the last full collection (see `object/gc.rs`).
    pub const DICT_UNTRACKED: u32 = 4;
    /// The frame of a generator, which CPython keeps inside the generator object.
    pub const GENERATOR_FRAME: u32 = 8;
    /// Set only while the collector analyses a generation (`object/gc.rs`): the object was
    /// found reachable, tentatively unreachable, or reachable again after that.
    pub const GC_REACHED: u32 = 16;
    pub const GC_UNREACHABLE: u32 = 32;
    pub const GC_RETURNED: u32 = 64;
}

/// What every heap object starts with.
pub struct Header {
    refcnt: Cell<u32>,
    flags: Cell<u32>,
    /// Where the object was created: a location id from `crate::location`, so that lifetime
    /// reports can say which line made an object without a lookup at allocation time.
    origin: Cell<u32>,
    /// The object's place in the cycle collector's lists (`object/gc.rs`); 0 when untracked.
    gc_slot: Cell<u32>,
}

/// A heap object: header plus the payload of its type.
pub struct ObjBox {
    header: Header,
    pub payload: Payload,
}

pub use crate::types::Payload;

/// The number of heap objects alive on this thread (`refpy --stats` reports it at exit).
pub fn live_objects() -> usize {
    free_list::boxes_in_use()
}

/// An owned reference to a heap object. Cloning increments the count; dropping decrements
/// it and, at zero, runs the dealloc protocol of the object's type.
pub struct ObjRef {
    ptr: NonNull<ObjBox>,
}

impl ObjRef {
    /// Allocates an object with a count of one. Returns a new reference.
    pub fn new(payload: Payload) -> ObjRef {
        let tracked = payload.is_gc();
        let r = ObjRef::new_untracked(payload);
        if tracked {
            gc::track(r.ptr);
        }
        r
    }

    /// Allocates a container the collector does not see yet (`track_late` adds it). A
    /// running frame is one: the interpreter's frame stack holds it, so nothing it refers
    /// to can be garbage while it runs, and CPython 3.11 only tracks a frame object that
    /// outlives its execution (frameobject.c `take_ownership`).
    #[inline]
    pub fn new_untracked(payload: Payload) -> ObjRef {
        let ptr = free_list::allocate();
        // SAFETY: fresh memory for one ObjBox; it is released by `dealloc` only.
        unsafe {
            ptr.as_ptr().write(ObjBox {
                header: Header {
                    refcnt: Cell::new(1),
                    flags: Cell::new(0),
                    origin: Cell::new(crate::location::current()),
                    gc_slot: Cell::new(0),
                },
                payload,
            });
        }
        ObjRef { ptr }
    }

    /// Starts tracking a container made with `new_untracked`, at the young end of the
    /// youngest generation; does nothing if it is tracked already.
    pub fn track_late(&self) {
        if self.boxed().header.gc_slot.get() == 0 && self.payload().is_gc() {
            gc::track(self.ptr);
        }
    }

    /// Drops the frame of a call that has returned. A frame nothing else holds (no
    /// traceback, no `f_back` of another frame) has no finalizer and no weakrefs and is not
    /// tracked, so it skips the general dealloc protocol: its slots are released in slot
    /// order by `PyFrame`'s drop and its box goes straight back to the free list.
    #[inline]
    pub fn drop_call_frame(self) {
        let h = &self.boxed().header;
        if h.refcnt.get() != 1 || h.flags.get() != 0 || h.gc_slot.get() != 0 {
            return drop(self);
        }
        h.refcnt.set(0);
        let ptr = std::mem::ManuallyDrop::new(self).ptr;
        // SAFETY: this was the last reference, and the box is released exactly once. The
        // frame variant holds nothing but the frame, so dropping the frame drops the payload.
        unsafe {
            match &mut (*ptr.as_ptr()).payload {
                Payload::Frame(f) => std::ptr::drop_in_place(f),
                other => std::ptr::drop_in_place(other),
            }
            free_list::release(ptr);
        }
    }

    /// Wraps a pointer whose count the caller has already accounted for.
    ///
    /// # Safety
    /// `ptr` must point to a live box, and the caller must own one count of it.
    pub(crate) unsafe fn from_raw(ptr: NonNull<ObjBox>) -> ObjRef {
        ObjRef { ptr }
    }

    /// A new reference to a live object known by address.
    ///
    /// # Safety
    /// `addr` must be the address of a live object (`ObjRef::addr`).
    pub(crate) unsafe fn from_addr_incref(addr: usize) -> ObjRef {
        let r = ObjRef {
            ptr: NonNull::new_unchecked(addr as *mut ObjBox),
        };
        let h = &r.boxed().header;
        h.refcnt.set(h.refcnt.get() + 1);
        r
    }

    #[inline]
    fn boxed(&self) -> &ObjBox {
        // SAFETY: an ObjRef holds a counted reference, so the box is alive while it exists.
        unsafe { self.ptr.as_ref() }
    }

    #[inline]
    pub fn payload(&self) -> &Payload {
        &self.boxed().payload
    }

    #[inline]
    pub fn refcount(&self) -> usize {
        self.boxed().header.refcnt.get() as usize
    }

    pub fn origin(&self) -> u32 {
        self.boxed().header.origin.get()
    }

    pub fn has_flag(&self, flag: u32) -> bool {
        self.boxed().header.flags.get() & flag != 0
    }

    pub fn set_flag(&self, flag: u32) {
        let h = &self.boxed().header;
        h.flags.set(h.flags.get() | flag);
    }

    pub fn clear_flag(&self, flag: u32) {
        let h = &self.boxed().header;
        h.flags.set(h.flags.get() & !flag);
    }

    /// Identity, as `is` and `id()` see it.
    #[inline]
    pub fn is(&self, other: &ObjRef) -> bool {
        self.ptr == other.ptr
    }

    pub fn addr(&self) -> usize {
        self.ptr.as_ptr() as usize
    }
}

impl Clone for ObjRef {
    #[inline]
    fn clone(&self) -> ObjRef {
        let h = &self.boxed().header;
        h.refcnt.set(h.refcnt.get() + 1);
        ObjRef { ptr: self.ptr }
    }
}

impl Drop for ObjRef {
    #[inline]
    fn drop(&mut self) {
        let h = &self.boxed().header;
        let n = h.refcnt.get() - 1;
        h.refcnt.set(n);
        if n == 0 {
            // SAFETY: the count reached zero, so this was the last reference.
            unsafe { dealloc::dealloc(self.ptr) }
        }
    }
}

impl PartialEq for ObjRef {
    fn eq(&self, other: &ObjRef) -> bool {
        self.is(other)
    }
}

impl fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "<object at {:p}, refcount {}>",
            self.ptr,
            self.refcount()
        )
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::types::list::PyList;
    use std::cell::RefCell;

    thread_local! {
        static DEATHS: RefCell<Vec<u32>> = const { RefCell::new(Vec::new()) };
    }

    /// A payload that logs its death.
    pub struct Probe(pub u32);

    impl Drop for Probe {
        fn drop(&mut self) {
            DEATHS.with(|d| d.borrow_mut().push(self.0));
        }
    }

    fn deaths() -> Vec<u32> {
        DEATHS.with(|d| std::mem::take(&mut *d.borrow_mut()))
    }

    fn probe(n: u32) -> Value {
        Value::Obj(ObjRef::new(Payload::Probe(Probe(n))))
    }

    #[test]
    fn list_releases_last_item_first() {
        let list = ObjRef::new(Payload::List(PyList::new(vec![
            probe(0),
            probe(1),
            probe(2),
        ])));
        let alias = list.clone();
        assert_eq!(list.refcount(), 2);
        drop(list);
        assert!(deaths().is_empty());
        drop(alias);
        assert_eq!(deaths(), vec![2, 1, 0]);
    }

    #[test]
    fn collector_frees_a_self_referencing_list() {
        let list = ObjRef::new(Payload::List(PyList::new(vec![probe(5)])));
        if let Payload::List(l) = list.payload() {
            l.items.borrow_mut().push(Value::Obj(list.clone()));
        }
        assert!(gc::is_tracked(&list));
        assert_eq!(gc::collect(2), 0);
        drop(list);
        assert!(deaths().is_empty());
        assert_eq!(gc::collect(2), 1);
        assert_eq!(deaths(), vec![5]);
        assert_eq!(gc::collect(2), 0);
    }

    #[test]
    fn deep_nesting_does_not_overflow_the_stack() {
        let mut v = probe(7);
        for _ in 0..1_000_000 {
            v = Value::Obj(ObjRef::new(Payload::List(PyList::new(vec![v]))));
        }
        drop(v);
        assert_eq!(deaths(), vec![7]);
    }
}
// Every object is an `ObjBox`: a str keeps its short text inside it without growing it.
const _: () = assert!(std::mem::size_of::<ObjBox>() <= 88);

#[cfg(test)]
mod size_tests {
    /// Every object is an `ObjBox`; the 1 000 000-instance memory target depends on it.
    #[test]
    fn objects_stay_small() {
        assert!(std::mem::size_of::<super::Value>() <= 16);
        assert!(std::mem::size_of::<crate::runtime::PyResult<super::Value>>() <= 16);
        assert!(std::mem::size_of::<super::ObjBox>() <= 88);
    }
}

//! The cycle collector (CPython 3.11: Modules/gcmodule.c `gc_collect_main`). Tracked
//! objects sit in lists in the order they were tracked: the three generations, the
//! unreachable set of a running collection, and the frozen objects. Each list is a vector
//! of addresses with tombstones (0) where an object left, compacted when a collection
//! walks it; the header's `gc_slot` names the list and the index, so leaving is O(1).

use super::{flags, trace, ObjBox, ObjRef};
use std::cell::RefCell;
use std::ptr::NonNull;

const UNREACHABLE: usize = 3;
const PERMANENT: usize = 4;
const LISTS: usize = 5;
const LIST_SHIFT: u32 = 29;
const INDEX_MASK: u32 = (1 << LIST_SHIFT) - 1;

/// `gc.DEBUG_SAVEALL`.
pub const DEBUG_SAVEALL: u32 = 32;

/// `gc.get_stats()` of one generation.
#[derive(Clone, Copy, Default)]
pub struct GenStats {
    pub collections: usize,
    pub collected: usize,
}

struct State {
    lists: [Vec<usize>; LISTS],
    stats: [GenStats; 3],
    live: [usize; LISTS],
    /// `gc.get_count()`.
    count: [usize; 3],
    threshold: [usize; 3],
    enabled: bool,
    collecting: bool,
    debug: u32,
    /// Survivors of generation-1 collections since the last full one, and the size of
    /// generation 2 after it (CPython's long-lived ratio rule).
    long_lived_pending: usize,
    long_lived_total: usize,
    /// Where generation 0 stood when an allocation made a collection due: its list length
    /// and count. CPython collects inside that allocation; refpy collects at the next
    /// statement, leaving what was allocated since out of the collection, as if it ran then.
    trigger: Option<(usize, usize)>,
}

thread_local! {
    // Built at compile time: every container's allocation and free goes through it, and a
    // lazily built state would be checked for initialization on each.
    static GC: RefCell<State> = const { RefCell::new(State {
        lists: [const { Vec::new() }; LISTS],
        stats: [GenStats { collections: 0, collected: 0 }; 3],
        live: [0; LISTS],
        count: [0; 3],
        threshold: [700, 10, 10],
        enabled: true,
        collecting: false,
        debug: 0,
        long_lived_pending: 0,
        long_lived_total: 0,
        trigger: None,
    }) };
    /// Set when an allocation pushed generation 0 over its threshold; the interpreter
    /// collects at its next statement.
    static PENDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether an automatic collection is waiting to run.
#[inline]
pub fn pending() -> bool {
    PENDING.with(std::cell::Cell::get)
}

fn header(addr: usize) -> &'static super::Header {
    // SAFETY: only addresses of live tracked objects are passed here.
    unsafe { &(*(addr as *const ObjBox)).header }
}

fn push(st: &mut State, list: usize, addr: usize) {
    let v = &mut st.lists[list];
    v.push(addr);
    st.live[list] += 1;
    header(addr)
        .gc_slot
        .set(((list as u32) << LIST_SHIFT) | v.len() as u32);
}

fn remove(st: &mut State, addr: usize) -> Option<usize> {
    let h = header(addr);
    let slot = h.gc_slot.get();
    if slot == 0 {
        return None;
    }
    let list = (slot >> LIST_SHIFT) as usize;
    let index = (slot & INDEX_MASK) as usize - 1;
    st.lists[list][index] = 0;
    st.live[list] -= 1;
    h.gc_slot.set(0);
    Some(list)
}

/// Removes the tombstones of one list, keeping the order.
fn compact(st: &mut State, list: usize) -> Vec<usize> {
    let v: Vec<usize> = std::mem::take(&mut st.lists[list])
        .into_iter()
        .filter(|&a| a != 0)
        .collect();
    st.live[list] = 0;
    v
}

/// Starts tracking a new object (CPython: `_PyObject_GC_Link` and `_PyObject_GC_TRACK`).
pub(crate) fn track(ptr: NonNull<ObjBox>) {
    let addr = ptr.as_ptr() as usize;
    // SAFETY: `ptr` is the object being made.
    let payload = unsafe { &ptr.as_ref().payload };
    // Every call has a frame object in refpy; CPython 3.11 makes one only when something
    // asks for it, so frames do not count as allocations here (CPython: `_PyFrame_New`).
    let counted = !matches!(payload, super::Payload::Frame(_));
    match payload {
        super::Payload::Dict(d) if d.map.borrow().is_empty() || dict_is_atomic(d) => {
            let h = header(addr);
            h.flags.set(h.flags.get() | flags::DICT_UNTRACKED);
        }
        // CPython keeps a generator's frame inside the generator object: the frame is not
        // an object of its own to count or list.
        super::Payload::Generator(g) => g.frame().set_flag(flags::GENERATOR_FRAME),
        _ => {}
    }
    GC.with(|g| {
        let mut st = g.borrow_mut();
        st.count[0] += counted as usize;
        if counted
            && st.enabled
            && !st.collecting
            && st.threshold[0] > 0
            && st.count[0] > st.threshold[0]
            && st.trigger.is_none()
        {
            PENDING.with(|p| p.set(true));
            st.trigger = Some((st.lists[0].len(), st.count[0]));
        }
        push(&mut st, 0, addr);
        // Keep a list without collections from filling with tombstones (not while a
        // trigger position into it is pending).
        if st.trigger.is_none() && st.lists[0].len() > 1024 && st.lists[0].len() > 2 * st.live[0] {
            let v = compact(&mut st, 0);
            for a in v {
                push(&mut st, 0, a);
            }
        }
    });
}

/// Stops tracking an object that is being freed.
pub(crate) fn untrack(ptr: NonNull<ObjBox>) {
    let addr = ptr.as_ptr() as usize;
    if header(addr).gc_slot.get() == 0 {
        // A tuple the collector untracked still counts as a deallocation, as in CPython.
        // SAFETY: `ptr` is the object being freed.
        if let super::Payload::Tuple(t) = unsafe { &ptr.as_ref().payload } {
            if !t.items.is_empty() {
                GC.with(|g| {
                    let mut st = g.borrow_mut();
                    st.count[0] = st.count[0].saturating_sub(1);
                });
            }
        }
        return;
    }
    // SAFETY: `ptr` is the object being freed.
    let counted = !matches!(unsafe { &ptr.as_ref().payload }, super::Payload::Frame(_));
    GC.with(|g| {
        let mut st = g.borrow_mut();
        remove(&mut st, addr);
        st.count[0] = st.count[0].saturating_sub(counted as usize);
    });
}

/// Stops tracking a live object whose owner traverses it instead (the native value of
/// an instance of a built-in type's subclass).
pub fn untrack_object(obj: &ObjRef) {
    untrack(obj.ptr);
}

/// Moves a tracked object to the end of generation 0, as CPython's deallocator does when
/// it tracks an object again to run its finalizer.
pub(crate) fn retrack(ptr: NonNull<ObjBox>) {
    let addr = ptr.as_ptr() as usize;
    if header(addr).gc_slot.get() == 0 {
        return;
    }
    GC.with(|g| {
        let mut st = g.borrow_mut();
        remove(&mut st, addr);
        push(&mut st, 0, addr);
    });
}

/// Moves a tracked object to the end of generation 0.
pub fn move_to_young_end(obj: &ObjRef) {
    retrack(obj.ptr);
}

/// Whether the collector has the object in its lists (refpy keeps every dict there).
pub fn in_lists(obj: &ObjRef) -> bool {
    obj.boxed().header.gc_slot.get() != 0
}

/// Whether CPython would have the object tracked (`gc.is_tracked`): in the lists, and not
/// a dict that has held only atomic keys and values (CPython: `MAINTAIN_TRACKING`,
/// `_PyDict_MaybeUntrack`).
pub fn is_tracked(obj: &ObjRef) -> bool {
    in_lists(obj) && !dict_untracked(obj.ptr.as_ptr() as usize)
}

/// CPython's `_PyObject_GC_MAY_BE_TRACKED`: a container, and for a tuple a tracked one.
fn may_be_tracked(v: &super::Value) -> bool {
    match v {
        super::Value::Obj(o) => match o.payload() {
            super::Payload::Tuple(_) => in_lists(o),
            p => p.is_gc(),
        },
        _ => false,
    }
}

/// A store into a dict: storing a container makes a dict CPython did not track tracked
/// (CPython: `MAINTAIN_TRACKING`).
#[inline]
pub fn dict_store(dict: &ObjRef, key: &super::Value, value: &super::Value) {
    if dict.has_flag(flags::DICT_UNTRACKED) && (may_be_tracked(key) || may_be_tracked(value)) {
        let h = &dict.boxed().header;
        h.flags.set(h.flags.get() & !flags::DICT_UNTRACKED);
    }
}

/// Whether a dict's keys and values are all atomic. A dict borrowed for writing counts as
/// holding containers.
fn dict_is_atomic(d: &crate::types::dict::PyDict) -> bool {
    match d.map.try_borrow() {
        Ok(map) => map
            .iter()
            .all(|(k, v)| !may_be_tracked(&k.key) && !may_be_tracked(v)),
        Err(_) => false,
    }
}

/// Whether the object at `addr` is a dict CPython would not track. A flagged dict that
/// now holds a container was tracked by the store that put it there: the flag goes.
fn dict_untracked(addr: usize) -> bool {
    let h = header(addr);
    if h.flags.get() & flags::DICT_UNTRACKED == 0 {
        return false;
    }
    // SAFETY: flagged objects are live dicts.
    let payload = unsafe { &(*(addr as *const ObjBox)).payload };
    let super::Payload::Dict(d) = payload else {
        return false;
    };
    if dict_is_atomic(d) {
        return true;
    }
    h.flags.set(h.flags.get() & !flags::DICT_UNTRACKED);
    false
}

pub fn is_enabled() -> bool {
    GC.with(|g| g.borrow().enabled)
}

pub fn set_enabled(on: bool) {
    GC.with(|g| g.borrow_mut().enabled = on);
}

pub fn count() -> [usize; 3] {
    GC.with(|g| g.borrow().count)
}

pub fn threshold() -> [usize; 3] {
    GC.with(|g| g.borrow().threshold)
}

pub fn set_threshold(t: [usize; 3]) {
    GC.with(|g| g.borrow_mut().threshold = t);
}

pub fn debug() -> u32 {
    GC.with(|g| g.borrow().debug)
}

pub fn set_debug(d: u32) {
    GC.with(|g| g.borrow_mut().debug = d);
}

/// `gc.freeze()`: every tracked object moves to the permanent generation.
pub fn freeze() {
    GC.with(|g| {
        let mut st = g.borrow_mut();
        for gen in 0..3 {
            for a in compact(&mut st, gen) {
                push(&mut st, PERMANENT, a);
            }
        }
        st.count[0] = 0;
    });
}

/// `gc.unfreeze()`: the permanent generation goes back to the oldest one.
pub fn unfreeze() {
    GC.with(|g| {
        let mut st = g.borrow_mut();
        for a in compact(&mut st, PERMANENT) {
            push(&mut st, 2, a);
        }
    });
}

/// The tracked objects of one generation (or all), oldest first, as new references.
pub fn objects(generation: Option<usize>) -> Vec<ObjRef> {
    GC.with(|g| {
        let st = g.borrow();
        let gens: Vec<usize> = match generation {
            Some(n) => vec![n],
            None => vec![0, 1, 2],
        };
        let mut out = Vec::new();
        for gen in gens {
            for &a in &st.lists[gen] {
                if a != 0
                    && header(a).refcnt.get() > 0
                    && !dict_untracked(a)
                    && header(a).flags.get() & flags::GENERATOR_FRAME == 0
                {
                    // SAFETY: tracked objects with a count are alive.
                    out.push(unsafe { ObjRef::from_addr_incref(a) });
                }
            }
        }
        out
    })
}

/// While `deduce_unreachable` runs (no Python code does), the header slot of each object
/// under analysis holds this mark and the object's count of references from outside the
/// analysed set (CPython keeps that count in the collector's header the same way), and
/// the header flags hold its state: no side table, whose size on a full collection of a
/// large heap would be part of the peak memory.
const ANALYSED: u32 = 7;
/// The largest count the slot holds. An object with more references keeps this count for
/// the whole analysis and counts as referenced from outside (it keeps what it refers to).
const REFS_MAX: u32 = INDEX_MASK;
const ANALYSIS_FLAGS: u32 = flags::GC_REACHED | flags::GC_UNREACHABLE | flags::GC_RETURNED;

fn traverse_addr(addr: usize, visit: &mut dyn trace::Visit) {
    // SAFETY: the collector only walks live objects.
    let payload = unsafe { &(*(addr as *const ObjBox)).payload };
    trace::traverse(payload, visit);
}

/// The header of an object under analysis, or `None` for one outside the analysed set.
#[inline]
fn analysed(addr: usize) -> Option<&'static super::Header> {
    let h = header(addr);
    (h.gc_slot.get() >> LIST_SHIFT == ANALYSED).then_some(h)
}

#[inline]
fn refs(h: &super::Header) -> u32 {
    h.gc_slot.get() & INDEX_MASK
}

#[inline]
fn set_refs(h: &super::Header, n: u32) {
    h.gc_slot.set((ANALYSED << LIST_SHIFT) | n);
}

#[inline]
fn has(h: &super::Header, flag: u32) -> bool {
    h.flags.get() & flag != 0
}

#[inline]
fn mark(h: &super::Header, set: u32, clear: u32) {
    h.flags.set((h.flags.get() | set) & !clear);
}

/// `update_refs`, `subtract_refs` and `move_unreachable` over `young` (objects whose
/// header slots are clear). Returns the reachable objects in their new order and the
/// unreachable ones in list order; their slots are clear again on return.
fn deduce_unreachable(mut young: Vec<usize>) -> (Vec<usize>, Vec<usize>) {
    for &a in &young {
        let h = header(a);
        set_refs(h, h.refcnt.get().min(REFS_MAX));
    }
    for &a in &young {
        traverse_addr(a, &mut |child: &ObjRef| {
            if let Some(h) = analysed(child.addr()) {
                match refs(h) {
                    REFS_MAX => {}
                    // More references visited than counted: a traverse bug; the object
                    // is kept, as CPython's negative count would keep it.
                    0 => set_refs(h, REFS_MAX),
                    n => set_refs(h, n - 1),
                }
            }
        });
    }
    // move_unreachable: objects found reachable again after being set aside are scanned
    // in the order they came back, after the young list (CPython moves them to its end).
    let scanned = young.len();
    let mut back: Vec<usize> = Vec::new();
    let mut unreachable: Vec<usize> = Vec::new();
    let mut i = 0;
    loop {
        let a = match young.get(i) {
            Some(&a) => a,
            None => match back.get(i - scanned) {
                Some(&a) => a,
                None => break,
            },
        };
        i += 1;
        let h = header(a);
        if refs(h) == 0 {
            mark(h, flags::GC_UNREACHABLE, 0);
            unreachable.push(a);
            continue;
        }
        mark(h, flags::GC_REACHED, 0);
        traverse_addr(a, &mut |child: &ObjRef| {
            let c = child.addr();
            let Some(ch) = analysed(c) else { return };
            if has(ch, flags::GC_REACHED) {
                return;
            }
            if has(ch, flags::GC_UNREACHABLE) {
                mark(ch, flags::GC_RETURNED, flags::GC_UNREACHABLE);
                set_refs(ch, 1);
                back.push(c);
            } else if refs(ch) == 0 {
                set_refs(ch, 1);
            }
        });
    }
    // An object that came back is listed at its first place too: its later one counts.
    // Filtered in place: on a full collection these vectors hold every tracked object.
    young.retain(|&a| !has(header(a), flags::GC_UNREACHABLE | flags::GC_RETURNED));
    young.extend(back);
    let reachable = young;
    unreachable.retain(|&a| has(header(a), flags::GC_UNREACHABLE));
    for &a in reachable.iter().chain(&unreachable) {
        let h = header(a);
        h.gc_slot.set(0);
        mark(h, 0, ANALYSIS_FLAGS);
    }
    (reachable, unreachable)
}

/// A new reference to a live tracked object by address.
fn incref(addr: usize) -> ObjRef {
    // SAFETY: callers pass addresses still present in a collector list, which are alive.
    unsafe { ObjRef::from_addr_incref(addr) }
}

/// Entry `i` of the unreachable list (0 where an object left), `None` past its end.
fn unreachable_entry(i: usize) -> Option<usize> {
    GC.with(|g| g.borrow().lists[UNREACHABLE].get(i).copied())
}

fn still_unreachable(addr: usize) -> bool {
    let slot = header(addr).gc_slot.get();
    slot != 0 && (slot >> LIST_SHIFT) as usize == UNREACHABLE
}

/// Moves whatever is left of the unreachable list to generation `old`.
fn unreachable_to(old: usize) {
    GC.with(|g| {
        let mut st = g.borrow_mut();
        for a in compact(&mut st, UNREACHABLE) {
            header(a).gc_slot.set(0);
            push(&mut st, old, a);
        }
    });
}

/// Marks a collection as running; false when one already is.
pub fn begin() -> bool {
    GC.with(|g| {
        let mut st = g.borrow_mut();
        if st.collecting {
            return false;
        }
        st.collecting = true;
        true
    })
}

/// Marks the running collection as finished.
pub fn end() {
    GC.with(|g| g.borrow_mut().collecting = false);
}

/// Collects `generation` (0, 1 or 2) and returns the number of unreachable objects found,
/// counted as CPython counts them. Returns 0 at once when a collection is running.
pub fn collect(generation: usize) -> usize {
    if !begin() {
        return 0;
    }
    let n = collect_main(generation);
    end();
    n
}

/// One explicit collection (CPython: `gc_collect_main`); the caller holds the running mark.
pub fn collect_main(generation: usize) -> usize {
    collect_generation(generation, false)
}

/// Counts the allocations made by `gc.callbacks` before an automatic collection as made
/// before its trigger: CPython calls them first and then zeroes the count.
pub fn absorb_into_trigger(allocations: usize) {
    GC.with(|g| {
        if let Some((_, count)) = &mut g.borrow_mut().trigger {
            *count += allocations;
        }
    });
}

/// The automatic collection an allocation made due (see `State::trigger`).
pub fn collect_main_automatic(generation: usize) -> usize {
    collect_generation(generation, true)
}

fn collect_generation(generation: usize, automatic: bool) -> usize {
    let old = if generation < 2 { generation + 1 } else { 2 };
    // Merge the younger generations into the collected one, youngest first, and take the
    // objects out of the lists while the analysis runs.
    let young: Vec<usize> = GC.with(|g| {
        let mut st = g.borrow_mut();
        // An automatic collection leaves out what was allocated after its trigger.
        let trigger = st.trigger.take().filter(|_| automatic);
        let (split, count_at_trigger) = trigger.unwrap_or((usize::MAX, st.count[0]));
        // Split in place: generation 0 may hold every tracked object.
        let mut before = std::mem::take(&mut st.lists[0]);
        st.live[0] = 0;
        let after = before.split_off(split.min(before.len()));
        before.retain(|&a| a != 0);
        for a in after.into_iter().filter(|&a| a != 0) {
            push(&mut st, 0, a);
        }
        // CPython appends each younger generation to the collected one, youngest first.
        let mut young = if generation == 0 {
            before
        } else {
            let mut young = compact(&mut st, generation);
            if young.is_empty() {
                young = before;
            } else {
                young.extend(before);
            }
            for gen in 1..generation {
                young.extend(compact(&mut st, gen));
            }
            young
        };
        young.retain(|&a| a != 0);
        for &a in &young {
            header(a).gc_slot.set(0);
        }
        if generation + 1 < 3 {
            st.count[generation + 1] += 1;
        }
        for gen in 1..=generation {
            st.count[gen] = 0;
        }
        st.count[0] = st.count[0].saturating_sub(count_at_trigger);
        young
    });
    // Objects whose count already reached zero (waiting in the trashcan) are left alone.
    // Split in place: on a full collection `young` holds every tracked object.
    let mut young = young;
    let mut dying: Vec<usize> = Vec::new();
    young.retain(|&a| {
        let zero = header(a).refcnt.get() == 0;
        if zero {
            dying.push(a);
        }
        !zero
    });
    let (mut reachable, unreachable) = deduce_unreachable(young);
    // untrack_tuples: a surviving tuple of atomic items leaves the lists for good.
    reachable.retain(|&a| !tuple_is_atomic(a));
    // untrack_dicts, on full collections only (CPython avoids quadratic work otherwise).
    let mut untracked_dicts = 0;
    for &a in &reachable {
        // SAFETY: reachable objects are alive.
        if let super::Payload::Dict(d) = unsafe { &(*(a as *const ObjBox)).payload } {
            let h = header(a);
            if generation == 2 && h.flags.get() & flags::DICT_UNTRACKED == 0 && dict_is_atomic(d) {
                h.flags.set(h.flags.get() | flags::DICT_UNTRACKED);
            }
            if dict_untracked(a) {
                untracked_dicts += 1;
            }
        }
    }
    GC.with(|g| {
        let mut st = g.borrow_mut();
        if generation == 1 {
            st.long_lived_pending += reachable.len() - untracked_dicts;
        }
        if st.lists[old].is_empty() && dying.is_empty() {
            // The survivors become the older generation's list as they are, without a
            // second list of every object.
            st.lists[old] = reachable;
            st.live[old] = st.lists[old].len();
            for (i, &a) in st.lists[old].iter().enumerate() {
                header(a)
                    .gc_slot
                    .set(((old as u32) << LIST_SHIFT) | (i as u32 + 1));
            }
        } else {
            for a in dying.into_iter().chain(reachable) {
                push(&mut st, old, a);
            }
        }
        for &a in &unreachable {
            push(&mut st, UNREACHABLE, a);
        }
    });
    let mut found = 0;
    // handle_weakrefs: every weakref to garbage dies now; the callbacks of weakrefs that
    // are not garbage themselves run before any finalizer.
    let mut callbacks: Vec<ObjRef> = Vec::new();
    for &a in &unreachable {
        let h = header(a);
        if h.flags.get() & flags::HAS_WEAKREFS == 0 {
            continue;
        }
        h.flags.set(h.flags.get() & !flags::HAS_WEAKREFS);
        for w in crate::types::weakref::detach_weakrefs(a) {
            if still_unreachable(w.addr()) || !crate::types::weakref::has_callback(&w) {
                continue;
            }
            callbacks.push(w);
        }
    }
    for w in callbacks {
        crate::types::weakref::call_callback(&w);
        if w.refcount() == 1 {
            found += 1;
        }
        drop(w);
    }
    // finalize_garbage: each finalizer once, in list order.
    // Read the list entry each time: a finalizer may free later entries (which leave
    // tombstones), so their addresses must not be touched afterwards.
    let mut i = 0;
    while let Some(a) = unreachable_entry(i) {
        i += 1;
        if a == 0 {
            continue;
        }
        let obj = incref(a);
        if !obj.has_flag(flags::FINALIZED) {
            if obj.payload().has_finalizer() {
                obj.set_flag(flags::FINALIZED);
                crate::types::run_finalizer(&obj);
            } else if let super::Payload::Generator(g) = obj.payload() {
                // The collector finalizes every generator: closing one that never started
                // throws GeneratorExit at its first line, which releases its locals.
                use crate::runtime::generator::{GenKind, GenState};
                if g.kind == GenKind::Generator && g.state.get() == GenState::Created {
                    obj.set_flag(flags::FINALIZED);
                    crate::runtime::interp::with(|interp| interp.finish_generator(g));
                }
            }
        }
        drop(obj);
    }
    // handle_resurrected_objects: what a finalizer made reachable again survives, with
    // everything it references.
    let remaining = GC.with(|g| {
        let mut st = g.borrow_mut();
        let v = compact(&mut st, UNREACHABLE);
        for &a in &v {
            header(a).gc_slot.set(0);
        }
        v
    });
    let (resurrected, garbage) = deduce_unreachable(remaining);
    GC.with(|g| {
        let mut st = g.borrow_mut();
        for a in resurrected {
            push(&mut st, old, a);
        }
        for &a in &garbage {
            push(&mut st, UNREACHABLE, a);
        }
    });
    // Dicts CPython would not track die by refcount there, uncounted.
    found += garbage
        .iter()
        .filter(|&&a| !dict_untracked(a) && header(a).flags.get() & flags::GENERATOR_FRAME == 0)
        .map(|&a| 1 + hidden_objects(a))
        .sum::<usize>();
    // delete_garbage: tp_clear in list order; the refcount deaths that follow free it.
    let save_all = debug() & DEBUG_SAVEALL != 0;
    drop(garbage);
    let mut i = 0;
    while let Some(a) = unreachable_entry(i) {
        i += 1;
        if a == 0 {
            continue;
        }
        let obj = incref(a);
        if save_all {
            crate::modules::gc::save_garbage(obj.clone());
        } else {
            trace::clear(&obj);
        }
        drop(obj);
    }
    unreachable_to(old);
    GC.with(|g| {
        let mut st = g.borrow_mut();
        if generation == 2 {
            st.long_lived_pending = 0;
            st.long_lived_total = st.live[2].saturating_sub(untracked_dicts);
        }
        st.stats[generation].collections += 1;
        st.stats[generation].collected += found;
    });
    found
}

/// Objects of CPython's that refpy keeps inside the object at `addr` and that die with it:
/// a function's closure tuple, and its `__defaults__` tuple, `__kwdefaults__` dict and
/// annotations tuple when they hold a container (CPython tracks those for certain; refpy
/// holds them in the function itself). They count in what a collection found.
fn hidden_objects(addr: usize) -> usize {
    // SAFETY: the collector only looks at live objects.
    match unsafe { &(*(addr as *const ObjBox)).payload } {
        super::Payload::Function(f) => {
            let defaults = f
                .defaults
                .try_borrow()
                .is_ok_and(|d| d.iter().any(may_be_tracked));
            let kwdefaults = f
                .kwdefaults
                .try_borrow()
                .is_ok_and(|d| d.iter().any(|(_, v)| may_be_tracked(v)));
            // Annotations not yet read are CPython's tuple of names and values.
            let annotations = f.annotations.try_borrow().is_ok_and(|a| match &*a {
                crate::types::function::Annotations::Values(v) => v.iter().any(may_be_tracked),
                _ => false,
            });
            usize::from(!f.closure.is_empty())
                + usize::from(defaults)
                + usize::from(kwdefaults)
                + usize::from(annotations)
        }
        _ => 0,
    }
}

/// Whether the object at `addr` is a tuple whose items are all atomic or untracked
/// (CPython: `_PyTuple_MaybeUntrack`).
fn tuple_is_atomic(addr: usize) -> bool {
    // SAFETY: the collector only looks at live objects.
    match unsafe { &(*(addr as *const ObjBox)).payload } {
        super::Payload::Tuple(t) => !t.items.iter().any(may_be_tracked),
        _ => false,
    }
}

/// `gc.get_stats()`.
pub fn stats() -> [GenStats; 3] {
    GC.with(|g| g.borrow().stats)
}

/// `gc.get_freeze_count()`.
pub fn freeze_count() -> usize {
    GC.with(|g| {
        let st = g.borrow();
        st.lists[PERMANENT]
            .iter()
            .filter(|&&a| a != 0 && !dict_untracked(a))
            .count()
    })
}

/// The tracked objects that refer to any of `targets` (by address), generation 0 first,
/// each generation oldest first (CPython: `gc_referrers_for`).
pub fn referrers(targets: &[usize]) -> Vec<ObjRef> {
    let candidates: Vec<usize> = GC.with(|g| {
        let st = g.borrow();
        (0..3)
            .flat_map(|gen| st.lists[gen].iter().copied())
            .filter(|&a| a != 0 && header(a).refcnt.get() > 0 && !dict_untracked(a))
            .collect()
    });
    let mut out = Vec::new();
    for a in candidates {
        let mut hit = false;
        traverse_addr(a, &mut |child: &ObjRef| {
            hit |= targets.contains(&child.addr());
        });
        if hit {
            out.push(incref(a));
        }
    }
    out
}

/// The generation an automatic collection should collect now, if any (CPython:
/// `gc_collect_generations`). Clears the pending mark.
pub fn due() -> Option<usize> {
    PENDING.with(|p| p.set(false));
    GC.with(|g| {
        let mut st = g.borrow_mut();
        if !st.enabled || st.collecting || st.threshold[0] == 0 || st.trigger.is_none() {
            st.trigger = None;
            return None;
        }
        (0..3).rev().find(|&gen| {
            (gen == 0 || st.count[gen] > st.threshold[gen])
                && !(gen == 2 && st.long_lived_pending < st.long_lived_total / 4)
        })
    })
}

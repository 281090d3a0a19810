//! The hash table behind `set` and `frozenset`, laid out as CPython 3.11's (Objects/
//! setobject.c): open addressing over a power-of-two table with linear probes followed by
//! perturbed probing, dummies left by deletions, and the same growth rule. Iteration, repr
//! and release all walk the slots in order, so they see CPython's order.

use crate::object::Value;
use crate::runtime::interp::Interp;
use crate::runtime::ops::same;
use crate::runtime::PyResult;
use std::cell::{Cell, RefCell};

pub const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

pub enum Slot {
    Empty,
    /// A deleted entry (CPython's dummy, hash -1).
    Dummy,
    Active {
        hash: i64,
        key: Value,
    },
}

pub struct Table {
    pub slots: Vec<Slot>,
    /// Active plus dummy slots.
    pub fill: usize,
    /// Active slots.
    pub used: usize,
    /// Where `pop` starts looking.
    pub finger: usize,
    /// Changes whenever the slots are replaced (CPython compares table pointers).
    pub version: u64,
}

pub fn empty_slots(n: usize) -> Vec<Slot> {
    let mut v = Vec::with_capacity(n);
    v.resize_with(n, || Slot::Empty);
    v
}

/// The next probe start after `i` (CPython: `i = (i * 5 + 1 + perturb) & mask`).
#[inline]
fn next_probe(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    ((i as u64)
        .wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb) as usize)
        & mask
}

/// Puts a key known to be absent into a table without dummies (`set_insert_clean`).
fn insert_clean(slots: &mut [Slot], key: Value, hash: i64) {
    let mask = slots.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        let probes = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        if let Some(slot) = slots[i..=i + probes]
            .iter_mut()
            .find(|s| matches!(s, Slot::Empty))
        {
            *slot = Slot::Active { hash, key };
            return;
        }
        i = next_probe(i, &mut perturb, mask);
    }
}

impl Table {
    pub fn new() -> Table {
        Table {
            slots: empty_slots(MINSIZE),
            fill: 0,
            used: 0,
            finger: 0,
            version: 0,
        }
    }

    pub fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// `set_table_resize`: the smallest power of two above `minused`, active entries
    /// re-inserted in slot order.
    pub fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MINSIZE && self.slots.len() == MINSIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.slots, empty_slots(newsize));
        self.fill = self.used;
        self.version += 1;
        for slot in old {
            if let Slot::Active { hash, key } = slot {
                insert_clean(&mut self.slots, key, hash);
            }
        }
    }

    /// Places a new key into the empty or dummy slot `at` found by a search.
    fn place(&mut self, at: usize, was_empty: bool, key: Value, hash: i64) {
        self.slots[at] = Slot::Active { hash, key };
        self.used += 1;
        if was_empty {
            self.fill += 1;
            let mask = self.mask();
            if self.fill * 5 >= mask * 3 {
                let used = self.used;
                self.resize(if used > 50000 { used * 2 } else { used * 4 });
            }
        }
    }

    /// Copies `other`'s active entries into this table, which is empty (`set_merge` fast
    /// paths).
    pub fn fill_from_empty(&mut self, other: &Table) {
        if self.mask() == other.mask() && other.fill == other.used {
            for (i, s) in other.slots.iter().enumerate() {
                if let Slot::Active { hash, key } = s {
                    self.slots[i] = Slot::Active {
                        hash: *hash,
                        key: key.clone(),
                    };
                }
            }
        } else {
            for s in &other.slots {
                if let Slot::Active { hash, key } = s {
                    insert_clean(&mut self.slots, key.clone(), *hash);
                }
            }
        }
        self.fill = other.used;
        self.used = other.used;
    }

    /// Active entries in slot order.
    pub fn entries(&self) -> Vec<(Value, i64)> {
        self.slots
            .iter()
            .filter_map(|s| match s {
                Slot::Active { hash, key } => Some((key.clone(), *hash)),
                _ => None,
            })
            .collect()
    }
}

impl Default for Table {
    fn default() -> Self {
        Table::new()
    }
}

/// Releases the keys of a table in slot order.
pub fn release_slots(slots: Vec<Slot>) {
    for slot in slots {
        drop(slot);
    }
}

pub struct PySet {
    pub frozen: bool,
    /// Never drop a `Value` or run Python code while this is borrowed.
    pub table: RefCell<Table>,
    /// A frozenset's hash, computed once.
    pub hash: Cell<Option<i64>>,
}

impl PySet {
    pub fn new(frozen: bool) -> PySet {
        PySet {
            frozen,
            table: RefCell::new(Table::new()),
            hash: Cell::new(None),
        }
    }

    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn type_name(&self) -> &'static str {
        if self.frozen {
            "frozenset"
        } else {
            "set"
        }
    }

    pub fn entries(&self) -> Vec<(Value, i64)> {
        self.table.borrow().entries()
    }

    /// Compares a stored key with `key` (identity first), no borrow held. `Ok(None)` when
    /// the table changed under the comparison and the search must restart.
    fn compare_at(
        &self,
        interp: &Interp,
        j: usize,
        version: u64,
        startkey: Value,
        key: &Value,
    ) -> PyResult<Option<bool>> {
        let cmp = interp.eq(&startkey, key)?;
        if cmp {
            return Ok(Some(true));
        }
        let t = self.table.borrow();
        let unchanged = t.version == version
            && matches!(&t.slots[j], Slot::Active { key: k, .. } if same(k, &startkey));
        drop(t);
        drop(startkey);
        Ok(if unchanged { Some(false) } else { None })
    }

    /// `set_add_entry`: adds `key` unless an equal key is present.
    pub fn add_entry(&self, interp: &Interp, key: Value, hash: i64) -> PyResult<()> {
        'restart: loop {
            let (mask, version) = {
                let t = self.table.borrow();
                (t.mask(), t.version)
            };
            let mut i = (hash as u64 as usize) & mask;
            let mut perturb = hash as u64;
            let mut freeslot: Option<usize> = None;
            loop {
                let probes = if i + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
                for j in i..=i + probes {
                    let t = self.table.borrow();
                    match &t.slots[j] {
                        Slot::Empty => {
                            drop(t);
                            let mut t = self.table.borrow_mut();
                            match freeslot {
                                Some(f) => t.place(f, false, key, hash),
                                None => t.place(j, true, key, hash),
                            }
                            return Ok(());
                        }
                        Slot::Active { hash: h, key: k } if *h == hash => {
                            if same(k, &key) {
                                return Ok(());
                            }
                            let startkey = k.clone();
                            drop(t);
                            match self.compare_at(interp, j, version, startkey, &key)? {
                                Some(true) => return Ok(()),
                                Some(false) => {}
                                None => continue 'restart,
                            }
                        }
                        Slot::Dummy => freeslot = Some(j),
                        Slot::Active { .. } => {}
                    }
                }
                i = next_probe(i, &mut perturb, mask);
            }
        }
    }

    /// `set_lookkey`: the slot holding a key equal to `key`, if any.
    pub fn lookup(&self, interp: &Interp, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        'restart: loop {
            let (mask, version) = {
                let t = self.table.borrow();
                (t.mask(), t.version)
            };
            let mut i = (hash as u64 as usize) & mask;
            let mut perturb = hash as u64;
            loop {
                let probes = if i + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
                for j in i..=i + probes {
                    let t = self.table.borrow();
                    match &t.slots[j] {
                        Slot::Empty => return Ok(None),
                        Slot::Active { hash: h, key: k } if *h == hash => {
                            if same(k, key) {
                                return Ok(Some(j));
                            }
                            let startkey = k.clone();
                            drop(t);
                            match self.compare_at(interp, j, version, startkey, key)? {
                                Some(true) => return Ok(Some(j)),
                                Some(false) => {}
                                None => continue 'restart,
                            }
                        }
                        _ => {}
                    }
                }
                i = next_probe(i, &mut perturb, mask);
            }
        }
    }

    pub fn contains_entry(&self, interp: &Interp, key: &Value, hash: i64) -> PyResult<bool> {
        Ok(self.lookup(interp, key, hash)?.is_some())
    }

    /// `set_discard_entry`: turns the entry into a dummy and releases its key.
    pub fn discard_entry(&self, interp: &Interp, key: &Value, hash: i64) -> PyResult<bool> {
        let Some(j) = self.lookup(interp, key, hash)? else {
            return Ok(false);
        };
        let old = {
            let mut t = self.table.borrow_mut();
            if !matches!(t.slots[j], Slot::Active { .. }) {
                return Ok(false);
            }
            t.used -= 1;
            std::mem::replace(&mut t.slots[j], Slot::Dummy)
        };
        drop(old);
        Ok(true)
    }

    /// `set_clear_internal`: empties the table first, then releases the old keys in slot
    /// order.
    pub fn clear(&self) {
        let old = {
            let mut t = self.table.borrow_mut();
            let version = t.version + 1;
            let old = std::mem::take(&mut *t);
            t.version = version;
            old
        };
        release_slots(old.slots);
    }

    /// `set.pop()`: the first active entry from the finger on.
    pub fn pop(&self) -> Option<Value> {
        let mut t = self.table.borrow_mut();
        if t.used == 0 {
            return None;
        }
        let mask = t.mask();
        let mut i = t.finger & mask;
        while !matches!(t.slots[i], Slot::Active { .. }) {
            i += 1;
            if i > mask {
                i = 0;
            }
        }
        let old = std::mem::replace(&mut t.slots[i], Slot::Dummy);
        t.used -= 1;
        t.finger = i + 1;
        match old {
            Slot::Active { key, .. } => Some(key),
            _ => None,
        }
    }

    /// `frozenset_hash`.
    pub fn frozen_hash(&self) -> i64 {
        if let Some(h) = self.hash.get() {
            return h;
        }
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let t = self.table.borrow();
        let mut hash: u64 = 0;
        for s in &t.slots {
            if let Slot::Active { hash: h, .. } = s {
                hash ^= shuffle(*h as u64);
            }
        }
        hash ^= (t.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        let mut h = hash as i64;
        if h == -1 {
            h = 590923713;
        }
        self.hash.set(Some(h));
        h
    }
}

impl Drop for PySet {
    fn drop(&mut self) {
        release_slots(std::mem::take(&mut self.table.get_mut().slots));
    }
}

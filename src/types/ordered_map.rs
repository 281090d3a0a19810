//! The table behind dicts: entries in insertion order plus a hash index, as CPython's
//! compact dict keeps them. Deleting leaves a hole in the entries (O(1), no shifting), and
//! the holes are squeezed out when they outnumber the live entries. Entry positions
//! ("indices") count holes, so they stay valid across deletions; a position that is a
//! hole reads as absent.

use hashbrown::HashTable;
use indexmap::Equivalent;
use std::cell::Cell;

/// One entry with its hash (kept so the index can be rebuilt without rehashing keys).
pub struct Bucket<K, V> {
    hash: u64,
    key: K,
    value: V,
}

pub struct OrderedMap<K, V> {
    /// Positions into `entries`, found by hash.
    table: HashTable<usize>,
    entries: Vec<Option<Bucket<K, V>>>,
}

impl<K, V> Default for OrderedMap<K, V> {
    fn default() -> Self {
        // A new map may take the place of another one (`mem::take`, then moved elsewhere).
        keys_changed();
        OrderedMap {
            table: HashTable::new(),
            entries: Vec::new(),
        }
    }
}

thread_local! {
    /// Moves whenever any map on this thread is made or gains or loses a key: while it
    /// stays the same, every key of every map is where it was (name caches rely on it:
    /// `Interp::load_global_cached`). A thread-local, as the maps are. Starts at 1 so that
    /// an empty cache (0) never matches.
    static KEYS_EPOCH: Cell<u64> = const { Cell::new(1) };
}

/// The current keys epoch (see `KEYS_EPOCH`).
#[inline]
pub fn keys_epoch() -> u64 {
    KEYS_EPOCH.with(Cell::get)
}

#[inline]
fn keys_changed() {
    KEYS_EPOCH.with(|e| e.set(e.get() + 1));
}

/// A key that knows its Python hash.
pub trait PyHashed {
    fn py_hash(&self) -> i64;
}

/// The table's hash of a key. The table takes a position from the low bits and a 7-bit
/// tag from the top ones, and probes group after group until it meets a free slot. Python's
/// int hashes are the ints themselves: used as positions directly they would keep runs of
/// int keys next to each other (as CPython does), but a missing key that falls inside a
/// long full run would then probe the whole run. So keys are placed in blocks of 16
/// consecutive hashes (one probe group, so runs of ints keep most of their locality), the
/// blocks are scattered, and the tag mixes every bit so that keys of a block differ.
fn hash_of<Q: PyHashed + ?Sized>(q: &Q) -> u64 {
    let h = q.py_hash() as u64;
    let mix = |x: u64| {
        let m = x.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        m ^ (m >> 29)
    };
    let position = (mix(h >> 4) << 4) | (h & 15);
    let tag = mix(h) >> 57;
    (position & ((1 << 57) - 1)) | (tag << 57)
}

impl<K: PyHashed + Eq, V> OrderedMap<K, V> {
    /// The number of live entries: the index holds exactly one position per entry.
    pub fn len(&self) -> usize {
        self.table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    /// One past the last position (holes included): the bound for walking by position.
    pub fn slots(&self) -> usize {
        self.entries.len()
    }

    fn find<Q: PyHashed + Equivalent<K> + ?Sized>(&self, q: &Q) -> Option<usize> {
        let entries = &self.entries;
        self.table
            .find(hash_of(q), |&i| {
                entries[i].as_ref().is_some_and(|b| q.equivalent(&b.key))
            })
            .copied()
    }

    pub fn get<Q: PyHashed + Equivalent<K> + ?Sized>(&self, q: &Q) -> Option<&V> {
        let i = self.find(q)?;
        self.entries[i].as_ref().map(|b| &b.value)
    }

    pub fn get_mut<Q: PyHashed + Equivalent<K> + ?Sized>(&mut self, q: &Q) -> Option<&mut V> {
        let i = self.find(q)?;
        self.entries[i].as_mut().map(|b| &mut b.value)
    }

    /// The position, key and value of an entry.
    pub fn get_full<Q: PyHashed + Equivalent<K> + ?Sized>(&self, q: &Q) -> Option<(usize, &K, &V)> {
        let i = self.find(q)?;
        self.entries[i].as_ref().map(|b| (i, &b.key, &b.value))
    }

    /// The entry at a position; `None` for a hole or past the end.
    pub fn get_index(&self, i: usize) -> Option<(&K, &V)> {
        self.entries.get(i)?.as_ref().map(|b| (&b.key, &b.value))
    }

    pub fn get_index_mut(&mut self, i: usize) -> Option<(&K, &mut V)> {
        self.entries
            .get_mut(i)?
            .as_mut()
            .map(|b| (&b.key, &mut b.value))
    }

    /// The first live entry at or after position `i`, with its position.
    pub fn next_from(&self, mut i: usize) -> Option<(usize, &K, &V)> {
        while i < self.entries.len() {
            if let Some(b) = &self.entries[i] {
                return Some((i, &b.key, &b.value));
            }
            i += 1;
        }
        None
    }

    /// Stores a value; an existing key keeps its key object and position and the old value
    /// is returned.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        if let Some(slot) = self.get_mut(&key) {
            return Some(std::mem::replace(slot, value));
        }
        keys_changed();
        if self.entries.len() >= 8 && self.entries.len() - self.len() > self.len() {
            self.compact();
        }
        let hash = hash_of(&key);
        let i = self.entries.len();
        self.entries.push(Some(Bucket { hash, key, value }));
        let entries = &self.entries;
        self.table
            .insert_unique(hash, i, |&j| entries[j].as_ref().map_or(0, |b| b.hash));
        None
    }

    /// Removes an entry, leaving a hole so that the order of the others is kept.
    pub fn remove_entry<Q: PyHashed + Equivalent<K> + ?Sized>(&mut self, q: &Q) -> Option<(K, V)> {
        let entries = &self.entries;
        let entry = self
            .table
            .find_entry(hash_of(q), |&i| {
                entries[i].as_ref().is_some_and(|b| q.equivalent(&b.key))
            })
            .ok()?;
        let (i, _) = entry.remove();
        keys_changed();
        let b = self.entries[i].take()?;
        self.trim();
        Some((b.key, b.value))
    }

    /// Removes the last entry (`popitem`).
    pub fn pop(&mut self) -> Option<(K, V)> {
        keys_changed();
        self.trim();
        let b = self.entries.pop()??;
        let hash = b.hash;
        let i = self.entries.len();
        if let Ok(e) = self.table.find_entry(hash, |&j| j == i) {
            e.remove();
        }
        self.trim();
        Some((b.key, b.value))
    }

    /// Drops trailing holes, so that appending after deleting the last entries reuses them.
    fn trim(&mut self) {
        while matches!(self.entries.last(), Some(None)) {
            self.entries.pop();
        }
        if self.is_empty() {
            self.entries.clear();
            self.table.clear();
        }
    }

    /// Squeezes the holes out and rebuilds the index.
    fn compact(&mut self) {
        self.entries.retain(Option::is_some);
        self.table.clear();
        let entries = &self.entries;
        for (i, b) in entries.iter().enumerate() {
            let hash = b.as_ref().map_or(0, |b| b.hash);
            self.table
                .insert_unique(hash, i, |&j| entries[j].as_ref().map_or(0, |b| b.hash));
        }
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&K, &V)> {
        self.entries
            .iter()
            .filter_map(|b| b.as_ref().map(|b| (&b.key, &b.value)))
    }

    pub fn iter_mut(&mut self) -> impl Iterator<Item = (&K, &mut V)> {
        self.entries
            .iter_mut()
            .filter_map(|b| b.as_mut().map(|b| (&b.key, &mut b.value)))
    }

    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.iter().map(|(_, v)| v)
    }
}

impl<K, V> IntoIterator for OrderedMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::iter::FilterMap<
        std::vec::IntoIter<Option<Bucket<K, V>>>,
        fn(Option<Bucket<K, V>>) -> Option<(K, V)>,
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.entries
            .into_iter()
            .filter_map(|b| b.map(|b| (b.key, b.value)))
    }
}

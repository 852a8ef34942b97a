//! The compact, insertion-ordered hash table behind `dict` (sets use
//! `set_table.rs`, which reproduces CPython's set iteration order).
//!
//! Layout as in CPython's dicts: a dense `entries` vector in insertion order
//! (deleted entries become holes) and a sparse `indices` array of positions
//! into it, probed with CPython's perturbation scheme. The table never calls
//! Python code itself: key comparison that needs `__eq__` is handed back to
//! the caller as [`Probe::NeedEq`] with a resumable [`ProbeState`], so no
//! borrow of the table is held while Python code runs (which may mutate it;
//! callers detect that through [`Table::mutations`]).
//!
//! Invariants: `indices.len()` is a power of two (or zero); `fill` counts
//! the non-empty slots of `indices` (live entries and the DUMMY marks left
//! by deletions), and at least a third of `indices` is empty, so every
//! probe sequence meets an empty slot; `len` counts live entries.

use crate::value::Value;

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;
const MIN_SIZE: usize = 8;

/// One live entry.
pub struct Entry<V> {
    pub hash: i64,
    pub key: Value,
    pub value: V,
}

/// Where a probe sequence stands, so a lookup can resume after the caller
/// compared two keys with Python's `__eq__`.
#[derive(Clone, Copy, Debug)]
pub struct ProbeState {
    slot: usize,
    perturb: u64,
    started: bool,
}

/// Outcome of one lookup step.
pub enum Probe {
    /// The key is at this entry index.
    Found(usize),
    /// The key is absent.
    Missing,
    /// The entry at `entry` has the same hash but a key that is neither
    /// identical nor decidable without Python: the caller compares and then
    /// resumes with `state` (if not equal) or takes `entry` (if equal).
    NeedEq { entry: usize, state: ProbeState },
}

/// Equality of keys decidable without running Python code: `Some(eq)` or
/// `None` when `__eq__` must be called.
pub type SimpleEq = fn(&Value, &Value) -> Option<bool>;

/// An insertion-ordered hash table keyed by Python values.
pub struct Table<V> {
    indices: Vec<i32>,
    entries: Vec<Option<Entry<V>>>,
    len: usize,
    /// Slots of `indices` that are not EMPTY (live or DUMMY).
    fill: usize,
    mutations: u64,
    keys_version: u64,
}

impl<V> Default for Table<V> {
    fn default() -> Self {
        Table::new()
    }
}

impl<V> Table<V> {
    /// An empty table.
    pub const fn new() -> Table<V> {
        Table {
            indices: Vec::new(),
            entries: Vec::new(),
            len: 0,
            fill: 0,
            mutations: 0,
            keys_version: 0,
        }
    }

    /// A table with room for `n` entries without resizing.
    pub fn with_capacity(n: usize) -> Table<V> {
        let mut t = Table::new();
        if n > 0 {
            t.rebuild((n * 3 / 2 + 1).next_power_of_two().max(MIN_SIZE));
            t.entries.reserve(n);
        }
        t
    }

    /// Number of live entries.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the table has no entries.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Counter bumped by every change (values included); a caller that ran
    /// Python code between two steps compares it to detect mutation.
    pub fn mutations(&self) -> u64 {
        self.mutations
    }

    /// Counter bumped when the set of keys changes (insertion of a new key,
    /// deletion, clear); specialized global loads guard on it.
    pub fn keys_version(&self) -> u64 {
        self.keys_version
    }

    /// A probe state for a fresh lookup of `hash`.
    pub fn start(hash: i64) -> ProbeState {
        ProbeState {
            slot: hash as u64 as usize,
            perturb: hash as u64,
            started: false,
        }
    }

    /// Continues a lookup of `key` (with `hash`) from `state`.
    pub fn probe(
        &self,
        hash: i64,
        key: &Value,
        simple_eq: SimpleEq,
        mut state: ProbeState,
    ) -> Probe {
        if self.indices.is_empty() {
            return Probe::Missing;
        }
        let mask = self.indices.len() - 1;
        loop {
            if state.started {
                state.perturb >>= 5;
                state.slot = (state.slot.wrapping_mul(5))
                    .wrapping_add(state.perturb as usize)
                    .wrapping_add(1);
            }
            state.started = true;
            let ix = self.indices[state.slot & mask];
            if ix == EMPTY {
                return Probe::Missing;
            }
            if ix == DUMMY {
                continue;
            }
            let e = self.entries[ix as usize]
                .as_ref()
                .expect("index points at a live entry");
            if e.key.is(key) {
                return Probe::Found(ix as usize);
            }
            if e.hash == hash {
                match simple_eq(&e.key, key) {
                    Some(true) => return Probe::Found(ix as usize),
                    Some(false) => {}
                    None => {
                        return Probe::NeedEq {
                            entry: ix as usize,
                            state,
                        }
                    }
                }
            }
        }
    }

    /// The entry at index `i`, if live.
    pub fn entry(&self, i: usize) -> Option<&Entry<V>> {
        self.entries.get(i).and_then(|e| e.as_ref())
    }

    /// Mutable value of the entry at index `i`.
    pub fn value_mut(&mut self, i: usize) -> Option<&mut V> {
        self.mutations += 1;
        self.entries
            .get_mut(i)
            .and_then(|e| e.as_mut())
            .map(|e| &mut e.value)
    }

    /// Replaces the value at entry `i`, returning the old one.
    pub fn replace_value(&mut self, i: usize, value: V) -> Option<V> {
        self.value_mut(i).map(|v| std::mem::replace(v, value))
    }

    /// The first live entry at index `>= pos`, with its index.
    pub fn next_entry(&self, mut pos: usize) -> Option<(usize, &Entry<V>)> {
        while pos < self.entries.len() {
            if let Some(e) = &self.entries[pos] {
                return Some((pos, e));
            }
            pos += 1;
        }
        None
    }

    /// Iterates over live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry<V>> {
        self.entries.iter().filter_map(|e| e.as_ref())
    }

    /// Appends a new entry for a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: V) {
        // Deleted keys leave DUMMY slots that only a rebuild clears, so the
        // load factor counts them (`fill`), not just live entries.
        if self.indices.is_empty() || (self.fill + 1) * 3 > self.indices.len() * 2 {
            let want = ((self.len + 1) * 3).next_power_of_two().max(MIN_SIZE);
            self.rebuild(want);
        }
        let mask = self.indices.len() - 1;
        let mut slot = hash as u64 as usize;
        let mut perturb = hash as u64;
        loop {
            let i = slot & mask;
            if self.indices[i] < 0 {
                if self.indices[i] == EMPTY {
                    self.fill += 1;
                }
                self.indices[i] = self.entries.len() as i32;
                break;
            }
            perturb >>= 5;
            slot = slot
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1);
        }
        self.entries.push(Some(Entry { hash, key, value }));
        self.len += 1;
        self.mutations += 1;
        self.keys_version += 1;
    }

    /// Removes the entry at index `i` and returns it.
    pub fn remove_at(&mut self, i: usize) -> Option<Entry<V>> {
        let e = self.entries.get_mut(i)?.take()?;
        let mask = self.indices.len() - 1;
        let mut slot = e.hash as u64 as usize;
        let mut perturb = e.hash as u64;
        loop {
            let s = slot & mask;
            if self.indices[s] == i as i32 {
                self.indices[s] = DUMMY;
                break;
            }
            perturb >>= 5;
            slot = slot
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1);
        }
        self.len -= 1;
        self.mutations += 1;
        self.keys_version += 1;
        // Trim trailing holes so popitem stays O(1) amortized.
        while matches!(self.entries.last(), Some(None)) {
            self.entries.pop();
        }
        Some(e)
    }

    /// Removes and returns the last entry.
    pub fn pop_last(&mut self) -> Option<Entry<V>> {
        let i = self.entries.iter().rposition(|e| e.is_some())?;
        self.remove_at(i)
    }

    /// Removes every entry, returning them (so the caller can drop them
    /// outside any borrow).
    pub fn take_all(&mut self) -> Vec<Entry<V>> {
        let out: Vec<Entry<V>> = self.entries.drain(..).flatten().collect();
        self.indices.clear();
        self.len = 0;
        self.fill = 0;
        self.mutations += 1;
        self.keys_version += 1;
        out
    }

    fn rebuild(&mut self, size: usize) {
        let old = std::mem::take(&mut self.entries);
        self.entries = old.into_iter().filter(|e| e.is_some()).collect();
        self.indices = vec![EMPTY; size];
        self.fill = self.entries.len();
        let mask = size - 1;
        for (n, e) in self.entries.iter().enumerate() {
            let h = e.as_ref().expect("compacted").hash;
            let mut slot = h as u64 as usize;
            let mut perturb = h as u64;
            loop {
                let i = slot & mask;
                if self.indices[i] == EMPTY {
                    self.indices[i] = n as i32;
                    break;
                }
                perturb >>= 5;
                slot = slot
                    .wrapping_mul(5)
                    .wrapping_add(perturb as usize)
                    .wrapping_add(1);
            }
        }
        self.mutations += 1;
    }
}

impl<V: Clone> Table<V> {
    /// A copy of the table (keys and values share references).
    pub fn duplicate(&self) -> Table<V> {
        let mut t = Table::with_capacity(self.len);
        for e in self.iter() {
            t.insert_new(e.hash, e.key.clone(), e.value.clone());
        }
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small(i: i64) -> Value {
        Value::small_int(i).unwrap()
    }

    fn int_eq(a: &Value, b: &Value) -> Option<bool> {
        Some(a.as_small_int() == b.as_small_int())
    }

    fn find(t: &Table<i64>, hash: i64, key: &Value) -> Option<usize> {
        match t.probe(hash, key, int_eq, Table::<i64>::start(hash)) {
            Probe::Found(i) => Some(i),
            _ => None,
        }
    }

    #[test]
    fn insert_lookup_remove_keep_insertion_order() {
        let mut t: Table<i64> = Table::new();
        // Colliding hashes force probing.
        for i in 0..100 {
            t.insert_new(i % 7, small(i), i * 10);
        }
        assert_eq!(t.len(), 100);
        for i in 0..100 {
            let e = find(&t, i % 7, &small(i)).expect("present");
            assert_eq!(t.entry(e).unwrap().value, i * 10);
        }
        for i in (0..100).step_by(2) {
            let e = find(&t, i % 7, &small(i)).unwrap();
            assert_eq!(t.remove_at(e).unwrap().value, i * 10);
        }
        assert_eq!(t.len(), 50);
        assert!(find(&t, 0, &small(0)).is_none());
        let order: Vec<i64> = t.iter().map(|e| e.value / 10).collect();
        assert_eq!(order, (1..100).step_by(2).collect::<Vec<_>>());
    }

    #[test]
    fn keys_version_changes_only_with_the_key_set() {
        let mut t: Table<i64> = Table::new();
        t.insert_new(1, small(1), 1);
        let v = t.keys_version();
        t.replace_value(0, 2);
        assert_eq!(t.keys_version(), v);
        t.insert_new(2, small(2), 2);
        assert_ne!(t.keys_version(), v);
    }

    #[test]
    fn insert_delete_cycles_of_distinct_keys_terminate() {
        // Each cycle leaves a DUMMY slot; lookups of absent keys must still
        // meet an empty slot, so the table must rebuild in time.
        let mut t: Table<i64> = Table::new();
        for i in 0..1000 {
            assert_eq!(find(&t, i, &small(i)), None);
            t.insert_new(i, small(i), i);
            let ix = find(&t, i, &small(i)).expect("just inserted");
            t.remove_at(ix);
        }
        assert!(t.is_empty());
        assert!(t.fill * 3 <= t.indices.len() * 2);
    }

    #[test]
    fn pop_last_and_take_all() {
        let mut t: Table<i64> = Table::with_capacity(4);
        for i in 0..5 {
            t.insert_new(i, small(i), i);
        }
        assert_eq!(t.pop_last().unwrap().value, 4);
        assert_eq!(t.take_all().len(), 4);
        assert!(t.is_empty());
    }
}

//! The open-addressing hash table behind `set` and `frozenset`.
//!
//! Unlike dicts, CPython's sets are not insertion-ordered: they iterate in
//! slot order, so the order a program sees depends on the exact probing,
//! resizing and deletion rules. This table reproduces CPython 3.11's
//! `setobject.c` algorithm (linear runs of up to 9 extra slots, then
//! perturbed probing; a deleted slot becomes a dummy that a later insertion
//! reuses; growth when `fill * 5 >= mask * 3`) so that `{3, 1, 2}` prints
//! `{1, 2, 3}` as it does under CPython.
//!
//! Like [`crate::table::Table`], the table never calls Python code: a key
//! comparison that needs `__eq__` is handed back to the caller as
//! [`SetProbe::NeedEq`] with a resumable [`SetProbeState`].
//!
//! Invariants: the slot count is a power of two, at least 8; `fill` counts
//! active plus dummy slots, `used` active ones; at least one slot is empty.

use crate::table::SimpleEq;
use crate::value::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// One slot of the table.
enum Slot {
    Empty,
    Dummy,
    Active { hash: i64, key: Value },
}

/// Where a probe sequence stands (resumable after a Python `__eq__`).
#[derive(Clone, Copy, Debug)]
pub struct SetProbeState {
    base: usize,
    off: usize,
    run: usize,
    perturb: u64,
}

impl SetProbeState {
    fn new(hash: i64, mask: usize) -> SetProbeState {
        let base = hash as u64 as usize & mask;
        SetProbeState {
            base,
            off: 0,
            run: if base + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            },
            perturb: hash as u64,
        }
    }

    fn slot(&self) -> usize {
        self.base + self.off
    }

    fn advance(&mut self, mask: usize) {
        if self.off < self.run {
            self.off += 1;
            return;
        }
        self.perturb >>= PERTURB_SHIFT;
        self.base = (self
            .base
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(self.perturb as usize))
            & mask;
        self.off = 0;
        self.run = if self.base + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
    }
}

/// Outcome of one lookup step.
pub enum SetProbe {
    /// The key is in this slot.
    Found(usize),
    /// The key is absent.
    Missing,
    /// The slot holds a key with the same hash that only Python's `__eq__`
    /// can compare: compare, then take `slot` or resume from `state`.
    NeedEq { slot: usize, state: SetProbeState },
}

/// CPython's set table.
pub struct SetTable {
    slots: Vec<Slot>,
    fill: usize,
    used: usize,
    finger: usize,
    mutations: u64,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

fn empty_slots(n: usize) -> Vec<Slot> {
    let mut v = Vec::with_capacity(n);
    v.resize_with(n, || Slot::Empty);
    v
}

impl SetTable {
    /// An empty table (8 slots, as CPython's small table).
    pub fn new() -> SetTable {
        SetTable {
            slots: empty_slots(MIN_SIZE),
            fill: 0,
            used: 0,
            finger: 0,
            mutations: 0,
        }
    }

    /// Number of keys.
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether the set has no keys.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Counter bumped by every change; callers that ran Python code between
    /// two steps compare it to detect mutation.
    pub fn mutations(&self) -> u64 {
        self.mutations
    }

    /// A probe state for a fresh lookup of `hash`.
    pub fn start(&self, hash: i64) -> SetProbeState {
        SetProbeState::new(hash, self.mask())
    }

    /// Continues a lookup of `key` (with `hash`) from `state` (a state from
    /// [`SetTable::start`] is examined from its first slot).
    pub fn probe(
        &self,
        hash: i64,
        key: &Value,
        simple_eq: SimpleEq,
        mut state: SetProbeState,
        resume: bool,
    ) -> SetProbe {
        let mask = self.mask();
        if resume {
            state.advance(mask);
        }
        loop {
            let slot = state.slot();
            match &self.slots[slot] {
                Slot::Empty => return SetProbe::Missing,
                Slot::Dummy => {}
                Slot::Active { hash: h, key: k } => {
                    if *h == hash {
                        if k.is(key) {
                            return SetProbe::Found(slot);
                        }
                        match simple_eq(k, key) {
                            Some(true) => return SetProbe::Found(slot),
                            Some(false) => {}
                            None => return SetProbe::NeedEq { slot, state },
                        }
                    }
                }
            }
            state.advance(mask);
        }
    }

    /// The key in `slot`, if active.
    pub fn key_at(&self, slot: usize) -> Option<&Value> {
        match self.slots.get(slot) {
            Some(Slot::Active { key, .. }) => Some(key),
            _ => None,
        }
    }

    /// The first active slot at index `>= pos` with its hash and key.
    pub fn next_entry(&self, mut pos: usize) -> Option<(usize, i64, &Value)> {
        while pos < self.slots.len() {
            if let Slot::Active { hash, key } = &self.slots[pos] {
                return Some((pos, *hash, key));
            }
            pos += 1;
        }
        None
    }

    /// The keys in iteration (slot) order.
    pub fn iter(&self) -> impl Iterator<Item = &Value> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active { key, .. } => Some(key),
            _ => None,
        })
    }

    /// `(hash, key)` pairs in iteration order.
    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.slots
            .iter()
            .filter_map(|s| match s {
                Slot::Active { hash, key } => Some((*hash, key.clone())),
                _ => None,
            })
            .collect()
    }

    /// Inserts a key known to be absent, as CPython's `set_add_entry` does
    /// once its probe found no equal key: into the last dummy slot met on
    /// the probe sequence, else the empty slot that ended it (then growing
    /// the table when it is 60% full).
    pub fn insert_new(&mut self, hash: i64, key: Value) {
        let mask = self.mask();
        let mut state = SetProbeState::new(hash, mask);
        let mut freeslot = None;
        loop {
            let slot = state.slot();
            match &self.slots[slot] {
                Slot::Empty => break,
                Slot::Dummy => freeslot = Some(slot),
                Slot::Active { .. } => {}
            }
            state.advance(mask);
        }
        self.mutations += 1;
        self.used += 1;
        if let Some(f) = freeslot {
            self.slots[f] = Slot::Active { hash, key };
            return;
        }
        self.slots[state.slot()] = Slot::Active { hash, key };
        self.fill += 1;
        if self.fill * 5 >= mask * 3 {
            let n = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(n);
        }
    }

    /// CPython's `set_insert_clean`: places a key in a table without dummies
    /// or equal keys.
    fn insert_clean(slots: &mut [Slot], hash: i64, key: Value) {
        let mask = slots.len() - 1;
        let mut state = SetProbeState::new(hash, mask);
        while !matches!(slots[state.slot()], Slot::Empty) {
            state.advance(mask);
        }
        slots[state.slot()] = Slot::Active { hash, key };
    }

    /// Rebuilds the table with the smallest power-of-two size greater than
    /// `minused` (CPython's `set_table_resize`).
    pub fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.slots, empty_slots(newsize));
        for s in old {
            if let Slot::Active { hash, key } = s {
                Self::insert_clean(&mut self.slots, hash, key);
            }
        }
        self.fill = self.used;
        self.mutations += 1;
    }

    /// The first part of CPython's `set_merge`: one resize up front when
    /// `other_used` more keys would overfill the table.
    pub fn presize_for_merge(&mut self, other_used: usize) {
        if (self.fill + other_used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other_used) * 2);
        }
    }

    /// The fast paths of CPython's `set_merge` into an empty table: a slot
    /// for slot copy when the sizes match and `other` has no dummies, else
    /// clean insertion in `other`'s order. Returns false (doing nothing)
    /// when this table is not empty.
    pub fn merge_into_empty(&mut self, other: &SetTable) -> bool {
        if self.fill != 0 {
            return false;
        }
        self.mutations += 1;
        if self.slots.len() == other.slots.len() && other.fill == other.used {
            for (dst, src) in self.slots.iter_mut().zip(other.slots.iter()) {
                if let Slot::Active { hash, key } = src {
                    *dst = Slot::Active {
                        hash: *hash,
                        key: key.clone(),
                    };
                }
            }
            self.fill = other.fill;
            self.used = other.used;
            return true;
        }
        for s in other.slots.iter() {
            if let Slot::Active { hash, key } = s {
                Self::insert_clean(&mut self.slots, *hash, key.clone());
            }
        }
        self.fill = other.used;
        self.used = other.used;
        true
    }

    /// Turns the key in `slot` into a dummy and returns it.
    pub fn remove_at(&mut self, slot: usize) -> Option<Value> {
        if !matches!(self.slots.get(slot), Some(Slot::Active { .. })) {
            return None;
        }
        let old = std::mem::replace(&mut self.slots[slot], Slot::Dummy);
        self.used -= 1;
        self.mutations += 1;
        match old {
            Slot::Active { key, .. } => Some(key),
            _ => None,
        }
    }

    /// After a difference update: rebuilds the table when more than a
    /// quarter of it is dummies.
    pub fn shrink_dummies(&mut self) {
        if self.fill - self.used <= self.mask() / 4 {
            return;
        }
        let n = if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        };
        self.resize(n);
    }

    /// `set.pop()`: the next active slot from the search finger.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.slots[i], Slot::Active { .. }) {
            i = if i == mask { 0 } else { i + 1 };
        }
        self.finger = i + 1;
        self.remove_at(i)
    }

    /// Removes every key, returning them (so the caller can drop them
    /// outside any borrow); the table goes back to 8 empty slots.
    pub fn take_all(&mut self) -> Vec<Value> {
        let old = std::mem::replace(&mut self.slots, empty_slots(MIN_SIZE));
        self.fill = 0;
        self.used = 0;
        self.mutations += 1;
        old.into_iter()
            .filter_map(|s| match s {
                Slot::Active { key, .. } => Some(key),
                _ => None,
            })
            .collect()
    }

    /// Exchanges the contents of two tables (CPython's `set_swap_bodies`).
    pub fn swap_with(&mut self, other: &mut SetTable) {
        std::mem::swap(&mut self.slots, &mut other.slots);
        std::mem::swap(&mut self.fill, &mut other.fill);
        std::mem::swap(&mut self.used, &mut other.used);
        self.mutations += 1;
        other.mutations += 1;
    }

    /// A copy (what `set(s)` builds from a set `s`).
    pub fn duplicate(&self) -> SetTable {
        let mut t = SetTable::new();
        if self.used > 0 {
            t.presize_for_merge(self.used);
            t.merge_into_empty(self);
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

    fn order(t: &SetTable) -> Vec<i64> {
        t.iter().map(|v| v.as_small_int().unwrap()).collect()
    }

    fn add(t: &mut SetTable, i: i64) {
        let st = t.start(i);
        let eq: SimpleEq = |a, b| Some(a.as_small_int() == b.as_small_int());
        if let SetProbe::Missing = t.probe(i, &small(i), eq, st, false) {
            t.insert_new(i, small(i));
        }
    }

    #[test]
    fn small_ints_iterate_in_hash_order() {
        let mut t = SetTable::new();
        for i in [3, 1, 2] {
            add(&mut t, i);
        }
        assert_eq!(order(&t), vec![1, 2, 3]);
    }

    #[test]
    fn insertion_reuses_the_last_dummy_on_the_probe_path() {
        // CPython 3.11: {0, 8, 16}, discard 0 and 8, add 24 and 1 -> {24, 16, 1}.
        let mut t = SetTable::new();
        for i in [0, 8, 16] {
            add(&mut t, i);
        }
        t.remove_at(0);
        t.remove_at(1);
        add(&mut t, 24);
        add(&mut t, 1);
        assert_eq!(order(&t), vec![24, 16, 1]);
    }

    #[test]
    fn growth_and_pop() {
        let mut t = SetTable::new();
        for i in 0..100 {
            add(&mut t, i * 7);
        }
        assert_eq!(t.len(), 100);
        let mut seen = Vec::new();
        while let Some(v) = t.pop() {
            seen.push(v.as_small_int().unwrap());
        }
        seen.sort();
        assert_eq!(seen, (0..100).map(|i| i * 7).collect::<Vec<_>>());
    }
}

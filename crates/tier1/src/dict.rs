//! Dict and set operations on top of `strata_object::table::Table`, with
//! Python hashing and equality. No table borrow is held while `__eq__` or
//! `__hash__` runs; if the table changes meanwhile the lookup restarts.

use strata_object::payloads::*;
use strata_object::set_table::SetProbe;
use strata_object::table::{Probe, Table};
use strata_object::Value;

use crate::vm::{PyResult, Vm};

/// Key equality decidable without Python code.
pub fn simple_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    if let (Some(x), Some(y)) = (a.downcast::<StrObj>(), b.downcast::<StrObj>()) {
        return Some(x.s == y.s);
    }
    if a.is_small_int() && b.is_small_int() {
        return Some(false);
    }
    None
}

/// Where a lookup ended.
pub enum Found {
    At(usize),
    Missing,
}

/// Looks `key` (with `hash`) up in the table produced by `table`, calling
/// Python `__eq__` when needed.
pub fn lookup<V>(
    vm: &Vm,
    table: &std::cell::RefCell<Table<V>>,
    hash: i64,
    key: &Value,
) -> PyResult<Found> {
    'restart: loop {
        let mut state = Table::<V>::start(hash);
        loop {
            let (probe, mutations) = {
                let t = table.borrow();
                (t.probe(hash, key, simple_eq, state), t.mutations())
            };
            match probe {
                Probe::Found(i) => return Ok(Found::At(i)),
                Probe::Missing => return Ok(Found::Missing),
                Probe::NeedEq { entry, state: s } => {
                    let other = match table.borrow().entry(entry) {
                        Some(e) => e.key.clone(),
                        None => continue 'restart,
                    };
                    let eq = vm.eq(&other, key)?;
                    if table.borrow().mutations() != mutations {
                        continue 'restart;
                    }
                    if eq {
                        return Ok(Found::At(entry));
                    }
                    state = s;
                }
            }
        }
    }
}

fn dict_payload(d: &Value) -> &DictObj {
    d.downcast::<DictObj>().expect("dict payload")
}

/// `d[key]` for a dict payload, `Ok(None)` if missing.
pub fn dict_get_item(vm: &Vm, d: &Value, key: &Value) -> PyResult<Option<Value>> {
    let dict = dict_payload(d);
    let hash = vm.hash(key)?;
    match lookup(vm, &dict.0, hash, key)? {
        Found::At(i) => Ok(dict.0.borrow().entry(i).map(|e| e.value.clone())),
        Found::Missing => Ok(None),
    }
}

/// `d[key]` with a str key given as Rust text (no Python code can run).
pub fn dict_get_str(vm: &Vm, d: &Value, key: &str) -> Option<Value> {
    let k = vm.intern(key);
    dict_get_item(vm, d, &k).ok().flatten()
}

/// `d[key] = value`.
pub fn dict_set_item(vm: &Vm, d: &Value, key: Value, value: Value) -> PyResult<()> {
    let dict = dict_payload(d);
    let hash = vm.hash(&key)?;
    match lookup(vm, &dict.0, hash, &key)? {
        Found::At(i) => {
            let old = dict.0.borrow_mut().replace_value(i, value);
            drop(old);
        }
        Found::Missing => dict.0.borrow_mut().insert_new(hash, key, value),
    }
    Ok(())
}

/// `d[key] = value` with a str key from Rust.
pub fn dict_set_str(vm: &Vm, d: &Value, key: &str, value: Value) {
    let k = vm.intern(key);
    // Interned-str keys hash and compare without Python code.
    let _ = dict_set_item(vm, d, k, value);
}

/// Removes `key`, returning its value if present.
pub fn dict_del_item(vm: &Vm, d: &Value, key: &Value) -> PyResult<Option<Value>> {
    let dict = dict_payload(d);
    let hash = vm.hash(key)?;
    match lookup(vm, &dict.0, hash, key)? {
        Found::At(i) => {
            let e = dict.0.borrow_mut().remove_at(i);
            Ok(e.map(|e| e.value))
        }
        Found::Missing => Ok(None),
    }
}

/// Snapshot of a dict's items.
pub fn dict_items(d: &Value) -> Vec<(Value, Value)> {
    dict_payload(d)
        .0
        .borrow()
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect()
}

/// Snapshot of a dict's keys.
pub fn dict_keys(d: &Value) -> Vec<Value> {
    dict_payload(d)
        .0
        .borrow()
        .iter()
        .map(|e| e.key.clone())
        .collect()
}

/// Number of entries of a dict.
pub fn dict_len(d: &Value) -> usize {
    dict_payload(d).0.borrow().len()
}

fn set_payload(s: &Value) -> &SetObj {
    s.downcast::<SetObj>().expect("set payload")
}

/// Looks `key` (with `hash`) up in a set, calling Python `__eq__` when
/// needed; the slot holding an equal key, or None.
pub fn set_lookup(vm: &Vm, s: &Value, hash: i64, key: &Value) -> PyResult<Option<usize>> {
    let table = &set_payload(s).0;
    'restart: loop {
        let mut state = table.borrow().start(hash);
        let mut resume = false;
        loop {
            let (probe, mutations) = {
                let t = table.borrow();
                (t.probe(hash, key, simple_eq, state, resume), t.mutations())
            };
            match probe {
                SetProbe::Found(i) => return Ok(Some(i)),
                SetProbe::Missing => return Ok(None),
                SetProbe::NeedEq { slot, state: st } => {
                    let other = match table.borrow().key_at(slot) {
                        Some(k) => k.clone(),
                        None => continue 'restart,
                    };
                    let eq = vm.eq(&other, key)?;
                    if table.borrow().mutations() != mutations {
                        continue 'restart;
                    }
                    if eq {
                        return Ok(Some(slot));
                    }
                    state = st;
                    resume = true;
                }
            }
        }
    }
}

/// Whether `key` is in the set.
pub fn set_contains(vm: &Vm, s: &Value, key: &Value) -> PyResult<bool> {
    let hash = vm.hash(key)?;
    Ok(set_lookup(vm, s, hash, key)?.is_some())
}

/// Adds `key` (whose hash is `hash`) to the set.
pub fn set_add_hashed(vm: &Vm, s: &Value, key: Value, hash: i64) -> PyResult<()> {
    if set_lookup(vm, s, hash, &key)?.is_none() {
        set_payload(s).0.borrow_mut().insert_new(hash, key);
    }
    Ok(())
}

/// Adds `key` to the set.
pub fn set_add(vm: &Vm, s: &Value, key: Value) -> PyResult<()> {
    let hash = vm.hash(&key)?;
    set_add_hashed(vm, s, key, hash)
}

/// Removes `key` (with `hash`); returns whether it was present.
pub fn set_discard_hashed(vm: &Vm, s: &Value, key: &Value, hash: i64) -> PyResult<bool> {
    match set_lookup(vm, s, hash, key)? {
        Some(i) => {
            let e = set_payload(s).0.borrow_mut().remove_at(i);
            drop(e);
            Ok(true)
        }
        None => Ok(false),
    }
}

/// Removes `key`; returns whether it was present.
pub fn set_discard(vm: &Vm, s: &Value, key: &Value) -> PyResult<bool> {
    let hash = vm.hash(key)?;
    set_discard_hashed(vm, s, key, hash)
}

/// Snapshot of a set's items, in iteration order.
pub fn set_items(s: &Value) -> Vec<Value> {
    set_payload(s).0.borrow().iter().cloned().collect()
}

/// Snapshot of a set's `(hash, item)` pairs, in iteration order.
pub fn set_entries(s: &Value) -> Vec<(i64, Value)> {
    set_payload(s).0.borrow().entries()
}

/// Number of items of a set.
pub fn set_len(s: &Value) -> usize {
    set_payload(s).0.borrow().len()
}

/// Snapshot of a dict's `(hash, key)` pairs.
pub fn dict_hashed_keys(d: &Value) -> Vec<(i64, Value)> {
    dict_payload(d)
        .0
        .borrow()
        .iter()
        .map(|e| (e.hash, e.key.clone()))
        .collect()
}

/// Whether a dict has `key` with a known hash.
pub fn dict_contains_hashed(vm: &Vm, d: &Value, key: &Value, hash: i64) -> PyResult<bool> {
    Ok(matches!(
        lookup(vm, &dict_payload(d).0, hash, key)?,
        Found::At(_)
    ))
}

//! Dict and set operations on top of `strata_object::table::Table`, with
//! Python hashing and equality. No table borrow is held while `__eq__` or
//! `__hash__` runs; if the table changes meanwhile the lookup restarts.

use strata_object::payloads::*;
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

/// Whether `key` is in the set.
pub fn set_contains(vm: &Vm, s: &Value, key: &Value) -> PyResult<bool> {
    let set = set_payload(s);
    let hash = vm.hash(key)?;
    Ok(matches!(lookup(vm, &set.0, hash, key)?, Found::At(_)))
}

/// Adds `key` to the set.
pub fn set_add(vm: &Vm, s: &Value, key: Value) -> PyResult<()> {
    let set = set_payload(s);
    let hash = vm.hash(&key)?;
    if let Found::Missing = lookup(vm, &set.0, hash, &key)? {
        set.0.borrow_mut().insert_new(hash, key, ());
    }
    Ok(())
}

/// Removes `key`; returns whether it was present.
pub fn set_discard(vm: &Vm, s: &Value, key: &Value) -> PyResult<bool> {
    let set = set_payload(s);
    let hash = vm.hash(key)?;
    match lookup(vm, &set.0, hash, key)? {
        Found::At(i) => {
            let e = set.0.borrow_mut().remove_at(i);
            drop(e);
            Ok(true)
        }
        Found::Missing => Ok(false),
    }
}

/// Snapshot of a set's items.
pub fn set_items(s: &Value) -> Vec<Value> {
    set_payload(s)
        .0
        .borrow()
        .iter()
        .map(|e| e.key.clone())
        .collect()
}

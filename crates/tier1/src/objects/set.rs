//! Set algebra for set and frozenset (and the set operations of dict
//! views), following CPython 3.11's `setobject.c` step by step: which
//! operand is iterated, which table is copied and when the table is
//! resized all decide the iteration order of the result, which programs
//! see when they print a set.

use std::cell::RefCell;

use strata_compiler::{BinaryOp, CompareOp};
use strata_object::payloads::{DictObj, SetObj};
use strata_object::set_table::SetTable;
use strata_object::Value;

use crate::dict::{
    dict_contains_hashed, dict_hashed_keys, set_add, set_add_hashed, set_contains,
    set_discard_hashed, set_entries, set_len, set_lookup,
};
use crate::runtime::{DictPart, DictViewObj};
use crate::vm::{PyResult, Vm};

fn table(s: &Value) -> &RefCell<SetTable> {
    &s.downcast::<SetObj>().expect("set payload").0
}

/// Whether `v` is a set or frozenset (or an instance of a subclass).
pub fn is_anyset(v: &Value) -> bool {
    v.payload_is::<SetObj>()
}

/// The exact base type (set or frozenset) of a set-like receiver, as
/// CPython's `make_new_set_basetype` picks it.
fn base_type(vm: &Vm, like: &Value) -> Value {
    if vm.isinstance(like, &vm.types.set) {
        vm.types.set.clone()
    } else {
        vm.types.frozenset.clone()
    }
}

/// A new empty set of exact type `ty` (set or frozenset).
pub fn new_empty(vm: &Vm, ty: &Value) -> Value {
    vm.alloc(ty, SetObj(RefCell::new(SetTable::new())))
}

/// A new set of exact type `ty` filled from `iterable` (`make_new_set`).
pub fn make_new_set(vm: &Vm, ty: &Value, iterable: Option<&Value>) -> PyResult {
    let s = new_empty(vm, ty);
    if let Some(it) = iterable {
        set_update_internal(vm, &s, it)?;
    }
    Ok(s)
}

/// A new set or frozenset (same base kind as `like`) holding `items`.
pub fn new_set_like(vm: &Vm, like: &Value, items: Vec<Value>) -> PyResult {
    let s = new_empty(vm, &base_type(vm, like));
    for i in items {
        set_add(vm, &s, i)?;
    }
    Ok(s)
}

/// A frozenset with the items of `s` (for hashing sets as keys in `in`).
pub fn to_frozenset(vm: &Vm, s: &Value) -> PyResult {
    make_new_set(vm, &vm.types.frozenset, Some(s))
}

/// `set(s)` for a set `s` of the same base kind: CPython's `set_copy`.
pub fn set_copy(vm: &Vm, so: &Value) -> PyResult {
    make_new_set(vm, &base_type(vm, so), Some(so))
}

/// CPython's `set_merge`: adds the keys of the set `other` to `so`.
fn set_merge(vm: &Vm, so: &Value, other: &Value) -> PyResult<()> {
    if so.is(other) || set_len(other) == 0 {
        return Ok(());
    }
    {
        let mut dst = table(so).borrow_mut();
        let src = table(other).borrow();
        dst.presize_for_merge(src.len());
        if dst.merge_into_empty(&src) {
            return Ok(());
        }
    }
    for (hash, key) in set_entries(other) {
        set_add_hashed(vm, so, key, hash)?;
    }
    Ok(())
}

/// CPython's `set_update_internal`: `so |= other` for any iterable.
pub fn set_update_internal(vm: &Vm, so: &Value, other: &Value) -> PyResult<()> {
    if is_anyset(other) {
        return set_merge(vm, so, other);
    }
    if vm.is_exact(other, &vm.types.dict) {
        let keys = dict_hashed_keys(other);
        table(so).borrow_mut().presize_for_merge(keys.len());
        for (hash, key) in keys {
            set_add_hashed(vm, so, key, hash)?;
        }
        return Ok(());
    }
    let it = vm.iter(other)?;
    while let Some(key) = vm.next(&it)? {
        set_add(vm, so, key)?;
    }
    Ok(())
}

/// `so.union(*others)`.
pub fn set_union_multi(vm: &Vm, so: &Value, others: &[Value]) -> PyResult {
    let result = set_copy(vm, so)?;
    for o in others {
        if o.is(so) {
            continue;
        }
        set_update_internal(vm, &result, o)?;
    }
    Ok(result)
}

/// CPython's `set_intersection`: `so & other` for any iterable `other`.
pub fn set_intersection(vm: &Vm, so: &Value, other: &Value) -> PyResult {
    if so.is(other) {
        return set_copy(vm, so);
    }
    let result = new_empty(vm, &base_type(vm, so));
    if is_anyset(other) {
        let (big, small) = if set_len(other) > set_len(so) {
            (other, so)
        } else {
            (so, other)
        };
        for (hash, key) in set_entries(small) {
            if set_lookup(vm, big, hash, &key)?.is_some() {
                set_add_hashed(vm, &result, key, hash)?;
            }
        }
        return Ok(result);
    }
    let it = vm.iter(other)?;
    while let Some(key) = vm.next(&it)? {
        let hash = vm.hash(&key)?;
        if set_lookup(vm, so, hash, &key)?.is_some() {
            set_add_hashed(vm, &result, key, hash)?;
        }
    }
    Ok(result)
}

/// `so.intersection(*others)`.
pub fn set_intersection_multi(vm: &Vm, so: &Value, others: &[Value]) -> PyResult {
    if others.is_empty() {
        return set_copy(vm, so);
    }
    let mut result = so.clone();
    for o in others {
        result = set_intersection(vm, &result, o)?;
    }
    Ok(result)
}

/// Replaces the contents of `so` with those of the fresh set `tmp`.
fn swap_bodies(so: &Value, tmp: &Value) {
    let mut a = table(so).borrow_mut();
    let mut b = table(tmp).borrow_mut();
    a.swap_with(&mut b);
}

/// `so.intersection_update(*others)` / `so &= other`.
pub fn set_intersection_update(vm: &Vm, so: &Value, others: &[Value]) -> PyResult<()> {
    let tmp = set_intersection_multi(vm, so, others)?;
    if !tmp.is(so) {
        swap_bodies(so, &tmp);
    }
    Ok(())
}

/// CPython's `set_difference_update_internal`: `so -= other`.
pub fn set_difference_update_internal(vm: &Vm, so: &Value, other: &Value) -> PyResult<()> {
    if so.is(other) {
        let old = table(so).borrow_mut().take_all();
        drop(old);
        return Ok(());
    }
    if is_anyset(other) {
        let other = if (set_len(other) >> 3) > set_len(so) {
            set_intersection(vm, so, other)?
        } else {
            other.clone()
        };
        for (hash, key) in set_entries(&other) {
            set_discard_hashed(vm, so, &key, hash)?;
        }
    } else {
        let it = vm.iter(other)?;
        while let Some(key) = vm.next(&it)? {
            let hash = vm.hash(&key)?;
            set_discard_hashed(vm, so, &key, hash)?;
        }
    }
    table(so).borrow_mut().shrink_dummies();
    Ok(())
}

/// CPython's `set_difference`: `so - other`.
pub fn set_difference(vm: &Vm, so: &Value, other: &Value) -> PyResult {
    let other_size = if is_anyset(other) {
        set_len(other)
    } else if vm.is_exact(other, &vm.types.dict) {
        crate::dict::dict_len(other)
    } else {
        let result = set_copy(vm, so)?;
        set_difference_update_internal(vm, &result, other)?;
        return Ok(result);
    };
    if (set_len(so) >> 2) > other_size {
        let result = set_copy(vm, so)?;
        set_difference_update_internal(vm, &result, other)?;
        return Ok(result);
    }
    let result = new_empty(vm, &base_type(vm, so));
    let is_dict = other.payload_is::<DictObj>();
    for (hash, key) in set_entries(so) {
        let found = if is_dict {
            dict_contains_hashed(vm, other, &key, hash)?
        } else {
            set_lookup(vm, other, hash, &key)?.is_some()
        };
        if !found {
            set_add_hashed(vm, &result, key, hash)?;
        }
    }
    Ok(result)
}

/// `so.difference(*others)`.
pub fn set_difference_multi(vm: &Vm, so: &Value, others: &[Value]) -> PyResult {
    let Some((first, rest)) = others.split_first() else {
        return set_copy(vm, so);
    };
    let result = set_difference(vm, so, first)?;
    for o in rest {
        set_difference_update_internal(vm, &result, o)?;
    }
    Ok(result)
}

/// CPython's `set_symmetric_difference_update`: `so ^= other`.
pub fn set_symmetric_difference_update(vm: &Vm, so: &Value, other: &Value) -> PyResult<()> {
    if so.is(other) {
        let old = table(so).borrow_mut().take_all();
        drop(old);
        return Ok(());
    }
    let entries = if vm.is_exact(other, &vm.types.dict) {
        dict_hashed_keys(other)
    } else if is_anyset(other) {
        set_entries(other)
    } else {
        set_entries(&make_new_set(vm, &base_type(vm, so), Some(other))?)
    };
    for (hash, key) in entries {
        if !set_discard_hashed(vm, so, &key, hash)? {
            set_add_hashed(vm, so, key, hash)?;
        }
    }
    Ok(())
}

/// CPython's `set_symmetric_difference`: `so ^ other`.
pub fn set_symmetric_difference(vm: &Vm, so: &Value, other: &Value) -> PyResult {
    let result = make_new_set(vm, &base_type(vm, so), Some(other))?;
    set_symmetric_difference_update(vm, &result, so)?;
    Ok(result)
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for two sets.
pub fn set_binop(vm: &Vm, op: BinaryOp, a: &Value, b: &Value) -> PyResult {
    match op.base() {
        BinaryOp::Or => {
            let r = set_copy(vm, a)?;
            if !a.is(b) {
                set_update_internal(vm, &r, b)?;
            }
            Ok(r)
        }
        BinaryOp::And => set_intersection(vm, a, b),
        BinaryOp::Subtract => set_difference(vm, a, b),
        _ => set_symmetric_difference(vm, a, b),
    }
}

/// `a |= b` (and `&=`, `-=`, `^=`) for a mutable set `a` and a set `b`.
pub fn set_inplace(vm: &Vm, op: BinaryOp, a: &Value, b: &Value) -> PyResult<()> {
    match op.base() {
        BinaryOp::Or => set_update_internal(vm, a, b),
        BinaryOp::And => set_intersection_update(vm, a, std::slice::from_ref(b)),
        BinaryOp::Subtract => set_difference_update_internal(vm, a, b),
        _ => set_symmetric_difference_update(vm, a, b),
    }
}

/// A set from the left operand of a dict-view operation (CPython's
/// `dictviews_to_set`: a keys view of an exact dict copies the dict's
/// keys with their hashes).
fn view_to_set(vm: &Vm, v: &Value) -> PyResult {
    if let Some(dv) = v.downcast::<DictViewObj>() {
        if dv.part == DictPart::Keys && vm.is_exact(&dv.dict, &vm.types.dict) {
            return make_new_set(vm, &vm.types.set, Some(&dv.dict));
        }
    }
    make_new_set(vm, &vm.types.set, Some(v))
}

/// Whether a keys or items view contains `x`.
fn view_contains(vm: &Vm, view: &Value, x: &Value) -> PyResult<bool> {
    vm.contains(view, x)
}

fn is_set_view(v: &Value) -> bool {
    v.downcast::<DictViewObj>()
        .is_some_and(|d| d.part != DictPart::Values)
}

fn view_len(v: &Value) -> usize {
    let dv = v.downcast::<DictViewObj>().expect("view");
    crate::dict::dict_len(&dv.dict)
}

/// `view & other` (CPython's `_PyDictView_Intersect`).
fn view_intersect(vm: &Vm, a: &Value, b: &Value) -> PyResult {
    let (mut view, mut other) = if is_set_view(a) { (a, b) } else { (b, a) };
    let len_self = view_len(view);
    if vm.is_exact(other, &vm.types.set) && len_self <= set_len(other) {
        return set_intersection(vm, other, view);
    }
    if is_set_view(other) && view_len(other) > len_self {
        std::mem::swap(&mut view, &mut other);
    }
    let result = vm.new_set();
    let it = vm.iter(other)?;
    while let Some(key) = vm.next(&it)? {
        if view_contains(vm, view, &key)? {
            set_add(vm, &result, key)?;
        }
    }
    Ok(result)
}

/// `items_view ^ items_view` (CPython's `dictitems_xor`).
fn items_xor(vm: &Vm, a: &Value, b: &Value) -> PyResult {
    let d1 = &a.downcast::<DictViewObj>().expect("view").dict;
    let d2 = &b.downcast::<DictViewObj>().expect("view").dict;
    let temp = vm.new_dict();
    for (k, v) in crate::dict::dict_items(d1) {
        crate::dict::dict_set_item(vm, &temp, k, v)?;
    }
    let result = vm.new_set();
    for (key, val2) in crate::dict::dict_items(d2) {
        let delete = match crate::dict::dict_get_item(vm, &temp, &key)? {
            Some(val1) => vm.eq(&val1, &val2)?,
            None => false,
        };
        if delete {
            crate::dict::dict_del_item(vm, &temp, &key)?;
        } else {
            set_add(vm, &result, vm.new_tuple(vec![key, val2]))?;
        }
    }
    for (k, v) in crate::dict::dict_items(&temp) {
        set_add(vm, &result, vm.new_tuple(vec![k, v]))?;
    }
    Ok(result)
}

/// The set operators when either side is a set or a keys/items view;
/// `Ok(None)` for NotImplemented.
pub fn set_like_binop(vm: &Vm, op: BinaryOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if is_anyset(a) && is_anyset(b) {
        return set_binop(vm, op, a, b).map(Some);
    }
    if !is_set_view(a) && !is_set_view(b) {
        return Ok(None);
    }
    let r = match op.base() {
        BinaryOp::And => view_intersect(vm, a, b)?,
        BinaryOp::Or => {
            let r = view_to_set(vm, a)?;
            set_update_internal(vm, &r, b)?;
            r
        }
        BinaryOp::Subtract => {
            let r = view_to_set(vm, a)?;
            set_difference_update_internal(vm, &r, b)?;
            r
        }
        _ => {
            let items = |v: &Value| {
                v.downcast::<DictViewObj>()
                    .is_some_and(|d| d.part == DictPart::Items)
            };
            if items(a) && items(b) {
                items_xor(vm, a, b)?
            } else {
                let r = view_to_set(vm, a)?;
                set_symmetric_difference_update(vm, &r, b)?;
                r
            }
        }
    };
    Ok(Some(r))
}

fn subset(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if set_len(a) > set_len(b) {
        return Ok(false);
    }
    for (hash, x) in set_entries(a) {
        if set_lookup(vm, b, hash, &x)?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Set comparisons: equality and sub/superset ordering.
pub fn set_compare(vm: &Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<bool> {
    let (la, lb) = (set_len(a), set_len(b));
    Ok(match op {
        CompareOp::Eq => la == lb && subset(vm, a, b)?,
        CompareOp::Ne => !(la == lb && subset(vm, a, b)?),
        CompareOp::Le => subset(vm, a, b)?,
        CompareOp::Lt => la < lb && subset(vm, a, b)?,
        CompareOp::Ge => subset(vm, b, a)?,
        CompareOp::Gt => la > lb && subset(vm, b, a)?,
    })
}

/// `so.issubset(other)` for any iterable.
pub fn set_issubset(vm: &Vm, so: &Value, other: &Value) -> PyResult<bool> {
    if is_anyset(other) {
        return subset(vm, so, other);
    }
    let tmp = make_new_set(vm, &vm.types.set, Some(other))?;
    subset(vm, so, &tmp)
}

/// `so.issuperset(other)` for any iterable.
pub fn set_issuperset(vm: &Vm, so: &Value, other: &Value) -> PyResult<bool> {
    if is_anyset(other) {
        return subset(vm, other, so);
    }
    let it = vm.iter(other)?;
    while let Some(key) = vm.next(&it)? {
        if !set_contains(vm, so, &key)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `so.isdisjoint(other)` for any iterable.
pub fn set_isdisjoint(vm: &Vm, so: &Value, other: &Value) -> PyResult<bool> {
    if so.is(other) {
        return Ok(set_len(so) == 0);
    }
    if is_anyset(other) {
        let (big, small) = if set_len(other) > set_len(so) {
            (other, so)
        } else {
            (so, other)
        };
        for (hash, key) in set_entries(small) {
            if set_lookup(vm, big, hash, &key)?.is_some() {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = vm.iter(other)?;
    while let Some(key) = vm.next(&it)? {
        if set_contains(vm, so, &key)? {
            return Ok(false);
        }
    }
    Ok(true)
}

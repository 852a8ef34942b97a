//! Methods of list and tuple (`index` with start/stop, `count`, and the
//! list mutators with CPython's argument errors), `dict.fromkeys` and
//! `dict.__reversed__`, `isdisjoint`/`__reversed__` on dict views,
//! `range.index`/`count`, and the set/frozenset algebra methods (`union`,
//! `intersection`, ... with several arguments of any iterable type, the
//! in-place `*_update` forms, subset tests, `pop`, `clear`, `copy`).

use std::cell::Cell;

use strata_object::payloads::*;
use strata_object::Value;

use crate::objects::set;
use crate::runtime::*;
use crate::str_methods::{clinic_args, no_args, one_arg, receiver, slice_index};
use crate::typeslots::{add_classmethod, add_method};
use crate::vm::{PyResult, Vm};

// ---------------------------------------------------------------------------
// list / tuple

fn seq_index(vm: &Vm, a: FnArgs) -> PyResult {
    let Some(seq) = a.pos().first() else {
        return Err(vm.type_error("descriptor 'index' needs an argument"));
    };
    let is_tuple = seq.payload_is::<TupleObj>();
    if !is_tuple && !seq.payload_is::<ListObj>() {
        return Err(vm.type_error(format!(
            "descriptor 'index' for 'list' objects doesn't apply to a '{}' object",
            vm.type_name(seq)
        )));
    }
    let qual = if is_tuple {
        "tuple.index"
    } else {
        "list.index"
    };
    let p = clinic_args(vm, &a, "index", qual, 1, 3)?;
    let x = &p[0];
    let len_of = |seq: &Value| -> usize {
        if let Some(t) = seq.downcast::<TupleObj>() {
            t.0.len()
        } else if let Some(l) = seq.downcast::<ListObj>() {
            l.0.borrow().len()
        } else {
            0
        }
    };
    let len = len_of(seq) as i64;
    let mut start = slice_index(vm, p.get(1), 0, false)?;
    let mut stop = slice_index(vm, p.get(2), i64::MAX, false)?;
    if start < 0 {
        start = (start + len).max(0);
    }
    if stop < 0 {
        stop = (stop + len).max(0);
    }
    let mut i = start;
    // The list may change while `__eq__` runs: re-read each element.
    while i < stop && i < len_of(seq) as i64 {
        let item = if let Some(t) = seq.downcast::<TupleObj>() {
            t.0.get(i as usize).cloned()
        } else {
            seq.downcast::<ListObj>()
                .and_then(|l| l.0.borrow().get(i as usize).cloned())
        };
        let Some(item) = item else { break };
        if item.is(x) || vm.eq(&item, x)? {
            return Ok(vm.new_int(i));
        }
        i += 1;
    }
    if is_tuple {
        Err(vm.value_error("tuple.index(x): x not in tuple"))
    } else {
        Err(vm.value_error(format!("{} is not in list", vm.repr_string(x)?)))
    }
}

fn self_list<'a>(vm: &Vm, a: &FnArgs<'a>, meth: &str) -> PyResult<&'a ListObj> {
    receiver::<ListObj>(vm, a, "list", meth)
}

fn list_append(vm: &Vm, a: FnArgs) -> PyResult {
    let l = self_list(vm, &a, "append")?;
    let x = one_arg(vm, &a, "list.append")?;
    l.0.borrow_mut().push(x.clone());
    Ok(vm.none())
}

fn list_extend(vm: &Vm, a: FnArgs) -> PyResult {
    let l = self_list(vm, &a, "extend")?;
    let x = one_arg(vm, &a, "list.extend")?;
    let items = vm.to_vec(x)?;
    l.0.borrow_mut().extend(items);
    Ok(vm.none())
}

fn list_pop(vm: &Vm, a: FnArgs) -> PyResult {
    let l = self_list(vm, &a, "pop")?;
    let p = clinic_args(vm, &a, "pop", "list.pop", 0, 1)?;
    let i = match p.first() {
        Some(x) => crate::str_methods::int_arg(vm, x)?,
        None => -1,
    };
    let len = l.0.borrow().len() as i64;
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(vm.index_error("pop index out of range"));
    }
    let v = l.0.borrow_mut().remove(j as usize);
    Ok(v)
}

fn list_insert(vm: &Vm, a: FnArgs) -> PyResult {
    let l = self_list(vm, &a, "insert")?;
    let p = clinic_args(vm, &a, "insert", "list.insert", 2, 2)?;
    let i = crate::str_methods::int_arg(vm, &p[0])?;
    let len = l.0.borrow().len() as i64;
    let j = if i < 0 { (i + len).max(0) } else { i.min(len) };
    l.0.borrow_mut().insert(j as usize, p[1].clone());
    Ok(vm.none())
}

fn list_remove(vm: &Vm, a: FnArgs) -> PyResult {
    let l = self_list(vm, &a, "remove")?;
    let x = one_arg(vm, &a, "list.remove")?;
    let mut i = 0;
    loop {
        let item = l.0.borrow().get(i).cloned();
        let Some(item) = item else { break };
        if item.is(x) || vm.eq(&item, x)? {
            let mut b = l.0.borrow_mut();
            if i < b.len() {
                let removed = b.remove(i);
                drop(b);
                drop(removed);
            }
            return Ok(vm.none());
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn seq_count(vm: &Vm, a: FnArgs) -> PyResult {
    let Some(seq) = a.pos().first() else {
        return Err(vm.type_error("descriptor 'count' needs an argument"));
    };
    let qual = if seq.payload_is::<TupleObj>() {
        "tuple.count"
    } else {
        "list.count"
    };
    let x = one_arg(vm, &a, qual)?;
    let items = if let Some(t) = seq.downcast::<TupleObj>() {
        t.0.to_vec()
    } else if let Some(l) = seq.downcast::<ListObj>() {
        l.0.borrow().clone()
    } else {
        return Err(vm.type_error(format!(
            "descriptor 'count' for 'list' objects doesn't apply to a '{}' object",
            vm.type_name(seq)
        )));
    };
    let mut n = 0;
    for item in items {
        if item.is(x) || vm.eq(&item, x)? {
            n += 1;
        }
    }
    Ok(vm.new_int(n))
}

fn list_reverse(vm: &Vm, a: FnArgs) -> PyResult {
    let l = self_list(vm, &a, "reverse")?;
    no_args(vm, &a, "list.reverse")?;
    l.0.borrow_mut().reverse();
    Ok(vm.none())
}

fn list_copy(vm: &Vm, a: FnArgs) -> PyResult {
    let l = self_list(vm, &a, "copy")?;
    no_args(vm, &a, "list.copy")?;
    let items = l.0.borrow().clone();
    Ok(vm.new_list(items))
}

fn list_clear(vm: &Vm, a: FnArgs) -> PyResult {
    let l = self_list(vm, &a, "clear")?;
    no_args(vm, &a, "list.clear")?;
    if l.0.borrow().is_empty() {
        // Keep the buffer: `list.sort` recognises an untouched list by it.
        return Ok(vm.none());
    }
    let old = std::mem::take(&mut *l.0.borrow_mut());
    drop(old);
    Ok(vm.none())
}

// ---------------------------------------------------------------------------
// range

fn range_find(vm: &Vm, a: &FnArgs, meth: &str) -> PyResult<Option<num_bigint::BigInt>> {
    let r = receiver::<RangeObj>(vm, a, "range", meth)?;
    let x = one_arg(vm, a, &format!("range.{}", meth))?;
    if vm.is_exact(x, &vm.types.int) || vm.is_exact(x, &vm.types.bool_) {
        let Some(i) = crate::numeric::as_int(x).map(|i| i.to_big()) else {
            return Ok(None);
        };
        if !crate::objects::range::range_contains(r, &i) {
            return Ok(None);
        }
        return Ok(Some((i - &r.start) / &r.step));
    }
    // Other values: compare with each element, as a sequence does.
    let it = vm.iter(&a.args[0])?;
    let mut idx = num_bigint::BigInt::from(0);
    while let Some(v) = vm.next(&it)? {
        if vm.eq(&v, x)? {
            return Ok(Some(idx));
        }
        idx += 1;
    }
    Ok(None)
}

fn range_index(vm: &Vm, a: FnArgs) -> PyResult {
    match range_find(vm, &a, "index")? {
        Some(i) => Ok(vm.new_bigint(i)),
        None if crate::numeric::as_int(&a.args[1]).is_some() => {
            Err(vm.value_error(format!("{} is not in range", vm.repr_string(&a.args[1])?)))
        }
        None => Err(vm.value_error("sequence.index(x): x not in sequence")),
    }
}

fn range_count(vm: &Vm, a: FnArgs) -> PyResult {
    let r = receiver::<RangeObj>(vm, &a, "range", "count")?;
    let x = one_arg(vm, &a, "range.count")?;
    if vm.is_exact(x, &vm.types.int) || vm.is_exact(x, &vm.types.bool_) {
        let found = range_find(vm, &a, "count")?.is_some();
        return Ok(vm.new_int(found as i64));
    }
    let _ = r;
    let it = vm.iter(&a.args[0])?;
    let mut n = 0;
    while let Some(v) = vm.next(&it)? {
        if vm.eq(&v, x)? {
            n += 1;
        }
    }
    Ok(vm.new_int(n))
}

// ---------------------------------------------------------------------------
// dict

fn dict_fromkeys(vm: &Vm, a: FnArgs) -> PyResult {
    let cls = a.args[0].clone();
    let p = clinic_args(vm, &a, "fromkeys", "dict.fromkeys", 1, 2)?;
    let value = p.get(1).cloned().unwrap_or_else(|| vm.none());
    let keys = vm.to_vec(&p[0])?;
    if cls.is(&vm.types.dict) {
        let d = vm.new_dict();
        for k in keys {
            crate::dict::dict_set_item(vm, &d, k, value.clone())?;
        }
        return Ok(d);
    }
    let d = vm.call(&cls, &[])?;
    for k in keys {
        vm.setitem(&d, &k, value.clone())?;
    }
    Ok(d)
}

fn dict_reversed(vm: &Vm, a: FnArgs) -> PyResult {
    let d = receiver::<DictObj>(vm, &a, "dict", "__reversed__")?;
    no_args(vm, &a, "dict.__reversed__")?;
    let mut keys: Vec<Value> = d.0.borrow().iter().map(|e| e.key.clone()).collect();
    keys.reverse();
    Ok(vm.alloc(
        &vm.types.snapshot_iterator,
        SnapshotIterObj {
            items: keys,
            index: Cell::new(0),
        },
    ))
}

fn view_reversed(vm: &Vm, a: FnArgs) -> PyResult {
    let v = receiver::<DictViewObj>(vm, &a, "dict_keys", "__reversed__")?;
    no_args(vm, &a, "__reversed__")?;
    let mut items: Vec<Value> = crate::dict::dict_items(&v.dict)
        .into_iter()
        .map(|(k, val)| match v.part {
            DictPart::Keys => k,
            DictPart::Values => val,
            DictPart::Items => vm.new_tuple(vec![k, val]),
        })
        .collect();
    items.reverse();
    Ok(vm.alloc(
        &vm.types.snapshot_iterator,
        SnapshotIterObj {
            items,
            index: Cell::new(0),
        },
    ))
}

fn view_isdisjoint(vm: &Vm, a: FnArgs) -> PyResult {
    receiver::<DictViewObj>(vm, &a, "dict_keys", "isdisjoint")?;
    let o = one_arg(vm, &a, "isdisjoint")?;
    for x in vm.to_vec(o)? {
        if vm.contains(&a.args[0], &x)? {
            return Ok(vm.false_.clone());
        }
    }
    Ok(vm.true_.clone())
}

// ---------------------------------------------------------------------------
// set / frozenset

/// The receiver of a mutating method: a set, not a frozenset.
fn self_mutable_set<'a>(vm: &Vm, a: &FnArgs<'a>, meth: &str) -> PyResult<&'a Value> {
    let s = self_set(vm, a, meth)?;
    if !vm.isinstance(s, &vm.types.set) {
        return Err(vm.type_error(format!(
            "descriptor '{}' for 'set' objects doesn't apply to a '{}' object",
            meth,
            vm.type_name(s)
        )));
    }
    Ok(s)
}

fn self_set<'a>(vm: &Vm, a: &FnArgs<'a>, meth: &str) -> PyResult<&'a Value> {
    receiver::<SetObj>(vm, a, "set", meth)?;
    Ok(&a.args[0])
}

fn no_kw(vm: &Vm, a: &FnArgs, qual: &str) -> PyResult<()> {
    crate::str_methods::no_kwargs(vm, a, qual)
}

fn set_union(vm: &Vm, a: FnArgs) -> PyResult {
    let s = self_set(vm, &a, "union")?;
    no_kw(vm, &a, "set.union")?;
    set::set_union_multi(vm, s, &a.pos()[1..])
}

fn set_intersection(vm: &Vm, a: FnArgs) -> PyResult {
    let s = self_set(vm, &a, "intersection")?;
    no_kw(vm, &a, "set.intersection")?;
    set::set_intersection_multi(vm, s, &a.pos()[1..])
}

fn set_difference(vm: &Vm, a: FnArgs) -> PyResult {
    let s = self_set(vm, &a, "difference")?;
    no_kw(vm, &a, "set.difference")?;
    set::set_difference_multi(vm, s, &a.pos()[1..])
}

fn set_symmetric_difference(vm: &Vm, a: FnArgs) -> PyResult {
    let s = self_set(vm, &a, "symmetric_difference")?;
    let o = one_arg(vm, &a, "set.symmetric_difference")?;
    set::set_symmetric_difference(vm, s, o)
}

fn set_update(vm: &Vm, a: FnArgs) -> PyResult {
    let s = self_mutable_set(vm, &a, "update")?;
    no_kw(vm, &a, "set.update")?;
    for o in &a.pos()[1..] {
        set::set_update_internal(vm, s, o)?;
    }
    Ok(vm.none())
}

fn set_intersection_update(vm: &Vm, a: FnArgs) -> PyResult {
    let s = self_mutable_set(vm, &a, "intersection_update")?;
    no_kw(vm, &a, "set.intersection_update")?;
    set::set_intersection_update(vm, s, &a.pos()[1..])?;
    Ok(vm.none())
}

fn set_difference_update(vm: &Vm, a: FnArgs) -> PyResult {
    let s = self_mutable_set(vm, &a, "difference_update")?;
    no_kw(vm, &a, "set.difference_update")?;
    for o in &a.pos()[1..] {
        set::set_difference_update_internal(vm, s, o)?;
    }
    Ok(vm.none())
}

fn set_symmetric_difference_update(vm: &Vm, a: FnArgs) -> PyResult {
    let s = self_mutable_set(vm, &a, "symmetric_difference_update")?;
    let o = one_arg(vm, &a, "set.symmetric_difference_update")?;
    set::set_symmetric_difference_update(vm, s, o)?;
    Ok(vm.none())
}

fn set_issubset(vm: &Vm, a: FnArgs) -> PyResult {
    let s = self_set(vm, &a, "issubset")?;
    let o = one_arg(vm, &a, "set.issubset")?;
    Ok(vm.bool(set::set_issubset(vm, s, o)?))
}

fn set_issuperset(vm: &Vm, a: FnArgs) -> PyResult {
    let s = self_set(vm, &a, "issuperset")?;
    let o = one_arg(vm, &a, "set.issuperset")?;
    Ok(vm.bool(set::set_issuperset(vm, s, o)?))
}

fn set_isdisjoint(vm: &Vm, a: FnArgs) -> PyResult {
    let s = self_set(vm, &a, "isdisjoint")?;
    let o = one_arg(vm, &a, "set.isdisjoint")?;
    Ok(vm.bool(set::set_isdisjoint(vm, s, o)?))
}

fn set_pop(vm: &Vm, a: FnArgs) -> PyResult {
    self_mutable_set(vm, &a, "pop")?;
    let s = receiver::<SetObj>(vm, &a, "set", "pop")?;
    no_args(vm, &a, "set.pop")?;
    let popped = s.0.borrow_mut().pop();
    popped.ok_or_else(|| vm.key_error_msg("pop from an empty set"))
}

fn set_clear(vm: &Vm, a: FnArgs) -> PyResult {
    self_mutable_set(vm, &a, "clear")?;
    let s = receiver::<SetObj>(vm, &a, "set", "clear")?;
    no_args(vm, &a, "set.clear")?;
    let old = s.0.borrow_mut().take_all();
    drop(old);
    Ok(vm.none())
}

fn set_copy(vm: &Vm, a: FnArgs) -> PyResult {
    let s = self_set(vm, &a, "copy")?;
    no_args(vm, &a, "set.copy")?;
    if vm.is_exact(s, &vm.types.frozenset) {
        return Ok(s.clone());
    }
    set::set_copy(vm, s)
}

/// Registers the list/tuple, dict and set/frozenset methods.
pub fn init(vm: &Vm) {
    let t = &vm.types;
    add_method(vm, &t.list, "index", seq_index);
    add_method(vm, &t.tuple, "index", seq_index);
    add_method(vm, &t.tuple, "count", seq_count);
    for (n, f) in [
        ("append", list_append as NativeFn),
        ("extend", list_extend),
        ("pop", list_pop),
        ("insert", list_insert),
        ("remove", list_remove),
        ("count", seq_count),
        ("reverse", list_reverse),
        ("copy", list_copy),
        ("clear", list_clear),
    ] {
        add_method(vm, &t.list, n, f);
    }
    add_classmethod(vm, &t.dict, "fromkeys", dict_fromkeys);
    add_method(vm, &t.dict, "__reversed__", dict_reversed);
    add_method(vm, &t.dict_keys, "isdisjoint", view_isdisjoint);
    add_method(vm, &t.dict_items, "isdisjoint", view_isdisjoint);
    for ty in [&t.dict_keys, &t.dict_values, &t.dict_items] {
        add_method(vm, ty, "__reversed__", view_reversed);
    }
    add_method(vm, &t.range, "index", range_index);
    add_method(vm, &t.range, "count", range_count);
    for ty in [&t.set, &t.frozenset] {
        for (n, f) in [
            ("union", set_union as NativeFn),
            ("intersection", set_intersection),
            ("difference", set_difference),
            ("symmetric_difference", set_symmetric_difference),
            ("issubset", set_issubset),
            ("issuperset", set_issuperset),
            ("isdisjoint", set_isdisjoint),
            ("copy", set_copy),
        ] {
            add_method(vm, ty, n, f);
        }
    }
    for (n, f) in [
        ("update", set_update as NativeFn),
        ("intersection_update", set_intersection_update),
        ("difference_update", set_difference_update),
        (
            "symmetric_difference_update",
            set_symmetric_difference_update,
        ),
        ("pop", set_pop),
        ("clear", set_clear),
    ] {
        add_method(vm, &t.set, n, f);
    }
}

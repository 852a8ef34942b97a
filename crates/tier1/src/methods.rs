//! Constructors (`__new__`) and named methods of the builtin types.

use std::cell::RefCell;

use num_bigint::BigInt;
use num_traits::Zero;
use strata_object::payloads::*;
use strata_object::set_table::SetTable;
use strata_object::table::Table;
use strata_object::types::type_layout;
use strata_object::Value;

use crate::runtime::*;
use crate::typeobj::alloc_instance;
use crate::typeslots::{add_method, add_static, check_args};
use crate::vm::{PyResult, Vm};

fn arg<'a>(a: &'a FnArgs, i: usize) -> Option<&'a Value> {
    a.pos().get(i)
}

fn bool_new(vm: &Vm, a: FnArgs) -> PyResult {
    crate::str_methods::clinic_args(vm, &a, "bool", "bool", 0, 1)?;
    match arg(&a, 1) {
        None => Ok(vm.false_.clone()),
        Some(x) => Ok(vm.bool(vm.truthy(x)?)),
    }
}

fn tuple_new(vm: &Vm, a: FnArgs) -> PyResult {
    if a.args[0].is(&vm.types.tuple) {
        crate::str_methods::clinic_args(vm, &a, "tuple", "tuple", 0, 1)?;
    }
    let items = match arg(&a, 1) {
        None => Vec::new(),
        Some(x) => vm.to_vec(x)?,
    };
    if a.args[0].is(&vm.types.tuple) {
        return Ok(vm.new_tuple(items));
    }
    alloc_instance(vm, &a.args[0], TupleObj(items.into_boxed_slice()))
}

fn list_new(vm: &Vm, a: FnArgs) -> PyResult {
    alloc_instance(vm, &a.args[0], ListObj(RefCell::new(Vec::new())))
}

fn list_init(vm: &Vm, a: FnArgs) -> PyResult {
    if let Some(x) = arg(&a, 1) {
        let items = vm.to_vec(x)?;
        let l = a.args[0].downcast::<ListObj>().expect("list");
        let old = std::mem::replace(&mut *l.0.borrow_mut(), items);
        drop(old);
    }
    Ok(vm.none())
}

fn dict_new(vm: &Vm, a: FnArgs) -> PyResult {
    alloc_instance(vm, &a.args[0], DictObj(RefCell::new(Table::new())))
}

/// `d.update(src)` for one positional source (CPython's
/// `dict_update_arg`: a dict, a mapping with `keys()`, or pairs).
pub fn dict_update_arg(vm: &Vm, d: &Value, src: &Value) -> PyResult<()> {
    let args = [d.clone(), src.clone()];
    dict_update_from(vm, d, &FnArgs::positional(&args), 1)
}

fn dict_update_from(vm: &Vm, d: &Value, a: &FnArgs, first: usize) -> PyResult<()> {
    if let Some(src) = a.pos().get(first) {
        if src.payload_is::<DictObj>() {
            for (k, v) in crate::dict::dict_items(src) {
                crate::dict::dict_set_item(vm, d, k, v)?;
            }
        } else if let Some(keys) = vm.getattr_opt(src, "keys")? {
            let ks = vm.call(&keys, &[])?;
            for k in vm.to_vec(&ks)? {
                let v = vm.getitem(src, &k)?;
                crate::dict::dict_set_item(vm, d, k, v)?;
            }
        } else {
            for (i, item) in vm.to_vec(src)?.into_iter().enumerate() {
                let pair = vm.to_vec(&item).map_err(|_| {
                    vm.type_error(format!(
                        "cannot convert dictionary update sequence element #{} to a sequence",
                        i
                    ))
                })?;
                if pair.len() != 2 {
                    return Err(vm.value_error(format!(
                        "dictionary update sequence element #{} has length {}; 2 is required",
                        i,
                        pair.len()
                    )));
                }
                let mut it = pair.into_iter();
                crate::dict::dict_set_item(vm, d, it.next().expect("k"), it.next().expect("v"))?;
            }
        }
    }
    for (k, v) in a.kwargs() {
        crate::dict::dict_set_item(vm, d, k.clone(), v.clone())?;
    }
    Ok(())
}

fn dict_init(vm: &Vm, a: FnArgs) -> PyResult {
    dict_update_from(vm, &a.args[0], &a, 1)?;
    Ok(vm.none())
}

fn dict_update(vm: &Vm, a: FnArgs) -> PyResult {
    dict_update_from(vm, &a.args[0], &a, 1)?;
    Ok(vm.none())
}

fn dict_get(vm: &Vm, a: FnArgs) -> PyResult {
    crate::str_methods::clinic_args(vm, &a, "get", "dict.get", 1, 2)?;
    Ok(crate::dict::dict_get_item(vm, &a.args[0], &a.args[1])?
        .unwrap_or_else(|| a.args.get(2).cloned().unwrap_or_else(|| vm.none())))
}

fn dict_setdefault(vm: &Vm, a: FnArgs) -> PyResult {
    crate::str_methods::clinic_args(vm, &a, "setdefault", "dict.setdefault", 1, 2)?;
    if let Some(v) = crate::dict::dict_get_item(vm, &a.args[0], &a.args[1])? {
        return Ok(v);
    }
    let d = a.args.get(2).cloned().unwrap_or_else(|| vm.none());
    crate::dict::dict_set_item(vm, &a.args[0], a.args[1].clone(), d.clone())?;
    Ok(d)
}

fn dict_pop(vm: &Vm, a: FnArgs) -> PyResult {
    crate::str_methods::clinic_args(vm, &a, "pop", "dict.pop", 1, 2)?;
    match crate::dict::dict_del_item(vm, &a.args[0], &a.args[1])? {
        Some(v) => Ok(v),
        None => a
            .args
            .get(2)
            .cloned()
            .ok_or_else(|| vm.key_error(a.args[1].clone())),
    }
}

fn dict_popitem(vm: &Vm, a: FnArgs) -> PyResult {
    crate::str_methods::no_args(vm, &a, "dict.popitem")?;
    let e = a.args[0]
        .downcast::<DictObj>()
        .expect("dict")
        .0
        .borrow_mut()
        .pop_last();
    match e {
        Some(e) => Ok(vm.new_tuple(vec![e.key, e.value])),
        None => Err(vm.key_error_msg("popitem(): dictionary is empty")),
    }
}

fn dict_view(vm: &Vm, a: &FnArgs, part: DictPart) -> PyResult {
    let ty = match part {
        DictPart::Keys => &vm.types.dict_keys,
        DictPart::Values => &vm.types.dict_values,
        DictPart::Items => &vm.types.dict_items,
    };
    Ok(vm.alloc(
        ty,
        DictViewObj {
            dict: a.args[0].clone(),
            part,
        },
    ))
}

fn dict_keys(vm: &Vm, a: FnArgs) -> PyResult {
    crate::str_methods::no_args(vm, &a, "dict.keys")?;
    dict_view(vm, &a, DictPart::Keys)
}
fn dict_values(vm: &Vm, a: FnArgs) -> PyResult {
    crate::str_methods::no_args(vm, &a, "dict.values")?;
    dict_view(vm, &a, DictPart::Values)
}
fn dict_items(vm: &Vm, a: FnArgs) -> PyResult {
    crate::str_methods::no_args(vm, &a, "dict.items")?;
    dict_view(vm, &a, DictPart::Items)
}

fn dict_copy(vm: &Vm, a: FnArgs) -> PyResult {
    crate::str_methods::no_args(vm, &a, "dict.copy")?;
    let t = a.args[0]
        .downcast::<DictObj>()
        .expect("dict")
        .0
        .borrow()
        .duplicate();
    Ok(vm.alloc(&vm.types.dict, DictObj(RefCell::new(t))))
}

fn dict_clear(vm: &Vm, a: FnArgs) -> PyResult {
    crate::str_methods::no_args(vm, &a, "dict.clear")?;
    let old = a.args[0]
        .downcast::<DictObj>()
        .expect("dict")
        .0
        .borrow_mut()
        .take_all();
    drop(old);
    Ok(vm.none())
}

/// Sorts values with Python comparison (`<`), stably, with optional key.
pub fn sort_values(
    vm: &Vm,
    items: Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let keys: Vec<Value> = match key {
        Some(k) if !k.is(&vm.none) => items
            .iter()
            .map(|x| vm.call(k, std::slice::from_ref(x)))
            .collect::<PyResult<_>>()?,
        _ => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    let mut err = None;
    // Merge sort on indices via a fallible comparator.
    idx.sort_by(|&i, &j| {
        if err.is_some() {
            return std::cmp::Ordering::Equal;
        }
        let (x, y) = if reverse {
            (&keys[j], &keys[i])
        } else {
            (&keys[i], &keys[j])
        };
        match vm
            .compare(x, y, strata_compiler::CompareOp::Lt)
            .and_then(|r| vm.truthy(&r))
        {
            Ok(true) => std::cmp::Ordering::Less,
            Ok(false) => match vm
                .compare(y, x, strata_compiler::CompareOp::Lt)
                .and_then(|r| vm.truthy(&r))
            {
                Ok(true) => std::cmp::Ordering::Greater,
                Ok(false) => std::cmp::Ordering::Equal,
                Err(e) => {
                    err = Some(e);
                    std::cmp::Ordering::Equal
                }
            },
            Err(e) => {
                err = Some(e);
                std::cmp::Ordering::Equal
            }
        }
    });
    if let Some(e) = err {
        return Err(e);
    }
    Ok(idx.into_iter().map(|i| items[i].clone()).collect())
}

fn kwarg<'a>(vm: &Vm, a: &'a FnArgs, name: &str) -> Option<&'a Value> {
    a.kwargs()
        .find(|(k, _)| vm.str_lossy(k) == name)
        .map(|(_, v)| v)
}

fn list_sort(vm: &Vm, a: FnArgs) -> PyResult {
    let Some(l) = a.args[0].downcast::<ListObj>() else {
        return Err(vm.type_error("sort() requires a list"));
    };
    if a.pos().len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    for (k, _) in a.kwargs() {
        let k = vm.str_lossy(k);
        if k != "key" && k != "reverse" {
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for sort()")));
        }
    }
    let reverse = match kwarg(vm, &a, "reverse") {
        Some(r) => !vm.index(r)?.is_zero(),
        None => false,
    };
    // While sorting, the list holds an empty buffer of our own: if it is
    // not the same buffer afterwards, the key or a comparison changed the
    // list.
    let sentinel: Vec<Value> = Vec::with_capacity(1);
    let sentinel_ptr = sentinel.as_ptr();
    let items = std::mem::replace(&mut *l.0.borrow_mut(), sentinel);
    let r = sort_values(vm, items.clone(), kwarg(vm, &a, "key"), reverse);
    let (result, restored) = match r {
        Ok(sorted) => (Ok(vm.none()), sorted),
        Err(e) => (Err(e), items),
    };
    // A change made during the sort makes it fail, as in CPython, and is
    // lost.
    let during = std::mem::replace(&mut *l.0.borrow_mut(), restored);
    let modified = during.as_ptr() != sentinel_ptr || !during.is_empty();
    drop(during);
    match result {
        Ok(_) if modified => Err(vm.value_error("list modified during sort")),
        r => r,
    }
}

/// The OSError subclass CPython picks for an errno.
fn os_error_subclass(vm: &Vm, errno: i64) -> Option<&Value> {
    let e = &vm.exc;
    Some(match errno {
        11 | 114 | 115 => &e.blocking_io_error,
        10 => &e.child_process_error,
        32 | 108 => &e.broken_pipe_error,
        103 => &e.connection_aborted_error,
        111 => &e.connection_refused_error,
        104 => &e.connection_reset_error,
        17 => &e.file_exists_error,
        2 => &e.file_not_found_error,
        4 => &e.interrupted_error,
        21 => &e.is_a_directory_error,
        20 => &e.not_a_directory_error,
        1 | 13 => &e.permission_error,
        3 => &e.process_lookup_error,
        110 => &e.timeout_error,
        _ => return None,
    })
}

fn exc_new(vm: &Vm, a: FnArgs) -> PyResult {
    let Some(mut cls) = a.pos().first() else {
        return Err(vm.type_error("BaseException.__new__(): not enough arguments"));
    };
    if cls.is(&vm.exc.os_error) && (2..=5).contains(&a.pos().len().saturating_sub(1)) {
        if let Some(errno) = crate::numeric::as_int(&a.pos()[1]).and_then(|i| i.to_i64()) {
            if let Some(sub) = os_error_subclass(vm, errno) {
                cls = sub;
            }
        }
    }
    let args = vm.new_tuple(a.pos()[1..].to_vec());
    let e = alloc_instance(
        vm,
        cls,
        ExceptionObj {
            args: RefCell::new(Some(args)),
            ..Default::default()
        },
    )?;
    crate::objects::exceptions::init_special_attrs(vm, &e);
    Ok(e)
}

fn exc_init(vm: &Vm, a: FnArgs) -> PyResult {
    let e = a.args[0]
        .downcast::<ExceptionObj>()
        .ok_or_else(|| vm.type_error("descriptor requires an exception"))?;
    *e.args.borrow_mut() = Some(vm.new_tuple(a.pos()[1..].to_vec()));
    crate::objects::exceptions::init_special_attrs(vm, &a.args[0]);
    for (k, v) in a.kwargs() {
        vm.setattr(&a.args[0], k, v.clone())?;
    }
    Ok(vm.none())
}

fn exc_with_traceback(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "with_traceback", &a, 2, 2)?;
    crate::objects::builtin_attrs::set(vm, &a.args[0], "__traceback__", Some(a.args[1].clone()))?;
    Ok(a.args[0].clone())
}

fn property_new(vm: &Vm, a: FnArgs) -> PyResult {
    let get = |i: usize, n: &str| {
        arg(&a, i)
            .or_else(|| kwarg(vm, &a, n))
            .filter(|v| !v.is(&vm.none))
            .cloned()
    };
    let doc = get(4, "doc")
        .or_else(|| get(1, "fget").and_then(|f| vm.getattr_opt(&f, "__doc__").ok().flatten()));
    alloc_instance(
        vm,
        &a.args[0],
        PropertyObj {
            fget: get(1, "fget"),
            fset: get(2, "fset"),
            fdel: get(3, "fdel"),
            doc: RefCell::new(doc),
            name: RefCell::new(None),
        },
    )
}

fn property_copy(vm: &Vm, a: &FnArgs, which: usize) -> PyResult {
    check_args(vm, "setter", a, 2, 2)?;
    let p = a.args[0].downcast::<PropertyObj>().expect("property");
    let f = Some(a.args[1].clone());
    let (g, s, d) = match which {
        0 => (f, p.fset.clone(), p.fdel.clone()),
        1 => (p.fget.clone(), f, p.fdel.clone()),
        _ => (p.fget.clone(), p.fset.clone(), f),
    };
    Ok(vm.alloc(
        &vm.type_of(&a.args[0]),
        PropertyObj {
            fget: g,
            fset: s,
            fdel: d,
            doc: RefCell::new(p.doc.borrow().clone()),
            name: RefCell::new(p.name.borrow().clone()),
        },
    ))
}

fn property_getter(vm: &Vm, a: FnArgs) -> PyResult {
    property_copy(vm, &a, 0)
}
fn property_setter(vm: &Vm, a: FnArgs) -> PyResult {
    property_copy(vm, &a, 1)
}
fn property_deleter(vm: &Vm, a: FnArgs) -> PyResult {
    property_copy(vm, &a, 2)
}

fn property_set_name(vm: &Vm, a: FnArgs) -> PyResult {
    if let (Some(p), Some(n)) = (a.args[0].downcast::<PropertyObj>(), a.args.get(2)) {
        *p.name.borrow_mut() = Some(n.clone());
    }
    Ok(vm.none())
}

fn wrapper_new(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "staticmethod", &a, 2, 2)?;
    alloc_instance(
        vm,
        &a.args[0],
        MethodWrapperObj {
            func: a.args[1].clone(),
        },
    )
}

fn range_new(vm: &Vm, a: FnArgs) -> PyResult {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let p = &a.args[1..];
    let int = |v: &Value| vm.index(v);
    let (start, stop, step) = match p.len() {
        1 => (BigInt::from(0), int(&p[0])?, BigInt::from(1)),
        2 => (int(&p[0])?, int(&p[1])?, BigInt::from(1)),
        3 => (int(&p[0])?, int(&p[1])?, int(&p[2])?),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {}", n))),
    };
    if step == BigInt::from(0) {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(vm.alloc(&vm.types.range, RangeObj { start, stop, step }))
}

fn slice_new(vm: &Vm, a: FnArgs) -> PyResult {
    let p = &a.args[1..];
    let (start, stop, step) = match p.len() {
        1 => (vm.none(), p[0].clone(), vm.none()),
        2 => (p[0].clone(), p[1].clone(), vm.none()),
        3 => (p[0].clone(), p[1].clone(), p[2].clone()),
        0 => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("slice expected at most 3 arguments, got {n}"))),
    };
    Ok(vm.alloc(&vm.types.slice, SliceObj { start, stop, step }))
}

fn set_new(vm: &Vm, a: FnArgs) -> PyResult {
    if a.args[0].is(&vm.types.set) && !a.kwnames.is_empty() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    alloc_instance(vm, &a.args[0], SetObj(RefCell::new(SetTable::new())))
}

fn set_init(vm: &Vm, a: FnArgs) -> PyResult {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    let s = &a.args[0];
    let p = &a.args[1..];
    if p.len() > 1 {
        return Err(vm.type_error(format!(
            "{} expected at most 1 argument, got {}",
            vm.type_name(s),
            p.len()
        )));
    }
    if let Some(t) = s.downcast::<SetObj>() {
        let old = t.0.borrow_mut().take_all();
        drop(old);
    }
    if let Some(it) = p.first() {
        crate::objects::set::set_update_internal(vm, s, it)?;
    }
    Ok(vm.none())
}

fn frozenset_new(vm: &Vm, a: FnArgs) -> PyResult {
    let ty = &a.args[0];
    let exact = ty.is(&vm.types.frozenset);
    if exact && !a.kwnames.is_empty() {
        return Err(vm.type_error("frozenset() takes no keyword arguments"));
    }
    let p = a.pos();
    if p.len() > 2 {
        return Err(vm.type_error(format!(
            "{} expected at most 1 argument, got {}",
            type_layout(ty).name(),
            p.len() - 1
        )));
    }
    if let Some(it) = p.get(1) {
        if exact && vm.is_exact(it, &vm.types.frozenset) {
            return Ok(it.clone());
        }
    }
    let s = alloc_instance(vm, ty, SetObj(RefCell::new(SetTable::new())))?;
    if let Some(it) = p.get(1) {
        crate::objects::set::set_update_internal(vm, &s, it)?;
    }
    Ok(s)
}

fn set_add(vm: &Vm, a: FnArgs) -> PyResult {
    crate::str_methods::one_arg(vm, &a, "set.add")?;
    crate::dict::set_add(vm, &a.args[0], a.args[1].clone())?;
    Ok(vm.none())
}

/// The key a set method looks up for `key`: a (mutable, unhashable) set is
/// looked up as the equal frozenset, as CPython does.
fn set_lookup_key(vm: &Vm, key: &Value) -> PyResult {
    if key.payload_is::<SetObj>() && !vm.isinstance(key, &vm.types.frozenset) {
        return crate::objects::set::to_frozenset(vm, key);
    }
    Ok(key.clone())
}

fn set_discard(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "discard", &a, 2, 2)?;
    let key = set_lookup_key(vm, &a.args[1])?;
    crate::dict::set_discard(vm, &a.args[0], &key)?;
    Ok(vm.none())
}

fn set_remove(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "remove", &a, 2, 2)?;
    let key = set_lookup_key(vm, &a.args[1])?;
    if !crate::dict::set_discard(vm, &a.args[0], &key)? {
        return Err(vm.key_error(a.args[1].clone()));
    }
    Ok(vm.none())
}

/// Installs constructors and named methods.
pub fn init_methods(vm: &Vm) {
    let t = &vm.types;
    add_static(vm, &t.bool_, "__new__", bool_new);
    add_static(vm, &t.tuple, "__new__", tuple_new);
    add_static(vm, &t.list, "__new__", list_new);
    add_method(vm, &t.list, "__init__", list_init);
    add_static(vm, &t.dict, "__new__", dict_new);
    add_method(vm, &t.dict, "__init__", dict_init);
    add_static(vm, &t.set, "__new__", set_new);
    add_method(vm, &t.set, "__init__", set_init);
    add_static(vm, &t.frozenset, "__new__", frozenset_new);
    add_static(vm, &t.range, "__new__", range_new);
    add_static(vm, &t.slice, "__new__", slice_new);
    add_method(vm, &t.slice, "indices", |vm, a| {
        check_args(vm, "indices", &a, 2, 2)?;
        let s = a.args[0]
            .downcast::<SliceObj>()
            .ok_or_else(|| vm.type_error("descriptor 'indices' requires a 'slice' object"))?;
        let n = vm.index_i64(&a.args[1])?;
        if n < 0 {
            return Err(vm.value_error("length should not be negative"));
        }
        let idx = crate::objects::sequence::slice_indices(vm, s, n as usize)?;
        let (start, stop) = (idx.start, idx.stop);
        Ok(vm.new_tuple(vec![
            vm.new_int(start as i64),
            vm.new_int(stop as i64),
            vm.new_int(idx.step as i64),
        ]))
    });
    add_method(vm, &t.member_descriptor, "__set__", |vm, a| {
        check_args(vm, "__set__", &a, 3, 3)?;
        let name = a.args[0]
            .downcast::<crate::attr::MemberDescrObj>()
            .ok_or_else(|| vm.type_error("descriptor expected"))?
            .name
            .clone();
        vm.generic_setattr(&a.args[1], &vm.new_str(&name), Some(a.args[2].clone()))?;
        Ok(vm.none())
    });
    add_method(vm, &t.member_descriptor, "__delete__", |vm, a| {
        check_args(vm, "__delete__", &a, 2, 2)?;
        let name = a.args[0]
            .downcast::<crate::attr::MemberDescrObj>()
            .ok_or_else(|| vm.type_error("descriptor expected"))?
            .name
            .clone();
        vm.generic_setattr(&a.args[1], &vm.new_str(&name), None)?;
        Ok(vm.none())
    });
    add_static(vm, &t.property, "__new__", property_new);
    add_method(vm, &t.property, "getter", property_getter);
    add_method(vm, &t.property, "setter", property_setter);
    add_method(vm, &t.property, "deleter", property_deleter);
    add_method(vm, &t.property, "__set_name__", property_set_name);
    add_static(vm, &t.staticmethod, "__new__", wrapper_new);
    add_static(vm, &t.classmethod, "__new__", wrapper_new);
    add_static(vm, &vm.exc.base_exception, "__new__", exc_new);
    add_method(vm, &vm.exc.base_exception, "__init__", exc_init);
    add_method(
        vm,
        &vm.exc.base_exception,
        "with_traceback",
        exc_with_traceback,
    );
    for (n, f) in [
        ("get", dict_get as NativeFn),
        ("setdefault", dict_setdefault),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("update", dict_update),
        ("copy", dict_copy),
        ("clear", dict_clear),
    ] {
        add_method(vm, &t.dict, n, f);
    }
    add_method(vm, &t.list, "sort", list_sort);
    {
        let ty = &t.set;
        add_method(vm, ty, "add", set_add);
        add_method(vm, ty, "discard", set_discard);
        add_method(vm, ty, "remove", set_remove);
    }
    crate::objects::exception_group::init(vm);
    crate::str_methods::init(vm);
    crate::bytes_methods::init(vm);
    crate::number_methods::init(vm);
    crate::container_methods::init(vm);
}

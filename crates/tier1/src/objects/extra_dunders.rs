//! Special methods of the builtin types that CPython exposes by name but
//! whose behaviour the protocol code already implements: `__reversed__` of
//! list and range, `__bool__` of range and None, `__length_hint__` of the
//! builtin iterators, `float.__getformat__`, `bytearray.__alloc__`,
//! `type.__prepare__`, `property.__set__`/`__delete__`, `super.__get__`,
//! `staticmethod.__call__`, and `__len__`/`__iter__`/`__contains__` of the
//! dict views.

use strata_object::payloads::*;
use strata_object::Value;

use crate::runtime::*;
use crate::typeslots::{add_method, check_args};
use crate::vm::{PyResult, Vm};

fn reversed_of(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__reversed__", &a, 1, 1)?;
    vm.call(&vm.types.reversed, &a.args[..1])
}

fn bool_of(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__bool__", &a, 1, 1)?;
    Ok(vm.bool(vm.truthy(&a.args[0])?))
}

fn len_of(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__len__", &a, 1, 1)?;
    Ok(vm.new_int(vm.len(&a.args[0])? as i64))
}

fn iter_of(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__iter__", &a, 1, 1)?;
    vm.builtin_iter(&a.args[0])
}

fn contains_of(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__contains__", &a, 2, 2)?;
    Ok(vm.bool(vm.contains(&a.args[0], &a.args[1])?))
}

/// `it.__length_hint__()`: the number of items left.
fn length_hint(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__length_hint__", &a, 1, 1)?;
    let n = crate::objects::iter::remaining(vm, &a.args[0])?;
    Ok(vm.new_int(n as i64))
}

fn float_getformat(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__getformat__", &a, 2, 2)?;
    let Some(s) = a.args[1].downcast::<StrObj>() else {
        return Err(vm.type_error(format!(
            "__getformat__() argument must be str, not {}",
            vm.type_name(&a.args[1])
        )));
    };
    match &*s.s {
        "double" | "float" => Ok(vm.new_str(if cfg!(target_endian = "little") {
            "IEEE, little-endian"
        } else {
            "IEEE, big-endian"
        })),
        _ => Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'")),
    }
}

fn bytearray_alloc(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__alloc__", &a, 1, 1)?;
    let b = a.args[0]
        .downcast::<ByteArrayObj>()
        .ok_or_else(|| vm.type_error("descriptor '__alloc__' requires a 'bytearray' object"))?;
    let n = b.0.borrow().len();
    Ok(vm.new_int(if n == 0 { 0 } else { n as i64 + 1 }))
}

fn type_prepare(vm: &Vm, _a: FnArgs) -> PyResult {
    Ok(vm.new_dict())
}

/// `property.__set__` / `__delete__`: calls the setter or deleter.
fn property_store(vm: &Vm, a: &FnArgs, value: Option<Value>) -> PyResult {
    let p = a.args[0]
        .downcast::<PropertyObj>()
        .ok_or_else(|| vm.type_error("descriptor requires a 'property' object"))?;
    let obj = &a.args[1];
    let (f, what) = if value.is_some() {
        (&p.fset, "setter")
    } else {
        (&p.fdel, "deleter")
    };
    match f {
        Some(f) => {
            let mut args = vec![obj.clone()];
            args.extend(value);
            vm.call(f, &args)?;
            Ok(vm.none())
        }
        None => {
            let mut name = p
                .name
                .borrow()
                .as_ref()
                .map(|n| vm.str_lossy(n).to_string())
                .unwrap_or_default();
            if name.is_empty() {
                if let Some(g) = &p.fget {
                    if let Some(n) = vm.getattr_opt(g, "__name__")? {
                        name = vm.str_lossy(&n).to_string();
                    }
                }
            }
            Err(vm.attribute_error(format!(
                "property '{}' of '{}' object has no {}",
                name,
                vm.type_name(obj),
                what
            )))
        }
    }
}

fn property_set(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__set__", &a, 3, 3)?;
    property_store(vm, &a, Some(a.args[2].clone()))
}

fn property_delete(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__delete__", &a, 2, 2)?;
    property_store(vm, &a, None)
}

fn staticmethod_call(vm: &Vm, a: FnArgs) -> PyResult {
    let w = a
        .args
        .first()
        .and_then(|s| s.downcast::<MethodWrapperObj>())
        .ok_or_else(|| vm.type_error("descriptor '__call__' requires a 'staticmethod' object"))?;
    vm.call_args(
        &w.func,
        FnArgs {
            args: &a.args[1..],
            kwnames: a.kwnames,
        },
    )
}

fn super_get(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__get__", &a, 2, 3)?;
    let s = a.args[0]
        .downcast::<SuperObj>()
        .ok_or_else(|| vm.type_error("descriptor '__get__' requires a 'super' object"))?;
    if a.args[1].is(&vm.none) || s.obj.is_some() {
        return Ok(a.args[0].clone());
    }
    vm.call(&vm.types.super_, &[s.this_class.clone(), a.args[1].clone()])
}

/// Registers the methods.
pub fn init(vm: &Vm) {
    let t = &vm.types;
    add_method(vm, &t.list, "__reversed__", reversed_of);
    add_method(vm, &t.range, "__reversed__", reversed_of);
    add_method(vm, &t.range, "__bool__", bool_of);
    add_method(vm, &t.none_type, "__bool__", bool_of);
    for ty in [&t.dict_keys, &t.dict_values, &t.dict_items] {
        add_method(vm, ty, "__len__", len_of);
        add_method(vm, ty, "__iter__", iter_of);
    }
    add_method(vm, &t.dict_keys, "__contains__", contains_of);
    add_method(vm, &t.dict_items, "__contains__", contains_of);
    for ty in [
        &t.list_iterator,
        &t.tuple_iterator,
        &t.seq_iterator,
        &t.range_iterator,
        &t.str_iterator,
        &t.str_ascii_iterator,
        &t.bytes_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.set_iterator,
        &t.reversed,
        &t.list_reverseiterator,
        &t.snapshot_iterator,
    ] {
        add_method(vm, ty, "__length_hint__", length_hint);
    }
    crate::typeslots::add_classmethod(vm, &t.float, "__getformat__", float_getformat);
    add_method(vm, &t.bytearray, "__alloc__", bytearray_alloc);
    crate::typeslots::add_classmethod(vm, &t.type_, "__prepare__", type_prepare);
    add_method(vm, &t.property, "__set__", property_set);
    add_method(vm, &t.property, "__delete__", property_delete);
    add_method(vm, &t.staticmethod, "__call__", staticmethod_call);
    add_method(vm, &t.super_, "__get__", super_get);
}

//! `types.MappingProxyType` (`mappingproxy`): a read-only view of a
//! mapping. `cls.__dict__` is one (over a snapshot of the class
//! namespace), and so is the `mapping` attribute of dict views (over the
//! dict itself). Reads delegate to the underlying mapping; there is no way
//! to write through it.

use strata_object::payloads::*;
use strata_object::types::type_layout;
use strata_object::{TypeFlags, Value};

use crate::runtime::*;
use crate::typeslots::{add_method, add_static, check_args};
use crate::vm::{PyResult, Vm};

/// Payload of `mappingproxy`.
pub struct MappingProxyObj {
    /// The proxied mapping.
    pub mapping: Value,
}

/// A read-only proxy of `mapping`.
pub fn new_proxy(vm: &Vm, mapping: Value) -> Value {
    vm.alloc(&vm.types.mappingproxy, MappingProxyObj { mapping })
}

fn target(vm: &Vm, a: &FnArgs, name: &str) -> PyResult<Value> {
    a.args
        .first()
        .and_then(|s| s.downcast::<MappingProxyObj>())
        .map(|p| p.mapping.clone())
        .ok_or_else(|| {
            vm.type_error(format!(
                "descriptor '{name}' for 'mappingproxy' objects doesn't apply to this object"
            ))
        })
}

fn mp_new(vm: &Vm, a: FnArgs) -> PyResult {
    let v = crate::builtins::builtin_kw_args(
        vm,
        &FnArgs {
            args: &a.args[1..],
            kwnames: a.kwnames,
        },
        "mappingproxy",
        &["mapping"],
        1,
        1,
    )?;
    let m = v.into_iter().next().flatten().expect("mapping");
    let is_mapping = m.payload_is::<DictObj>()
        || (!m.payload_is::<ListObj>()
            && !m.payload_is::<TupleObj>()
            && vm.lookup_special(&m, "__getitem__").is_some()
            && vm.getattr_opt(&m, "keys")?.is_some());
    if !is_mapping {
        return Err(vm.type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            vm.type_name(&m)
        )));
    }
    Ok(new_proxy(vm, m))
}

fn call_method(vm: &Vm, a: &FnArgs, name: &str) -> PyResult {
    let m = target(vm, a, name)?;
    let f = vm.getattr_str(&m, name)?;
    vm.call(&f, &a.args[1..])
}

fn mp_getitem(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__getitem__", &a, 2, 2)?;
    let m = target(vm, &a, "__getitem__")?;
    vm.getitem(&m, &a.args[1])
}

fn mp_contains(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__contains__", &a, 2, 2)?;
    let m = target(vm, &a, "__contains__")?;
    Ok(vm.bool(vm.contains(&m, &a.args[1])?))
}

fn mp_iter(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__iter__", &a, 1, 1)?;
    vm.iter(&target(vm, &a, "__iter__")?)
}

fn mp_len(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__len__", &a, 1, 1)?;
    let m = target(vm, &a, "__len__")?;
    let n = vm.len(&m)?;
    Ok(vm.new_int(n as i64))
}

fn mp_get(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "get", &a, 2, 3)?;
    call_method(vm, &a, "get")
}

fn mp_keys(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "keys", &a, 1, 1)?;
    call_method(vm, &a, "keys")
}

fn mp_values(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "values", &a, 1, 1)?;
    call_method(vm, &a, "values")
}

fn mp_items(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "items", &a, 1, 1)?;
    call_method(vm, &a, "items")
}

fn mp_copy(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "copy", &a, 1, 1)?;
    call_method(vm, &a, "copy")
}

fn mp_reversed(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__reversed__", &a, 1, 1)?;
    let m = target(vm, &a, "__reversed__")?;
    vm.call(&vm.types.reversed, &[m])
}

fn mp_repr(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__repr__", &a, 1, 1)?;
    let m = target(vm, &a, "__repr__")?;
    Ok(vm.new_string(format!("mappingproxy({})", vm.repr_string(&m)?)))
}

fn mp_str(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__str__", &a, 1, 1)?;
    vm.to_str(&target(vm, &a, "__str__")?)
}

fn mp_eq(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__eq__", &a, 2, 2)?;
    let m = target(vm, &a, "__eq__")?;
    vm.compare(&m, &a.args[1], strata_compiler::CompareOp::Eq)
}

fn mp_ne(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__ne__", &a, 2, 2)?;
    let m = target(vm, &a, "__ne__")?;
    vm.compare(&m, &a.args[1], strata_compiler::CompareOp::Ne)
}

fn mp_or(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__or__", &a, 2, 2)?;
    let m = target(vm, &a, "__or__")?;
    let other = match a.args[1].downcast::<MappingProxyObj>() {
        Some(p) => p.mapping.clone(),
        None => a.args[1].clone(),
    };
    vm.binary_op(&m, &other, strata_compiler::BinaryOp::Or)
}

fn mp_ror(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__ror__", &a, 2, 2)?;
    let m = target(vm, &a, "__ror__")?;
    vm.binary_op(&a.args[1], &m, strata_compiler::BinaryOp::Or)
}

fn mp_ior(vm: &Vm, a: FnArgs) -> PyResult {
    Err(vm.type_error(format!(
        "'|=' is not supported by {}; use '|' instead",
        a.args
            .first()
            .map(|s| vm.type_name(s).to_string())
            .unwrap_or_default()
    )))
}

/// Sets up the `mappingproxy` type.
pub fn init(vm: &Vm) {
    let t = &vm.types.mappingproxy;
    let tl = type_layout(t);
    tl.flags.set(tl.flags.get() | TypeFlags::NATIVE_EXT);
    add_static(vm, t, "__new__", mp_new);
    for (n, f) in [
        ("__getitem__", mp_getitem as NativeFn),
        ("__contains__", mp_contains),
        ("__iter__", mp_iter),
        ("__len__", mp_len),
        ("__reversed__", mp_reversed),
        ("__repr__", mp_repr),
        ("__str__", mp_str),
        ("__eq__", mp_eq),
        ("__ne__", mp_ne),
        ("__or__", mp_or),
        ("__ror__", mp_ror),
        ("__ior__", mp_ior),
        ("get", mp_get),
        ("keys", mp_keys),
        ("values", mp_values),
        ("items", mp_items),
        ("copy", mp_copy),
    ] {
        add_method(vm, t, n, f);
    }
    let hash_none = vm.none();
    tl.namespace
        .borrow_mut()
        .insert(std::rc::Rc::from("__hash__"), hash_none);
}

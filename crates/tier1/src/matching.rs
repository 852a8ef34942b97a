//! Run-time support of the `match` statement: the semantics of
//! `MATCH_CLASS`, `MATCH_KEYS`, `MATCH_SEQUENCE`, `MATCH_MAPPING` and
//! `GET_LEN` (CPython's `match_class`, `match_keys` and the type flags
//! `Py_TPFLAGS_SEQUENCE`/`Py_TPFLAGS_MAPPING`/`_Py_TPFLAGS_MATCH_SELF`).
//!
//! A failed match is `Ok(None)`; `Err` is an exception raised while
//! matching (a bad `__match_args__`, an attribute getter or `get` method
//! raising, an unhashable or duplicate key), which propagates out of the
//! `match` statement.

use strata_object::payloads::*;
use strata_object::types::type_layout;
use strata_object::{TypeFlags, Value};

use crate::vm::{PyResult, Vm};

/// Whether `v` matches sequence patterns (`list`, `tuple`, `range` and
/// their subclasses; never `str`, `bytes` or `bytearray`).
pub fn is_match_sequence(vm: &Vm, v: &Value) -> bool {
    vm.type_has(v, TypeFlags::SEQUENCE)
}

/// Whether `v` matches mapping patterns (`dict` and its subclasses).
pub fn is_match_mapping(vm: &Vm, v: &Value) -> bool {
    vm.type_has(v, TypeFlags::MAPPING)
}

/// The name of a type as CPython's `tp_name` shows it in these messages.
fn type_name(ty: &Value) -> String {
    type_layout(ty).name().to_string()
}

/// `MATCH_CLASS`: the tuple of sub-pattern subjects of `subject` for a
/// class pattern `cls(<nargs positional>, **names)`, or `None` when
/// `subject` is not an instance of `cls` or lacks one of the attributes.
pub fn match_class(
    vm: &Vm,
    subject: &Value,
    cls: &Value,
    nargs: usize,
    names: &Value,
) -> PyResult<Option<Value>> {
    if !vm.is_type(cls) {
        return Err(vm.type_error("called match pattern must be a type"));
    }
    if !crate::builtins::class_check(vm, subject, cls, true)? {
        return Ok(None);
    }
    let mut seen: Vec<Value> = Vec::new();
    let mut attrs: Vec<Value> = Vec::with_capacity(nargs);
    if nargs > 0 {
        let (match_args, match_self) = match vm.getattr_opt(cls, "__match_args__")? {
            Some(m) => {
                if !vm.is_exact(&m, &vm.types.tuple) {
                    return Err(vm.type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        type_name(cls),
                        vm.type_name(&m)
                    )));
                }
                (m, false)
            }
            // Self-matching builtins count only without `__match_args__`.
            None => (
                vm.empty_tuple.clone(),
                type_layout(cls).has(TypeFlags::MATCH_SELF),
            ),
        };
        let match_args: Vec<Value> = match_args
            .downcast::<TupleObj>()
            .map(|t| t.0.to_vec())
            .unwrap_or_default();
        let allowed = if match_self { 1 } else { match_args.len() };
        if allowed < nargs {
            return Err(vm.type_error(format!(
                "{}() accepts {} positional sub-pattern{} ({} given)",
                type_name(cls),
                allowed,
                if allowed == 1 { "" } else { "s" },
                nargs
            )));
        }
        if match_self {
            attrs.push(subject.clone());
        } else {
            for name in &match_args[..nargs] {
                if !vm.is_exact(name, &vm.types.str_) {
                    return Err(vm.type_error(format!(
                        "__match_args__ elements must be strings (got {})",
                        vm.type_name(name)
                    )));
                }
                match match_class_attr(vm, subject, cls, name, &mut seen)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(None),
                }
            }
        }
    }
    let names: Vec<Value> = names
        .downcast::<TupleObj>()
        .map(|t| t.0.to_vec())
        .unwrap_or_default();
    for name in &names {
        match match_class_attr(vm, subject, cls, name, &mut seen)? {
            Some(v) => attrs.push(v),
            None => return Ok(None),
        }
    }
    Ok(Some(vm.new_tuple(attrs)))
}

/// One attribute of a class pattern: `None` if missing (AttributeError);
/// a name used twice is a TypeError.
fn match_class_attr(
    vm: &Vm,
    subject: &Value,
    cls: &Value,
    name: &Value,
    seen: &mut Vec<Value>,
) -> PyResult<Option<Value>> {
    for s in seen.iter() {
        if vm.eq(s, name)? {
            return Err(vm.type_error(format!(
                "{}() got multiple sub-patterns for attribute {}",
                type_name(cls),
                vm.repr_string(name)?
            )));
        }
    }
    seen.push(name.clone());
    match vm.getattr(subject, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.exc_matches(&e, &vm.exc.attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `MATCH_KEYS`: the tuple of `subject.get(key)` for each key, or `None`
/// if any key is missing. Uses the two-argument `get` with a private
/// default, so `__missing__` never runs and missing keys are not created.
pub fn match_keys(vm: &Vm, subject: &Value, keys: &Value) -> PyResult<Option<Value>> {
    let keys: Vec<Value> = keys
        .downcast::<TupleObj>()
        .map(|t| t.0.to_vec())
        .unwrap_or_default();
    if keys.is_empty() {
        return Ok(Some(vm.empty_tuple.clone()));
    }
    let exact_dict = vm.is_exact(subject, &vm.types.dict);
    let get = if exact_dict {
        None
    } else {
        Some(vm.load_method(subject, &vm.intern("get"))?)
    };
    let dummy = vm.alloc(&vm.types.object, ObjectObj);
    let seen = vm.new_set();
    let mut values = Vec::with_capacity(keys.len());
    for key in &keys {
        if crate::dict::set_contains(vm, &seen, key)? {
            return Err(vm.value_error(format!(
                "mapping pattern checks duplicate key ({})",
                vm.repr_string(key)?
            )));
        }
        crate::dict::set_add(vm, &seen, key.clone())?;
        let value = match &get {
            None => crate::dict::dict_get_item(vm, subject, key)?,
            Some((get, is_method)) => {
                let v = if *is_method {
                    vm.call(get, &[subject.clone(), key.clone(), dummy.clone()])?
                } else {
                    vm.call(get, &[key.clone(), dummy.clone()])?
                };
                (!v.is(&dummy)).then_some(v)
            }
        };
        match value {
            Some(v) => values.push(v),
            None => return Ok(None),
        }
    }
    Ok(Some(vm.new_tuple(values)))
}

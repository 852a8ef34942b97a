//! Run-time support of the `match` statement: the semantics of
//! `MATCH_CLASS`, `MATCH_KEYS`, `MATCH_SEQUENCE`, `MATCH_MAPPING` and
//! `GET_LEN` (CPython's `match_class`, `match_keys` and the type flags
//! `Py_TPFLAGS_SEQUENCE`/`Py_TPFLAGS_MAPPING`/`_Py_TPFLAGS_MATCH_SELF`).
//!
//! A failed match is `Ok(None)`; `Err` is an exception raised while
//! matching (a bad `__match_args__`, an attribute getter or `get` method
//! raising, an unhashable or duplicate key), which propagates out of the
//! `match` statement.
//!
//! Which classes are sequences and mappings: the builtin types carry the
//! flags; a class takes the flag of the first class on its MRO that has
//! one; the abstract classes of `collections.abc` set theirs from
//! `__abc_tpflags__`, and registering a virtual subclass of one passes the
//! flag on (the native `_abc` module's hooks, called by `abc.ABCMeta`).

use strata_object::payloads::*;
use strata_object::types::type_layout;
use strata_object::{TypeFlags, Value};

use crate::runtime::FnArgs;
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

// ---------------------------------------------------------------------------
// Collection flags of classes (`collections.abc` support)
// ---------------------------------------------------------------------------

/// `__abc_tpflags__` bit for sequences (CPython's `Py_TPFLAGS_SEQUENCE`).
const ABC_SEQUENCE: i64 = 1 << 5;
/// `__abc_tpflags__` bit for mappings (CPython's `Py_TPFLAGS_MAPPING`).
const ABC_MAPPING: i64 = 1 << 6;

fn collection_flags() -> TypeFlags {
    TypeFlags::SEQUENCE | TypeFlags::MAPPING
}

/// A new class takes the collection flag (sequence or mapping) of the
/// first class on its MRO that has one, as CPython's
/// `inherit_patma_flags` does for each base in MRO order.
pub fn inherit_collection_flags(cls: &Value) {
    let tl = type_layout(cls);
    let inherited = tl
        .mro
        .borrow()
        .iter()
        .skip(1)
        .map(|b| type_layout(b).flags.get() & collection_flags())
        .find(|f| !f.is_empty())
        .unwrap_or(TypeFlags::empty());
    tl.flags
        .set((tl.flags.get() - collection_flags()) | inherited);
}

/// Gives `child` and its subclasses the collection flag `flag`, except
/// builtin (immutable) types and classes that already have it (CPython's
/// `set_collection_flag_recursive`).
fn set_collection_flag(child: &Value, flag: TypeFlags) {
    let tl = type_layout(child);
    let flags = tl.flags.get();
    if flags.contains(TypeFlags::IMMUTABLE) || flags & collection_flags() == flag {
        return;
    }
    tl.flags.set((flags - collection_flags()) | flag);
    tl.for_each_subclass(|sub| set_collection_flag(sub, flag));
}

/// `_abc.init_collection_flags(cls)`, called by `ABCMeta` for each new
/// abstract class: a class body's `__abc_tpflags__` (`1 << 5` sequence,
/// `1 << 6` mapping) sets the class's collection flag and is removed from
/// the namespace (the part of CPython's `_abc._abc_init` that concerns
/// pattern matching).
fn abc_init_collection_flags(vm: &Vm, a: FnArgs) -> PyResult {
    let ([cls], true) = (a.pos(), a.kwnames.is_empty()) else {
        return Err(vm.type_error("init_collection_flags() takes exactly one argument"));
    };
    if !vm.is_type(cls) {
        return Ok(vm.none());
    }
    let tl = type_layout(cls);
    let Some(flags) = tl.namespace.borrow().get("__abc_tpflags__").cloned() else {
        return Ok(vm.none());
    };
    if vm.is_exact(&flags, &vm.types.int) {
        let bits = vm.index_i64(&flags).unwrap_or(0);
        if bits & (ABC_SEQUENCE | ABC_MAPPING) == ABC_SEQUENCE | ABC_MAPPING {
            return Err(vm.type_error(
                "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING",
            ));
        }
        let mut add = TypeFlags::empty();
        if bits & ABC_SEQUENCE != 0 {
            add |= TypeFlags::SEQUENCE;
        }
        if bits & ABC_MAPPING != 0 {
            add |= TypeFlags::MAPPING;
        }
        tl.flags.set(tl.flags.get() | add);
    }
    tl.del_attr("__abc_tpflags__");
    Ok(vm.none())
}

/// `_abc.register_collection_flags(cls, subclass)`, called by
/// `ABCMeta.register`: a virtual subclass of a sequence or mapping ABC
/// becomes a sequence or mapping for pattern matching (with its
/// subclasses), as CPython's `_abc._abc_register` makes it.
fn abc_register_collection_flags(vm: &Vm, a: FnArgs) -> PyResult {
    let ([cls, subclass], true) = (a.pos(), a.kwnames.is_empty()) else {
        return Err(vm.type_error("register_collection_flags() takes exactly two arguments"));
    };
    if vm.is_type(cls) && vm.is_type(subclass) {
        let flag = type_layout(cls).flags.get() & collection_flags();
        if !flag.is_empty() {
            set_collection_flag(subclass, flag);
        }
    }
    Ok(vm.none())
}

/// The native `_abc` module: the hooks `abc.ABCMeta` uses to keep the
/// collection flags of abstract classes and their virtual subclasses.
pub fn abc_module(vm: &Vm) -> PyResult<Value> {
    let m = crate::sysmod::new_module(vm, "_abc");
    crate::sysmod::module_fn(vm, &m, "init_collection_flags", abc_init_collection_flags);
    crate::sysmod::module_fn(
        vm,
        &m,
        "register_collection_flags",
        abc_register_collection_flags,
    );
    Ok(m)
}

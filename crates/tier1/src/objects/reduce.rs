//! The copy/pickle protocol of builtin objects (CPython 3.11's
//! `typeobject.c` reduce machinery): `object.__reduce__`,
//! `object.__reduce_ex__`, `object.__getstate__`, the `__getnewargs__` of
//! the immutable builtins and the own reducers of set, frozenset,
//! bytearray, slice, range and exceptions.
//!
//! Protocol 2 and later reduce an instance to
//! `(__newobj__, (cls, *newargs), state, listitems, dictitems)`; protocols 0
//! and 1 to `(_reconstructor, (cls, base, state), dict)` as `copyreg`
//! does. `__newobj__`, `__newobj_ex__` and `_reconstructor` are native
//! functions with `copyreg`'s semantics, so `copy.copy` works without a
//! `copyreg` module.

use std::rc::Rc;

use strata_object::payloads::*;
use strata_object::types::type_layout;
use strata_object::{TypeFlags, Value};

use crate::runtime::*;
use crate::typeslots::{add_method, check_args};
use crate::vm::{PyResult, Vm};

fn native(vm: &Vm, name: &str, f: NativeFn) -> Value {
    vm.alloc(
        &vm.types.native_function,
        NativeFunctionObj {
            name: Rc::from(name),
            qualname: Rc::from(name),
            func: NativeImpl::Plain(f),
            self_: None,
            is_method: false,
            is_classmethod: false,
            doc: None,
            objclass: None,
        },
    )
}

/// `copyreg.__newobj__(cls, *args)`: `cls.__new__(cls, *args)`.
fn newobj(vm: &Vm, a: FnArgs) -> PyResult {
    let Some(cls) = a.args.first() else {
        return Err(vm.type_error("__newobj__() missing required argument 'cls'"));
    };
    let new = vm.getattr_str(cls, "__new__")?;
    vm.call_args(
        &new,
        FnArgs {
            args: a.args,
            kwnames: a.kwnames,
        },
    )
}

/// `copyreg.__newobj_ex__(cls, args, kwargs)`.
fn newobj_ex(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__newobj_ex__", &a, 3, 3)?;
    let new = vm.getattr_str(&a.args[0], "__new__")?;
    let mut args = vec![a.args[0].clone()];
    args.extend(vm.to_vec(&a.args[1])?);
    let mut names = Vec::new();
    for (k, v) in crate::dict::dict_items(&a.args[2]) {
        names.push(k);
        args.push(v);
    }
    vm.call_args(
        &new,
        FnArgs {
            args: &args,
            kwnames: &names,
        },
    )
}

/// `copyreg._reconstructor(cls, base, state)`.
fn reconstructor(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "_reconstructor", &a, 3, 3)?;
    let (cls, base, state) = (&a.args[0], &a.args[1], &a.args[2]);
    if base.is(&vm.types.object) {
        return crate::typeobj::object_new(vm, FnArgs::positional(std::slice::from_ref(cls)));
    }
    let new = vm.getattr_str(base, "__new__")?;
    let obj = vm.call(&new, &[cls.clone(), state.clone()])?;
    let init = vm.getattr_str(base, "__init__")?;
    let object_init = vm.getattr_str(&vm.types.object, "__init__")?;
    if !init.is(&object_init) {
        vm.call(&init, &[obj.clone(), state.clone()])?;
    }
    Ok(obj)
}

/// Whether instances of `cls` cannot be created by `cls.__new__` (a
/// builtin type without its own constructor, like CPython's types with a
/// NULL `tp_new`).
fn no_constructor(vm: &Vm, cls: &Value) -> bool {
    let tl = type_layout(cls);
    !cls.is(&vm.types.object)
        && !tl.has(TypeFlags::HEAPTYPE)
        && tl.mro.borrow().iter().all(|t| {
            t.is(&vm.types.object)
                || type_layout(t).has(TypeFlags::HEAPTYPE)
                || type_layout(t).get_own("__new__").is_none()
        })
}

/// CPython's `object_getstate_default`: the instance dict (None when
/// empty) and, if any `__slots__` are set, `(dict, {slot: value})`.
fn getstate_default(vm: &Vm, obj: &Value, required: bool) -> PyResult {
    let cls = vm.type_of(obj);
    let tl = type_layout(&cls);
    if required {
        let plain = tl.payload.type_id == std::any::TypeId::of::<ObjectObj>();
        if !plain {
            return Err(vm.type_error(format!("cannot pickle '{}' object", tl.name())));
        }
    }
    let mut state = vm.none();
    if tl.dict_slot.is_some() {
        if let Some(d) = vm.instance_dict(obj) {
            if crate::dict::dict_len(&d) > 0 {
                state = d;
            }
        }
    }
    let members = tl.member_slots.clone();
    if !members.is_empty() {
        let slots = vm.new_dict();
        for (name, idx) in members {
            let v = obj.ext_slot(idx).and_then(|c| {
                let v = c.take();
                c.set(v.clone());
                v
            });
            if let Some(v) = v {
                crate::dict::dict_set_str(vm, &slots, &name, v);
            }
        }
        if crate::dict::dict_len(&slots) > 0 {
            state = vm.new_tuple(vec![state, slots]);
        }
    }
    Ok(state)
}

/// `obj.__getstate__()`, passing `required` when it is object's own.
fn getstate(vm: &Vm, obj: &Value, required: bool) -> PyResult {
    let g = vm.getattr_str(obj, "__getstate__")?;
    let is_default = g.downcast::<NativeFunctionObj>().is_some_and(|n| {
        &*n.name == "__getstate__"
            && n.objclass.as_ref().is_some_and(|o| o.is(&vm.types.object))
            && n.self_.as_ref().is_some_and(|s| s.is(obj))
    });
    if is_default {
        getstate_default(vm, obj, required)
    } else {
        vm.call(&g, &[])
    }
}

/// `__getnewargs_ex__()` / `__getnewargs__()`: `(args, kwargs)`, or None
/// when the object defines neither.
fn getnewargs(vm: &Vm, obj: &Value) -> PyResult<Option<(Value, Option<Value>)>> {
    if let Some(f) = vm.getattr_opt(obj, "__getnewargs_ex__")? {
        let r = vm.call(&f, &[])?;
        let Some(t) = r.downcast::<TupleObj>() else {
            return Err(vm.type_error(format!(
                "__getnewargs_ex__ should return a tuple, not '{}'",
                vm.type_name(&r)
            )));
        };
        if t.0.len() != 2 {
            return Err(vm.value_error(format!(
                "__getnewargs_ex__ should return a tuple of length 2, not {}",
                t.0.len()
            )));
        }
        if !t.0[0].payload_is::<TupleObj>() {
            return Err(vm.type_error(format!(
                "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{}'",
                vm.type_name(&t.0[0])
            )));
        }
        if !t.0[1].payload_is::<DictObj>() {
            return Err(vm.type_error(format!(
                "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{}'",
                vm.type_name(&t.0[1])
            )));
        }
        return Ok(Some((t.0[0].clone(), Some(t.0[1].clone()))));
    }
    if let Some(f) = vm.getattr_opt(obj, "__getnewargs__")? {
        let r = vm.call(&f, &[])?;
        if !r.payload_is::<TupleObj>() {
            return Err(vm.type_error(format!(
                "__getnewargs__ should return a tuple, not '{}'",
                vm.type_name(&r)
            )));
        }
        return Ok(Some((r, None)));
    }
    Ok(None)
}

/// CPython's `reduce_newobj` (protocol 2 and later).
fn reduce_newobj(vm: &Vm, obj: &Value) -> PyResult {
    let cls = vm.type_of(obj);
    if no_constructor(vm, &cls) {
        return Err(vm.type_error(format!(
            "cannot pickle '{}' object",
            type_layout(&cls).name()
        )));
    }
    let na = getnewargs(vm, obj)?;
    let hasargs = na.is_some();
    let (args, kwargs) = na.unwrap_or_else(|| (vm.empty_tuple.clone(), None));
    let kwargs = kwargs.filter(|k| crate::dict::dict_len(k) > 0);
    let (func, newargs) = match kwargs {
        None => {
            let mut v = vec![cls.clone()];
            v.extend(vm.to_vec(&args)?);
            (native(vm, "__newobj__", newobj), vm.new_tuple(v))
        }
        Some(k) => (
            native(vm, "__newobj_ex__", newobj_ex),
            vm.new_tuple(vec![cls.clone(), args, k]),
        ),
    };
    let is_list = obj.payload_is::<ListObj>();
    let is_dict = obj.payload_is::<DictObj>();
    let state = getstate(vm, obj, !(hasargs || is_list || is_dict))?;
    let listitems = if is_list { vm.iter(obj)? } else { vm.none() };
    let dictitems = if is_dict {
        let items = vm.call(&vm.getattr_str(obj, "items")?, &[])?;
        vm.iter(&items)?
    } else {
        vm.none()
    };
    Ok(vm.new_tuple(vec![func, newargs, state, listitems, dictitems]))
}

/// `copyreg._reduce_ex(obj, proto)` for protocols 0 and 1.
fn reduce_legacy(vm: &Vm, obj: &Value) -> PyResult {
    let cls = vm.type_of(obj);
    let base = type_layout(&cls)
        .mro
        .borrow()
        .iter()
        .find(|t| !type_layout(t).has(TypeFlags::HEAPTYPE))
        .cloned()
        .unwrap_or_else(|| vm.types.object.clone());
    let state = if base.is(&vm.types.object) {
        vm.none()
    } else {
        if base.is(&cls) {
            return Err(vm.type_error(format!(
                "cannot pickle '{}' object",
                type_layout(&cls).name()
            )));
        }
        vm.call(&base, std::slice::from_ref(obj))?
    };
    let args = vm.new_tuple(vec![cls.clone(), base, state]);
    let own_getstate = type_layout(&cls)
        .lookup("__getstate__")
        .is_some_and(|g| !g.payload_is::<NativeFunctionObj>());
    if !own_getstate && !type_layout(&cls).member_slots.is_empty() {
        return Err(vm.type_error(
            "a class that defines __slots__ without defining __getstate__ cannot be pickled",
        ));
    }
    let dict = getstate(vm, obj, false)?;
    let func = native(vm, "_reconstructor", reconstructor);
    if vm.truthy(&dict)? {
        Ok(vm.new_tuple(vec![func, args, dict]))
    } else {
        Ok(vm.new_tuple(vec![func, args]))
    }
}

fn common_reduce(vm: &Vm, obj: &Value, proto: i64) -> PyResult {
    if proto >= 2 {
        reduce_newobj(vm, obj)
    } else {
        reduce_legacy(vm, obj)
    }
}

fn object_reduce(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__reduce__", &a, 1, 1)?;
    common_reduce(vm, &a.args[0], 0)
}

fn object_reduce_ex(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__reduce_ex__", &a, 2, 2)?;
    let obj = &a.args[0];
    let proto = vm.index_i64(&a.args[1])?;
    let cls = vm.type_of(obj);
    let own = type_layout(&cls).lookup("__reduce__");
    let default = type_layout(&vm.types.object).get_own("__reduce__");
    if let (Some(o), Some(d)) = (own, default) {
        if !o.is(&d) {
            let r = vm.getattr_str(obj, "__reduce__")?;
            return vm.call(&r, &[]);
        }
    }
    common_reduce(vm, obj, proto)
}

fn object_getstate(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__getstate__", &a, 1, 1)?;
    getstate_default(vm, &a.args[0], false)
}

fn object_sizeof(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__sizeof__", &a, 1, 1)?;
    let v = &a.args[0];
    let ty = vm.type_of(v);
    let tl = type_layout(&ty);
    let mut n = 16 + tl.payload.layout.size() + 8 * tl.n_ext;
    n += 8 * vm.builtin_len(v).ok().flatten().unwrap_or(0);
    Ok(vm.new_int(n as i64))
}

fn object_subclasshook(vm: &Vm, _a: FnArgs) -> PyResult {
    Ok(vm.not_implemented.clone())
}

fn getnewargs_of(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__getnewargs__", &a, 1, 1)?;
    let v = &a.args[0];
    let t = &vm.types;
    let arg = if let Some(c) = v.downcast::<ComplexObj>() {
        return Ok(vm.new_tuple(vec![vm.new_float(c.re), vm.new_float(c.im)]));
    } else if vm.isinstance(v, &t.int) {
        vm.call(&t.int, std::slice::from_ref(v))?
    } else if vm.isinstance(v, &t.float) {
        vm.call(&t.float, std::slice::from_ref(v))?
    } else if let Some(s) = v.downcast::<StrObj>() {
        vm.new_str(&s.s)
    } else if let Some(b) = v.downcast::<BytesObj>() {
        vm.new_bytes(b.b.to_vec())
    } else if let Some(tu) = v.downcast::<TupleObj>() {
        vm.new_tuple(tu.0.to_vec())
    } else {
        return Err(vm.type_error("__getnewargs__ requires a builtin value"));
    };
    Ok(vm.new_tuple(vec![arg]))
}

fn set_reduce(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__reduce__", &a, 1, 1)?;
    let s = &a.args[0];
    let keys = vm.new_list(crate::dict::set_items(s));
    let state = getstate(vm, s, false)?;
    Ok(vm.new_tuple(vec![vm.type_of(s), vm.new_tuple(vec![keys]), state]))
}

fn bytearray_reduce_common(vm: &Vm, b: &Value, proto: i64) -> PyResult {
    let data = b
        .downcast::<ByteArrayObj>()
        .map(|x| x.0.borrow().clone())
        .unwrap_or_default();
    let state = getstate(vm, b, false)?;
    let cls = vm.type_of(b);
    if data.is_empty() {
        return Ok(vm.new_tuple(vec![cls, vm.empty_tuple.clone(), state]));
    }
    let args = if proto < 3 {
        let latin1: String = data.iter().map(|&c| c as char).collect();
        vm.new_tuple(vec![vm.new_string(latin1), vm.new_str("latin-1")])
    } else {
        vm.new_tuple(vec![vm.new_bytes(data)])
    };
    Ok(vm.new_tuple(vec![cls, args, state]))
}

fn bytearray_reduce(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__reduce__", &a, 1, 1)?;
    bytearray_reduce_common(vm, &a.args[0], 2)
}

fn bytearray_reduce_ex(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__reduce_ex__", &a, 1, 2)?;
    let proto = match a.args.get(1) {
        Some(p) => vm.index_i64(p)?,
        None => 0,
    };
    bytearray_reduce_common(vm, &a.args[0], proto)
}

fn slice_reduce(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__reduce__", &a, 1, 1)?;
    let s = a.args[0]
        .downcast::<SliceObj>()
        .ok_or_else(|| vm.type_error("descriptor '__reduce__' requires a 'slice' object"))?;
    Ok(vm.new_tuple(vec![
        vm.types.slice.clone(),
        vm.new_tuple(vec![s.start.clone(), s.stop.clone(), s.step.clone()]),
    ]))
}

fn range_reduce(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__reduce__", &a, 1, 1)?;
    let r = a.args[0]
        .downcast::<RangeObj>()
        .ok_or_else(|| vm.type_error("descriptor '__reduce__' requires a 'range' object"))?;
    Ok(vm.new_tuple(vec![
        vm.types.range.clone(),
        vm.new_tuple(vec![
            vm.new_bigint(r.start.clone()),
            vm.new_bigint(r.stop.clone()),
            vm.new_bigint(r.step.clone()),
        ]),
    ]))
}

fn exception_reduce(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__reduce__", &a, 1, 1)?;
    let e = &a.args[0];
    let args = vm.getattr_str(e, "args")?;
    let cls = vm.type_of(e);
    match vm.instance_dict(e) {
        Some(d) if crate::dict::dict_len(&d) > 0 => Ok(vm.new_tuple(vec![cls, args, d])),
        _ => Ok(vm.new_tuple(vec![cls, args])),
    }
}

fn exception_setstate(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__setstate__", &a, 2, 2)?;
    let state = &a.args[1];
    if state.is(&vm.none) {
        return Ok(vm.none());
    }
    if !state.payload_is::<DictObj>() {
        return Err(vm.type_error("state is not a dictionary"));
    }
    for (k, v) in crate::dict::dict_items(state) {
        vm.setattr(&a.args[0], &k, v)?;
    }
    Ok(vm.none())
}

/// Registers the reduce protocol methods.
pub fn init(vm: &Vm) {
    let t = &vm.types;
    add_method(vm, &t.object, "__reduce__", object_reduce);
    add_method(vm, &t.object, "__reduce_ex__", object_reduce_ex);
    add_method(vm, &t.object, "__getstate__", object_getstate);
    add_method(vm, &t.object, "__sizeof__", object_sizeof);
    crate::typeslots::add_classmethod(vm, &t.object, "__subclasshook__", object_subclasshook);
    for ty in [&t.int, &t.float, &t.complex, &t.str_, &t.bytes, &t.tuple] {
        add_method(vm, ty, "__getnewargs__", getnewargs_of);
    }
    add_method(vm, &t.set, "__reduce__", set_reduce);
    add_method(vm, &t.frozenset, "__reduce__", set_reduce);
    add_method(vm, &t.bytearray, "__reduce__", bytearray_reduce);
    add_method(vm, &t.bytearray, "__reduce_ex__", bytearray_reduce_ex);
    add_method(vm, &t.slice, "__reduce__", slice_reduce);
    add_method(vm, &t.range, "__reduce__", range_reduce);
    add_method(vm, &vm.exc.base_exception, "__reduce__", exception_reduce);
    add_method(
        vm,
        &vm.exc.base_exception,
        "__setstate__",
        exception_setstate,
    );
}

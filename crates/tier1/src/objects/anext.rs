//! The `aiter()` and `anext()` builtins.
//!
//! `anext(it)` returns `it.__anext__()`; `anext(it, default)` wraps that
//! awaitable in an `anext_awaitable` that drives it (`__next__`, `send`,
//! `throw`, `close` delegate to its iterator) and turns its
//! `StopAsyncIteration` into a return of `default`, as CPython's
//! `anextawaitable` does.

use std::cell::RefCell;
use std::rc::Rc;

use strata_object::types::type_layout;
use strata_object::{TypeFlags, Value};

use crate::eval::FrameExit;
use crate::runtime::*;
use crate::typeslots::add_method;
use crate::vm::{PyResult, Vm};

/// Payload of `anext_awaitable`.
pub struct AnextAwaitableObj {
    /// What `__anext__()` returned.
    wrapped: Value,
    default: Value,
    /// The iterator of `wrapped`'s awaitable, once started.
    inner: RefCell<Option<Value>>,
}

fn b_aiter(vm: &Vm, a: FnArgs) -> PyResult {
    crate::typeslots::check_args(vm, "aiter", &a, 1, 1)?;
    let x = &a.args[0];
    let Some(it) = vm.call_special(x, "__aiter__", &[])? else {
        return Err(vm.type_error(format!(
            "'{}' object is not an async iterable",
            vm.type_name(x)
        )));
    };
    if vm.lookup_special(&it, "__anext__").is_none() {
        return Err(vm.type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            vm.type_name(&it)
        )));
    }
    Ok(it)
}

fn b_anext(vm: &Vm, a: FnArgs) -> PyResult {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("anext() takes no keyword arguments"));
    }
    let n = a.args.len();
    if !(1..=2).contains(&n) {
        return Err(vm.type_error(if n == 0 {
            "anext expected at least 1 argument, got 0".to_string()
        } else {
            format!("anext expected at most 2 arguments, got {n}")
        }));
    }
    let it = &a.args[0];
    if vm.lookup_special(it, "__anext__").is_none() {
        return Err(vm.type_error(format!(
            "'{}' object is not an async iterator",
            vm.type_name(it)
        )));
    }
    let aw = vm
        .call_special(it, "__anext__", &[])?
        .expect("__anext__ looked up");
    let Some(default) = a.args.get(1) else {
        return Ok(aw);
    };
    Ok(vm.alloc(
        &vm.types.anext_awaitable,
        AnextAwaitableObj {
            wrapped: aw,
            default: default.clone(),
            inner: RefCell::new(None),
        },
    ))
}

fn this<'a>(vm: &Vm, a: &'a FnArgs) -> PyResult<&'a AnextAwaitableObj> {
    a.args
        .first()
        .and_then(|s| s.downcast::<AnextAwaitableObj>())
        .ok_or_else(|| vm.type_error("descriptor requires an 'anext_awaitable' object"))
}

/// The iterator driving the wrapped awaitable.
fn inner(vm: &Vm, aw: &AnextAwaitableObj) -> PyResult {
    if let Some(i) = aw.inner.borrow().as_ref() {
        return Ok(i.clone());
    }
    let i = crate::generator::get_awaitable(vm, &aw.wrapped)?;
    *aw.inner.borrow_mut() = Some(i.clone());
    Ok(i)
}

/// StopAsyncIteration from the wrapped awaitable means "return default".
fn convert(vm: &Vm, aw: &AnextAwaitableObj, r: PyResult<FrameExit>) -> PyResult {
    match r {
        Ok(FrameExit::Yield(v)) => Ok(v),
        Ok(FrameExit::Return(v)) => Err(vm.stop_iteration(Some(v))),
        Err(e) if vm.exc_matches(&e, &vm.exc.stop_async_iteration) => {
            Err(vm.stop_iteration(Some(aw.default.clone())))
        }
        Err(e) => Err(e),
    }
}

fn aw_self(vm: &Vm, a: FnArgs) -> PyResult {
    this(vm, &a)?;
    Ok(a.args[0].clone())
}

fn aw_next(vm: &Vm, a: FnArgs) -> PyResult {
    let aw = this(vm, &a)?;
    let i = inner(vm, aw)?;
    convert(vm, aw, crate::generator::send_into(vm, &i, vm.none()))
}

fn aw_send(vm: &Vm, a: FnArgs) -> PyResult {
    let aw = this(vm, &a)?;
    let v = a.args.get(1).cloned().unwrap_or_else(|| vm.none());
    let i = inner(vm, aw)?;
    convert(vm, aw, crate::generator::send_into(vm, &i, v))
}

fn aw_throw(vm: &Vm, a: FnArgs) -> PyResult {
    let aw = this(vm, &a)?;
    let i = inner(vm, aw)?;
    let r = match vm.call_special(&i, "throw", &a.args[1..])? {
        Some(v) => Ok(FrameExit::Yield(v)),
        None => Err(a
            .args
            .get(1)
            .cloned()
            .unwrap_or_else(|| vm.type_error("throw expected at least 1 argument"))),
    };
    let r = match r {
        Err(e) if vm.exc_matches(&e, &vm.exc.stop_iteration) => {
            Ok(FrameExit::Return(crate::generator::stop_value(vm, &e)))
        }
        r => r,
    };
    convert(vm, aw, r)
}

fn aw_close(vm: &Vm, a: FnArgs) -> PyResult {
    let aw = this(vm, &a)?;
    let i = inner(vm, aw)?;
    vm.call_special(&i, "close", &[])?;
    Ok(vm.none())
}

/// Adds `aiter` and `anext` to the builtins and sets up `anext_awaitable`.
pub fn init(vm: &Vm) {
    let t = &vm.types.anext_awaitable;
    let tl = type_layout(t);
    tl.flags.set(tl.flags.get() | TypeFlags::NATIVE_EXT);
    add_method(vm, t, "__await__", aw_self);
    add_method(vm, t, "__iter__", aw_self);
    add_method(vm, t, "__next__", aw_next);
    add_method(vm, t, "send", aw_send);
    add_method(vm, t, "throw", aw_throw);
    add_method(vm, t, "close", aw_close);
    for (name, f) in [("aiter", b_aiter as NativeFn), ("anext", b_anext)] {
        let v = vm.alloc(
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
        );
        crate::dict::dict_set_str(vm, &vm.builtins, name, v);
    }
}

//! Async generators: `__aiter__`, `__anext__`, `asend`, `athrow`, `aclose`
//! and the awaitable objects they return.
//!
//! An async generator's frame yields in two ways: `yield v` in its body
//! (YIELD_VALUE with arg 0) produces the next item, which the awaitable
//! delivers by raising StopIteration(v); a yield inside an `await`
//! (YIELD_VALUE with arg 1) is passed through to whoever drives the
//! awaitable (the event loop).

use std::cell::{Cell, RefCell};

use strata_compiler::Opcode;
use strata_object::Value;

use crate::eval::FrameExit;
use crate::generator::{resume, Resume};
use crate::runtime::*;
use crate::typeslots::{add_method, check_args};
use crate::vm::{PyResult, Vm};

/// Whether the generator's frame is paused at a body-level `yield`.
fn paused_at_item_yield(gen: &Value) -> bool {
    let g = gen.downcast::<GeneratorObj>().expect("generator");
    let frame = g.frame.borrow();
    match frame.as_ref() {
        Some(f) => {
            let units = &f.code_obj().code.code;
            units
                .get(f.lasti)
                .is_some_and(|u| u.op == Opcode::YIELD_VALUE as u8 && u.arg == 0)
        }
        None => false,
    }
}

fn awaitable(vm: &Vm, gen: &Value, op: AsyncGenOp) -> Value {
    vm.alloc(
        &vm.types.async_gen_awaitable,
        AsyncGenAwaitableObj {
            gen: gen.clone(),
            op: RefCell::new(Some(op)),
            done: Cell::new(false),
        },
    )
}

/// One step of an awaitable: `Ok(v)` passes `v` to the driver; an item or
/// the end of the generator is reported as StopIteration/StopAsyncIteration.
fn step(vm: &Vm, aw: &AsyncGenAwaitableObj, how: Resume) -> PyResult {
    if aw.done.get() {
        return Err(vm.runtime_error("cannot reuse already awaited __anext__()/asend()"));
    }
    let first = aw.op.borrow_mut().take();
    let (how, closing) = match first {
        Some(AsyncGenOp::Send(v)) => (Resume::Send(v), false),
        Some(AsyncGenOp::Throw(e)) => (Resume::Throw(e), false),
        Some(AsyncGenOp::Close) => (
            Resume::Throw(vm.new_exception(&vm.exc.generator_exit, vec![])),
            true,
        ),
        None => (how, false),
    };
    let r = resume(vm, &aw.gen, how);
    match r {
        Ok(FrameExit::Yield(v)) => {
            if paused_at_item_yield(&aw.gen) {
                aw.done.set(true);
                if closing {
                    return Err(vm.runtime_error("async generator ignored GeneratorExit"));
                }
                Err(vm.stop_iteration(Some(v)))
            } else {
                Ok(v)
            }
        }
        Ok(FrameExit::Return(_)) => {
            aw.done.set(true);
            if closing {
                Err(vm.stop_iteration(None))
            } else {
                Err(vm.new_exception(&vm.exc.stop_async_iteration, vec![]))
            }
        }
        Err(e) => {
            aw.done.set(true);
            if closing
                && (vm.exc_matches(&e, &vm.exc.generator_exit)
                    || vm.exc_matches(&e, &vm.exc.stop_async_iteration))
            {
                return Err(vm.stop_iteration(None));
            }
            Err(e)
        }
    }
}

fn this<'a>(vm: &Vm, a: &'a FnArgs) -> PyResult<&'a AsyncGenAwaitableObj> {
    a.args[0]
        .downcast::<AsyncGenAwaitableObj>()
        .ok_or_else(|| vm.type_error("expected an async generator awaitable"))
}

fn aw_send(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "send", &a, 2, 2)?;
    step(vm, this(vm, &a)?, Resume::Send(a.args[1].clone()))
}

fn aw_next(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__next__", &a, 1, 1)?;
    step(vm, this(vm, &a)?, Resume::Send(vm.none()))
}

fn aw_throw(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "throw", &a, 2, 4)?;
    let e = if vm.is_type(&a.args[1]) {
        vm.call(&a.args[1], &[])?
    } else {
        a.args[1].clone()
    };
    step(vm, this(vm, &a)?, Resume::Throw(e))
}

fn aw_close(vm: &Vm, a: FnArgs) -> PyResult {
    this(vm, &a)?.done.set(true);
    Ok(vm.none())
}

fn aw_self(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__await__", &a, 1, 1)?;
    Ok(a.args[0].clone())
}

fn ag_aiter(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__aiter__", &a, 1, 1)?;
    Ok(a.args[0].clone())
}

fn ag_anext(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__anext__", &a, 1, 1)?;
    Ok(awaitable(vm, &a.args[0], AsyncGenOp::Send(vm.none())))
}

fn ag_asend(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "asend", &a, 2, 2)?;
    Ok(awaitable(
        vm,
        &a.args[0],
        AsyncGenOp::Send(a.args[1].clone()),
    ))
}

fn ag_athrow(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "athrow", &a, 2, 4)?;
    let e = if vm.is_type(&a.args[1]) {
        vm.call(&a.args[1], &[])?
    } else {
        a.args[1].clone()
    };
    Ok(awaitable(vm, &a.args[0], AsyncGenOp::Throw(e)))
}

fn ag_aclose(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "aclose", &a, 1, 1)?;
    Ok(awaitable(vm, &a.args[0], AsyncGenOp::Close))
}

/// Registers the async generator protocol.
pub fn init(vm: &Vm) {
    let t = &vm.types;
    add_method(vm, &t.async_generator, "__aiter__", ag_aiter);
    add_method(vm, &t.async_generator, "__anext__", ag_anext);
    add_method(vm, &t.async_generator, "asend", ag_asend);
    add_method(vm, &t.async_generator, "athrow", ag_athrow);
    add_method(vm, &t.async_generator, "aclose", ag_aclose);
    add_method(vm, &t.async_gen_awaitable, "__await__", aw_self);
    add_method(vm, &t.async_gen_awaitable, "__iter__", aw_self);
    add_method(vm, &t.async_gen_awaitable, "__next__", aw_next);
    add_method(vm, &t.async_gen_awaitable, "send", aw_send);
    add_method(vm, &t.async_gen_awaitable, "throw", aw_throw);
    add_method(vm, &t.async_gen_awaitable, "close", aw_close);
}

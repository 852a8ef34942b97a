//! Generators and coroutines: creation (running the frame prologue up to
//! `RETURN_GENERATOR`), `send`, `throw`, `close`, iteration, and the
//! delegation that `yield from`/`await` perform through `SEND`.

use std::cell::{Cell, RefCell};

use strata_compiler::{CodeFlags, Opcode};
use strata_object::payloads::*;
use strata_object::Value;

use crate::eval::FrameExit;
use crate::frame::Frame;
use crate::runtime::*;
use crate::vm::{PyResult, Vm};

/// Wraps a freshly bound frame of generator code into a generator,
/// coroutine or async generator object.
pub fn make_generator(vm: &Vm, mut frame: Box<Frame>, func: &Value) -> PyResult {
    let code_v = frame.code.clone();
    let co = code_v.downcast::<CodeObj>().expect("code");
    // Run the prologue: free-variable copies and cell creation.
    let units = &co.code.code;
    let mut pc = 0;
    while pc < units.len() {
        let u = units[pc];
        let op = Opcode::from_u8(u.op);
        pc += 1 + op.map_or(0, |o| o.cache_entries());
        match op {
            Some(Opcode::COPY_FREE_VARS) => {
                let n = u.arg as usize;
                if let Some(t) = func
                    .downcast::<FunctionObj>()
                    .and_then(|f| f.closure.clone())
                {
                    if let Some(t) = t.downcast::<TupleObj>() {
                        let base = frame.nlocalsplus - n;
                        for i in 0..n.min(t.0.len()) {
                            frame.slots[base + i] = Some(t.0[i].clone());
                        }
                    }
                }
            }
            Some(Opcode::MAKE_CELL) => {
                let i = u.arg as usize;
                let old = frame.slots[i].take();
                frame.slots[i] = Some(vm.alloc(&vm.types.cell, CellObj(RefCell::new(old))));
            }
            Some(Opcode::RETURN_GENERATOR) => break,
            _ => {}
        }
    }
    frame.pc = pc;
    let flags = co.code.flags;
    let (kind, ty) = if flags.contains(CodeFlags::ASYNC_GENERATOR) {
        (GenKind::AsyncGenerator, &vm.types.async_generator)
    } else if flags.contains(CodeFlags::COROUTINE) {
        (GenKind::Coroutine, &vm.types.coroutine)
    } else {
        (GenKind::Generator, &vm.types.generator)
    };
    let f = func.downcast::<FunctionObj>().expect("function");
    Ok(vm.alloc(
        ty,
        GeneratorObj {
            kind,
            frame: RefCell::new(Some(frame)),
            running: Cell::new(false),
            name: RefCell::new(f.name.borrow().clone()),
            qualname: RefCell::new(f.qualname.borrow().clone()),
            code: code_v.clone(),
            exc_state: RefCell::new(None),
        },
    ))
}

/// How to resume a generator.
pub enum Resume {
    Send(Value),
    Throw(Value),
}

/// Resumes generator `g` once.
pub fn resume(vm: &Vm, g: &Value, how: Resume) -> PyResult<FrameExit> {
    let gen = g.downcast::<GeneratorObj>().expect("generator");
    if gen.running.get() {
        let what = match gen.kind {
            GenKind::Generator => "generator already executing",
            GenKind::Coroutine => "coroutine already executing",
            GenKind::AsyncGenerator => "anext(): asynchronous generator is already running",
        };
        return Err(vm.value_error(what));
    }
    let frame = gen.frame.borrow_mut().take();
    let Some(mut frame) = frame else {
        return match how {
            Resume::Throw(e) => Err(e),
            Resume::Send(_) => match gen.kind {
                GenKind::Coroutine => {
                    Err(vm.runtime_error("cannot reuse already awaited coroutine"))
                }
                _ => Err(vm.stop_iteration(None)),
            },
        };
    };
    let just_started = frame.lasti == 0 && frame.sp == frame.nlocalsplus;
    match how {
        Resume::Send(v) => {
            if just_started && !v.is(&vm.none) {
                *gen.frame.borrow_mut() = Some(frame);
                let kind = match gen.kind {
                    GenKind::Coroutine => "coroutine",
                    GenKind::AsyncGenerator => "async generator",
                    GenKind::Generator => "generator",
                };
                return Err(vm.type_error(format!(
                    "can't send non-None value to a just-started {}",
                    kind
                )));
            }
            frame.push(v);
        }
        Resume::Throw(e) => {
            // Delegating (`yield from`/`await`): pass the exception on.
            if let Some(sub) = delegate_target(&frame) {
                gen.running.set(true);
                let r = throw_into(vm, &sub, e);
                gen.running.set(false);
                match r {
                    Ok(FrameExit::Yield(y)) => {
                        *gen.frame.borrow_mut() = Some(frame);
                        return Ok(FrameExit::Yield(y));
                    }
                    Ok(FrameExit::Return(v)) => {
                        // The subiterator finished: resume after the SEND
                        // loop with its value, as SEND would.
                        frame.pop();
                        frame.pop();
                        frame.push(v);
                        skip_to_end_send(&mut frame);
                    }
                    Err(err) => return run_gen_frame(vm, gen, frame, Some(err)),
                }
                return run_gen_frame(vm, gen, frame, None);
            }
            return run_gen_frame(vm, gen, frame, Some(e));
        }
    }
    run_gen_frame(vm, gen, frame, None)
}

/// The subiterator a suspended frame is delegating to, if it is paused in
/// a `yield from`/`await` loop (YIELD_VALUE with arg 1).
fn delegate_target(frame: &Frame) -> Option<Value> {
    let units = &frame.code_obj().code.code;
    let u = units.get(frame.lasti)?;
    if u.op == Opcode::YIELD_VALUE as u8 && u.arg == 1 && frame.depth() >= 1 {
        return frame.peek(1).cloned();
    }
    None
}

/// Moves a frame paused at a delegating YIELD_VALUE to its END_SEND.
fn skip_to_end_send(frame: &mut Frame) {
    let units = &frame.code_obj().code.code;
    let mut pc = frame.lasti;
    while pc < units.len() && units[pc].op != Opcode::END_SEND as u8 {
        pc += 1;
    }
    frame.pc = pc;
}

fn run_gen_frame(
    vm: &Vm,
    gen: &GeneratorObj,
    frame: Box<Frame>,
    throw: Option<Value>,
) -> PyResult<FrameExit> {
    // The generator's handled exception replaces the caller's while it runs.
    let saved = vm.handled.borrow().clone();
    if let Some(e) = gen.exc_state.borrow_mut().take() {
        *vm.handled.borrow_mut() = Some(e);
    }
    let r = run_gen_frame_inner(vm, gen, frame, throw);
    let cur = vm.handled.replace(saved.clone());
    let differs = match (&cur, &saved) {
        (Some(c), Some(s)) => !c.is(s),
        (Some(_), None) => true,
        _ => false,
    };
    if differs && gen.frame.borrow().is_some() {
        *gen.exc_state.borrow_mut() = cur;
    }
    r
}

fn run_gen_frame_inner(
    vm: &Vm,
    gen: &GeneratorObj,
    frame: Box<Frame>,
    throw: Option<Value>,
) -> PyResult<FrameExit> {
    if let Some(e) = throw {
        // Raise at the paused instruction: push the exception and let the
        // loop unwind by re-raising through a synthetic handler search.
        gen.running.set(true);
        let r = vm.throw_in_frame(frame, e);
        gen.running.set(false);
        return finish(vm, gen, r);
    }
    gen.running.set(true);
    let r = vm.run_frame(frame);
    gen.running.set(false);
    finish(vm, gen, r)
}

fn finish(
    vm: &Vm,
    gen: &GeneratorObj,
    r: (PyResult<FrameExit>, Box<Frame>),
) -> PyResult<FrameExit> {
    let (res, frame) = r;
    match res {
        Ok(FrameExit::Yield(v)) => {
            *gen.frame.borrow_mut() = Some(frame);
            Ok(FrameExit::Yield(v))
        }
        Ok(FrameExit::Return(v)) => {
            drop(frame);
            Ok(FrameExit::Return(v))
        }
        Err(e) => {
            drop(frame);
            let _ = vm;
            Err(e)
        }
    }
}

/// `gen.throw(exc)` on any iterator (generator or object with `throw`).
fn throw_into(vm: &Vm, sub: &Value, e: Value) -> PyResult<FrameExit> {
    if sub.payload_is::<GeneratorObj>() {
        return resume(vm, sub, Resume::Throw(e));
    }
    match vm.getattr_opt(sub, "throw")? {
        Some(t) => match vm.call(&t, &[e]) {
            Ok(v) => Ok(FrameExit::Yield(v)),
            Err(err) if vm.exc_matches(&err, &vm.exc.stop_iteration) => {
                Ok(FrameExit::Return(stop_value(vm, &err)))
            }
            Err(err) => Err(err),
        },
        None => Err(e),
    }
}

/// The `value` of a StopIteration.
pub fn stop_value(vm: &Vm, e: &Value) -> Value {
    crate::objects::exceptions::exc_args(vm, e)
        .into_iter()
        .next()
        .unwrap_or_else(|| vm.none())
}

/// `SEND`: sends `v` into `receiver` (generator fast path, or `send`/
/// `__next__` of any iterator).
pub fn send_into(vm: &Vm, receiver: &Value, v: Value) -> PyResult<FrameExit> {
    if receiver.payload_is::<GeneratorObj>() {
        return resume(vm, receiver, Resume::Send(v));
    }
    let r = if v.is(&vm.none) {
        if !receiver.payload_is::<AsyncGenAwaitableObj>()
            && vm.user_special(receiver, "__next__").is_none()
        {
            // Builtin iterators: exhaustion carries no value.
            match vm.next(receiver)? {
                Some(x) => return Ok(FrameExit::Yield(x)),
                None => return Ok(FrameExit::Return(vm.none())),
            }
        }
        vm.call_special(receiver, "__next__", &[])
            .and_then(|r| r.ok_or_else(|| vm.attribute_error("__next__")))
    } else {
        vm.call_special(receiver, "send", &[v])
            .and_then(|r| r.ok_or_else(|| vm.attribute_error("send")))
    };
    match r {
        Ok(x) => Ok(FrameExit::Yield(x)),
        Err(e) if vm.exc_matches(&e, &vm.exc.stop_iteration) => {
            Ok(FrameExit::Return(stop_value(vm, &e)))
        }
        Err(e) => Err(e),
    }
}

/// `next(gen)`.
pub fn gen_next(vm: &Vm, g: &Value) -> PyResult<Option<Value>> {
    match resume(vm, g, Resume::Send(vm.none())) {
        Ok(FrameExit::Yield(v)) => Ok(Some(v)),
        Ok(FrameExit::Return(v)) => {
            if v.is(&vm.none) {
                Ok(None)
            } else {
                Err(vm.stop_iteration(Some(v)))
            }
        }
        Err(e)
            if vm.exc_matches(&e, &vm.exc.stop_iteration)
                && crate::objects::exceptions::exc_args(vm, &e).is_empty() =>
        {
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// `gen.send(v)`: yielded value, or StopIteration carrying the result.
pub fn gen_send(vm: &Vm, g: &Value, v: Value) -> PyResult {
    match resume(vm, g, Resume::Send(v))? {
        FrameExit::Yield(y) => Ok(y),
        FrameExit::Return(r) => Err(vm.stop_iteration(Some(r))),
    }
}

/// `gen.throw(e)`.
pub fn gen_throw(vm: &Vm, g: &Value, e: Value) -> PyResult {
    let e = if vm.is_type(&e) { vm.call(&e, &[])? } else { e };
    if !e.payload_is::<ExceptionObj>() {
        return Err(vm.type_error(
            "exceptions must be classes or instances deriving from BaseException, not ".to_string()
                + &vm.type_name(&e),
        ));
    }
    match resume(vm, g, Resume::Throw(e))? {
        FrameExit::Yield(y) => Ok(y),
        FrameExit::Return(r) => Err(vm.stop_iteration(Some(r))),
    }
}

/// `gen.close()`.
pub fn gen_close(vm: &Vm, g: &Value) -> PyResult {
    let Some(gen) = g.downcast::<GeneratorObj>() else {
        return Err(vm.type_error("close() requires a generator"));
    };
    if gen.running.get() {
        return Err(vm.value_error(match gen.kind {
            GenKind::Generator => "generator already executing",
            GenKind::Coroutine => "coroutine already executing",
            GenKind::AsyncGenerator => "aclose(): asynchronous generator is already running",
        }));
    }
    let started = gen
        .frame
        .borrow()
        .as_ref()
        .map(|f| f.lasti != 0 || f.sp != f.nlocalsplus);
    match started {
        None => return Ok(vm.none()),
        Some(false) => {
            gen.frame.borrow_mut().take();
            return Ok(vm.none());
        }
        Some(true) => {}
    }
    let exit = vm.new_exception(&vm.exc.generator_exit, vec![]);
    match resume(vm, g, Resume::Throw(exit)) {
        Ok(FrameExit::Yield(_)) => Err(vm.runtime_error("generator ignored GeneratorExit")),
        Ok(FrameExit::Return(_)) => Ok(vm.none()),
        Err(e)
            if vm.exc_matches(&e, &vm.exc.generator_exit)
                || vm.exc_matches(&e, &vm.exc.stop_iteration) =>
        {
            Ok(vm.none())
        }
        Err(e) => Err(e),
    }
}

/// The iterator behind `await v`.
pub fn get_awaitable(vm: &Vm, v: &Value) -> PyResult {
    if vm.is_exact(v, &vm.types.coroutine) {
        return Ok(v.clone());
    }
    match vm.call_special(v, "__await__", &[])? {
        Some(it) => {
            if vm.is_exact(&it, &vm.types.coroutine) || !vm.is_iterator(&it) {
                return Err(vm.type_error(format!(
                    "__await__() returned non-iterator of type '{}'",
                    vm.type_name(&it)
                )));
            }
            Ok(it)
        }
        None => Err(vm.type_error(format!(
            "object {} can't be used in 'await' expression",
            vm.type_name(v)
        ))),
    }
}

impl Vm {
    /// Raises `exc` inside a suspended frame at its paused instruction and
    /// runs it until it yields, returns or the exception escapes.
    pub fn throw_in_frame(
        &self,
        frame: Box<Frame>,
        exc: Value,
    ) -> (PyResult<FrameExit>, Box<Frame>) {
        self.run_frame_with_exception(frame, exc)
    }
}

impl GeneratorObj {
    /// Whether the generator is suspended in its body (started and not
    /// finished), so finalizing it must close it.
    pub fn is_suspended(&self) -> bool {
        self.frame.try_borrow().is_ok_and(|f| {
            f.as_ref()
                .is_some_and(|f| !(f.lasti == 0 && f.sp == f.nlocalsplus))
        })
    }

    /// Finalizes a generator that is being released (by reference counting
    /// or by the cycle collector): a generator suspended in its body is
    /// closed (GeneratorExit is raised at its paused `yield`) so its
    /// `finally` blocks run, as in CPython; errors are reported and ignored.
    pub fn close_on_release(&self, vm: &Vm) {
        let Some(frame) = self.frame.try_borrow_mut().ok().and_then(|mut f| f.take()) else {
            return;
        };
        if frame.lasti == 0 && frame.sp == frame.nlocalsplus {
            return;
        }
        let saved = vm.handled.borrow().clone();
        let exit = vm.new_exception(&vm.exc.generator_exit, vec![]);
        self.running.set(true);
        let (r, frame) = vm.run_frame_with_exception(frame, exit);
        self.running.set(false);
        drop(frame);
        *vm.handled.borrow_mut() = saved;
        let problem = match r {
            Ok(FrameExit::Yield(_)) => Some(vm.runtime_error("generator ignored GeneratorExit")),
            Ok(FrameExit::Return(_)) => None,
            Err(e)
                if vm.exc_matches(&e, &vm.exc.generator_exit)
                    || vm.exc_matches(&e, &vm.exc.stop_iteration) =>
            {
                None
            }
            Err(e) => Some(e),
        };
        if let Some(e) = problem {
            let name = vm.str_lossy(&self.qualname.borrow());
            eprintln!(
                "Exception ignored in: <generator object {} at {:#x}>",
                name, self as *const _ as usize
            );
            crate::interp::print_exception(vm, &e);
        }
    }
}

impl Drop for GeneratorObj {
    /// A generator freed while suspended is closed first.
    fn drop(&mut self) {
        if self.frame.get_mut().is_none() {
            return;
        }
        crate::vm::with_current_vm(|vm| self.close_on_release(vm));
    }
}

//! The tier-1 evaluation loop.
//!
//! `run_frame` executes a frame and every Python frame it calls on one
//! frame stack (a `Vec<Box<Frame>>` local to the invocation): a Python to
//! Python call pushes a frame and continues in the same loop; a return pops
//! it. Only calls that go through native code (a builtin calling back into
//! Python, a generator resumption) start a nested invocation.
//!
//! Exceptions: an instruction that fails produces an exception value; the
//! loop records a traceback entry for the frame, looks up the frame's
//! exception table, and either jumps to the handler (stack unwound to the
//! entry's depth) or pops the frame and repeats in the caller.

use strata_compiler::{BinaryOp, CodeFlags, CompareOp, Intrinsic1, Intrinsic2, Opcode};
use strata_object::payloads::*;
use strata_object::types::type_layout;
use strata_object::Value;

use crate::frame::{as_values, function_frame, Frame};
use crate::runtime::*;
use crate::vm::{PyResult, Vm};

/// How a frame run ended.
pub enum FrameExit {
    /// The bottom frame returned a value.
    Return(Value),
    /// The bottom frame (a generator's) yielded a value.
    Yield(Value),
}

/// What an instruction asks the loop to do next.
enum Flow {
    Next,
    /// Push a callee frame.
    Call(Box<Frame>),
    /// Return from the current frame.
    Return(Value),
    Yield(Value),
    /// Re-raise without adding a traceback entry.
    Reraise(Value),
    /// Call a native that reads the callers' frames (`sys._getframe`)
    /// with these arguments and keyword names; the result goes on the
    /// caller's stack.
    CallWithCallers(NativeCallersFn, Vec<Value>, Vec<Value>),
}

impl Vm {
    /// Runs `frame` to completion (or to its first yield).
    pub fn run_frame(&self, frame: Box<Frame>) -> (PyResult<FrameExit>, Box<Frame>) {
        let mut stack: Vec<Box<Frame>> = Vec::with_capacity(8);
        if let Err(e) = self.enter_frame() {
            return (Err(e), frame);
        }
        stack.push(frame);
        let r = self.run_loop(&mut stack);
        let bottom = stack.pop().expect("bottom frame");
        (r, bottom)
    }

    /// Raises `exc` in a suspended `frame` (generator `throw`) and runs on.
    pub fn run_frame_with_exception(
        &self,
        frame: Box<Frame>,
        exc: Value,
    ) -> (PyResult<FrameExit>, Box<Frame>) {
        let mut stack: Vec<Box<Frame>> = vec![frame];
        if let Err(e) = self.enter_frame() {
            return (Err(e), stack.pop().expect("frame"));
        }
        let r = match self.unwind(&mut stack, exc, false) {
            Some(r) => r,
            None => self.run_loop(&mut stack),
        };
        (r, stack.pop().expect("frame"))
    }

    /// Accounts for a new Python frame (recursion limit and Rust stack).
    fn enter_frame(&self) -> PyResult<()> {
        let d = self.depth.get() + 1;
        if d > self.recursion_limit.get() || crate::stack::near_stack_limit(self) {
            return Err(self.recursion_error("maximum recursion depth exceeded"));
        }
        self.depth.set(d);
        Ok(())
    }

    fn leave_frame(&self) {
        self.depth.set(self.depth.get() - 1);
    } // Frames are boxed so generators can take theirs out without copying.
    #[allow(clippy::vec_box)]
    fn run_loop(&self, stack: &mut Vec<Box<Frame>>) -> PyResult<FrameExit> {
        loop {
            let frame = stack.last_mut().expect("frame");
            let flow = self.execute(frame);
            match flow {
                Ok(Flow::Next) => {}
                Ok(Flow::CallWithCallers(func, args, names)) => {
                    let (top, below) = stack.split_last_mut().expect("frame");
                    let a = FnArgs {
                        args: &args,
                        kwnames: &names,
                    };
                    match func(self, a, Some(&**top), below) {
                        Ok(v) => top.push(v),
                        Err(e) => {
                            if let Some(r) = self.unwind(stack, e, false) {
                                return r;
                            }
                        }
                    }
                }
                Ok(Flow::Call(callee)) => {
                    if let Err(e) = self.enter_frame() {
                        if let Some(r) = self.unwind(stack, e, false) {
                            return r;
                        }
                        continue;
                    }
                    stack.push(callee);
                }
                Ok(Flow::Return(v)) => {
                    if stack.len() == 1 {
                        self.leave_frame();
                        return Ok(FrameExit::Return(v));
                    }
                    self.leave_frame();
                    stack.pop();
                    stack.last_mut().expect("caller").push(v);
                }
                Ok(Flow::Yield(v)) => {
                    self.leave_frame();
                    return Ok(FrameExit::Yield(v));
                }
                Ok(Flow::Reraise(e)) => {
                    if let Some(r) = self.unwind(stack, e, true) {
                        return r;
                    }
                }
                Err(e) => {
                    if let Some(r) = self.unwind(stack, e, false) {
                        return r;
                    }
                }
            }
        }
    }

    /// Handles exception `exc` raised in the top frame. Returns `Some` when
    /// it leaves the bottom frame.
    #[allow(clippy::vec_box)]
    fn unwind(
        &self,
        stack: &mut Vec<Box<Frame>>,
        exc: Value,
        mut reraise: bool,
    ) -> Option<PyResult<FrameExit>> {
        loop {
            let frame = stack.last_mut().expect("frame");
            if !reraise {
                self.add_traceback(&exc, frame);
                let is_gen = frame.code_obj().code.flags.intersects(
                    CodeFlags::GENERATOR | CodeFlags::COROUTINE | CodeFlags::ASYNC_GENERATOR,
                );
                let _ = is_gen;
            }
            reraise = false;
            let handler = frame
                .code_obj()
                .code
                .handler_for(frame.lasti as u32)
                .copied();
            if let Some(h) = handler {
                let target_sp = frame.nlocalsplus + h.depth as usize;
                while frame.sp > target_sp {
                    frame.pop_opt();
                }
                if h.push_lasti {
                    frame.push(self.new_int(frame.lasti as i64));
                }
                frame.push(exc);
                frame.pc = h.target as usize;
                return None;
            }
            self.leave_frame();
            if stack.len() == 1 {
                let exc = self.convert_generator_stop(&stack[0], exc);
                return Some(Err(exc));
            }
            stack.pop();
        }
    }

    /// A StopIteration escaping a generator becomes RuntimeError (PEP 479).
    fn convert_generator_stop(&self, frame: &Frame, exc: Value) -> Value {
        let flags = frame.code_obj().code.flags;
        if flags
            .intersects(CodeFlags::GENERATOR | CodeFlags::COROUTINE | CodeFlags::ASYNC_GENERATOR)
            && frame.pc > 0
            && (self.exc_matches(&exc, &self.exc.stop_iteration)
                || flags.contains(CodeFlags::ASYNC_GENERATOR)
                    && self.exc_matches(&exc, &self.exc.stop_async_iteration))
        {
            let what = if flags.contains(CodeFlags::COROUTINE) {
                "coroutine raised StopIteration"
            } else if flags.contains(CodeFlags::ASYNC_GENERATOR) {
                "async generator raised StopIteration"
            } else {
                "generator raised StopIteration"
            };
            let new = self.runtime_error(what);
            if let Some(e) = new.downcast::<ExceptionObj>() {
                *e.cause.borrow_mut() = Some(exc.clone());
                *e.context.borrow_mut() = Some(exc);
                e.suppress_context.set(true);
            }
            return new;
        }
        exc
    }

    /// Prepends a traceback entry for `frame` to `exc`.
    pub fn add_traceback(&self, exc: &Value, frame: &Frame) {
        let Some(e) = exc.downcast::<ExceptionObj>() else {
            return;
        };
        let next = e.traceback.borrow_mut().take();
        let tb = self.alloc(
            &self.types.traceback,
            TracebackObj {
                next: std::cell::RefCell::new(next),
                code: frame.code.clone(),
                lasti: frame.lasti as u32,
                lineno: frame.line(),
                globals: frame.globals.clone(),
            },
        );
        *e.traceback.borrow_mut() = Some(tb);
    }

    /// Sets `__context__` of a newly raised exception to the exception
    /// being handled, if any.
    fn set_context(&self, exc: &Value) {
        let handled = self.handled.borrow().clone();
        if let (Some(h), Some(e)) = (handled, exc.downcast::<ExceptionObj>()) {
            if h.is(exc) || e.context.borrow().is_some() {
                return;
            }
            // Break cycles: exc must not already be in h's context chain.
            let mut cur = Some(h.clone());
            while let Some(c) = cur {
                let next = c
                    .downcast::<ExceptionObj>()
                    .and_then(|x| x.context.borrow().clone());
                if let Some(n) = &next {
                    if n.is(exc) {
                        if let Some(cx) = c.downcast::<ExceptionObj>() {
                            *cx.context.borrow_mut() = None;
                        }
                        break;
                    }
                }
                cur = next;
            }
            *e.context.borrow_mut() = Some(h);
        }
    }

    /// Executes instructions of `f` until control must leave it.
    fn execute(&self, f: &mut Frame) -> PyResult<Flow> {
        let code_v = f.code.clone();
        // SAFETY: frames always hold a CodeObj.
        let co: &CodeObj = unsafe { code_v.downcast_unchecked::<CodeObj>() };
        let units = &co.code.code;
        let old_globals = self.frame_globals.replace(Some(f.globals.clone()));
        drop(old_globals);
        let r = self.execute_inner(f, co, units);
        if let Err(e) = &r {
            self.set_context(e);
        }
        r
    }

    #[allow(clippy::too_many_lines)]
    fn execute_inner(
        &self,
        f: &mut Frame,
        co: &CodeObj,
        units: &[strata_compiler::CodeUnit],
    ) -> PyResult<Flow> {
        // The instruction pointer lives in a local; `f.pc` is written back
        // whenever control leaves this function normally (errors are
        // resumed from `f.lasti` by the exception table, which is kept up
        // to date for every instruction).
        let mut pc = f.pc;
        loop {
            let mut unit = units[pc];
            let mut arg = unit.arg as u32;
            pc += 1;
            while unit.op == Opcode::EXTENDED_ARG as u8 {
                unit = units[pc];
                arg = (arg << 8) | unit.arg as u32;
                pc += 1;
            }
            let Some(op) = Opcode::from_u8(unit.op) else {
                return Err(self.system_error(format!("unknown opcode {}", unit.op)));
            };
            f.lasti = pc - 1;
            pc += op.cache_entries();
            match op {
                Opcode::CACHE | Opcode::NOP | Opcode::EXTENDED_ARG => {}
                // Safe point: no borrow of an object's interior is live.
                Opcode::RESUME => {
                    if strata_object::gc::collection_pending() {
                        self.gc_safe_point();
                    }
                }
                Opcode::POP_TOP => {
                    f.pop_opt();
                }
                Opcode::PUSH_NULL => f.push_null(),
                Opcode::COPY => {
                    let v = f.slots[f.sp - arg as usize].clone();
                    match v {
                        Some(v) => f.push(v),
                        None => f.push_null(),
                    }
                }
                Opcode::SWAP => {
                    let top = f.sp - 1;
                    f.slots.swap(top, f.sp - arg as usize);
                }
                Opcode::LOAD_CONST => f.push(co.consts[arg as usize].clone()),
                Opcode::LOAD_FAST => match &f.slots[arg as usize] {
                    Some(v) => {
                        let v = v.clone();
                        f.push(v)
                    }
                    None => {
                        let name = self.str_lossy(&co.local_names[arg as usize]);
                        return Err(self.unbound_local_error(format!(
                            "cannot access local variable '{}' where it is not associated with a value",
                            name
                        )));
                    }
                },
                Opcode::STORE_FAST => {
                    let v = f.pop_opt();
                    let old = std::mem::replace(&mut f.slots[arg as usize], v);
                    drop(old);
                }
                Opcode::DELETE_FAST => {
                    if f.slots[arg as usize].take().is_none() {
                        let name = self.str_lossy(&co.local_names[arg as usize]);
                        return Err(self.unbound_local_error(format!(
                            "cannot access local variable '{}' where it is not associated with a value",
                            name
                        )));
                    }
                }
                Opcode::LOAD_NAME => {
                    let name = &co.names[arg as usize];
                    let v = self.load_name(f, name)?;
                    f.push(v);
                }
                Opcode::STORE_NAME => {
                    let v = f.pop();
                    let name = co.names[arg as usize].clone();
                    let locals = f
                        .locals
                        .clone()
                        .ok_or_else(|| self.system_error("no locals found"))?;
                    self.store_mapping(&locals, name, v)?;
                }
                Opcode::DELETE_NAME => {
                    let name = &co.names[arg as usize];
                    let locals = f
                        .locals
                        .clone()
                        .ok_or_else(|| self.system_error("no locals found"))?;
                    if !self.delete_mapping(&locals, name)? {
                        return Err(self.name_not_defined(name));
                    }
                }
                Opcode::LOAD_GLOBAL => {
                    let name = &co.names[(arg >> 1) as usize];
                    let v = self.load_global(f, name)?;
                    f.push(v);
                    if arg & 1 == 1 {
                        f.push_null();
                    }
                }
                Opcode::STORE_GLOBAL => {
                    let v = f.pop();
                    crate::dict::dict_set_item(
                        self,
                        &f.globals,
                        co.names[arg as usize].clone(),
                        v,
                    )?;
                }
                Opcode::DELETE_GLOBAL => {
                    let name = &co.names[arg as usize];
                    if crate::dict::dict_del_item(self, &f.globals, name)?.is_none() {
                        return Err(self.name_not_defined(name));
                    }
                }
                Opcode::MAKE_CELL => {
                    let old = f.slots[arg as usize].take();
                    f.slots[arg as usize] =
                        Some(self.alloc(&self.types.cell, CellObj(std::cell::RefCell::new(old))));
                }
                Opcode::COPY_FREE_VARS => {
                    let n = arg as usize;
                    let closure = f
                        .func
                        .as_ref()
                        .and_then(|fv| fv.downcast::<FunctionObj>())
                        .and_then(|fo| fo.closure.clone());
                    if let Some(c) = closure {
                        if let Some(t) = c.downcast::<TupleObj>() {
                            let base = f.nlocalsplus - n;
                            for i in 0..n.min(t.0.len()) {
                                f.slots[base + i] = Some(t.0[i].clone());
                            }
                        }
                    }
                }
                Opcode::LOAD_DEREF => {
                    let v = self.cell_get(f, co, arg as usize)?;
                    f.push(v);
                }
                Opcode::STORE_DEREF => {
                    let v = f.pop();
                    let cell = f.slots[arg as usize]
                        .clone()
                        .ok_or_else(|| self.system_error("missing cell"))?;
                    let old = cell.downcast::<CellObj>().expect("cell").0.replace(Some(v));
                    drop(old);
                }
                Opcode::DELETE_DEREF => {
                    let cell = f.slots[arg as usize]
                        .clone()
                        .ok_or_else(|| self.system_error("missing cell"))?;
                    let old = cell.downcast::<CellObj>().expect("cell").0.replace(None);
                    if old.is_none() {
                        return Err(self.cell_unbound(co, arg as usize));
                    }
                }
                Opcode::LOAD_CLOSURE => {
                    let v = f.slots[arg as usize]
                        .clone()
                        .ok_or_else(|| self.system_error("missing cell"))?;
                    f.push(v);
                }
                Opcode::LOAD_FROM_DICT_OR_DEREF => {
                    let mapping = f.pop();
                    let name = &co.local_names[arg as usize];
                    let v = match self.mapping_get(&mapping, name)? {
                        Some(v) => v,
                        None => self.cell_get(f, co, arg as usize)?,
                    };
                    f.push(v);
                }
                Opcode::LOAD_FROM_DICT_OR_GLOBALS => {
                    let mapping = f.pop();
                    let name = &co.names[arg as usize];
                    let v = match self.mapping_get(&mapping, name)? {
                        Some(v) => v,
                        None => self.load_global(f, name)?,
                    };
                    f.push(v);
                }
                Opcode::LOAD_LOCALS => {
                    let l = f
                        .locals
                        .clone()
                        .ok_or_else(|| self.system_error("no locals found"))?;
                    f.push(l);
                }
                Opcode::LOAD_ATTR => {
                    let owner = f.pop();
                    let name = &co.names[(arg >> 1) as usize];
                    if arg & 1 == 1 {
                        let (v, is_method) = self.load_method(&owner, name)?;
                        f.push(v);
                        if is_method {
                            f.push(owner);
                        } else {
                            f.push_null();
                        }
                    } else {
                        let v = self.getattr(&owner, name)?;
                        f.push(v);
                    }
                }
                Opcode::STORE_ATTR => {
                    let owner = f.pop();
                    let v = f.pop();
                    self.setattr(&owner, &co.names[arg as usize], v)?;
                }
                Opcode::DELETE_ATTR => {
                    let owner = f.pop();
                    self.delattr(&owner, &co.names[arg as usize])?;
                }
                Opcode::BINARY_OP => {
                    let rhs = f.pop();
                    let lhs = f.pop();
                    let op = BinaryOp::from_arg(arg)
                        .ok_or_else(|| self.system_error("bad binary op"))?;
                    let r = self.binary_op_fast(&lhs, &rhs, op)?;
                    f.push(r);
                }
                Opcode::UNARY_NEGATIVE => {
                    let v = f.pop();
                    let r = self.neg(&v)?;
                    f.push(r);
                }
                Opcode::UNARY_NOT => {
                    let v = f.pop();
                    let r = !self.truthy(&v)?;
                    f.push(self.bool(r));
                }
                Opcode::UNARY_INVERT => {
                    let v = f.pop();
                    let r = self.invert(&v)?;
                    f.push(r);
                }
                Opcode::TO_BOOL => {
                    let v = f.pop();
                    let r = self.truthy(&v)?;
                    f.push(self.bool(r));
                }
                Opcode::COMPARE_OP => {
                    let rhs = f.pop();
                    let lhs = f.pop();
                    let op = CompareOp::from_arg(arg)
                        .ok_or_else(|| self.system_error("bad compare op"))?;
                    let r = self.compare(&lhs, &rhs, op)?;
                    f.push(r);
                }
                Opcode::IS_OP => {
                    let rhs = f.pop();
                    let lhs = f.pop();
                    f.push(self.bool(lhs.is(&rhs) != (arg == 1)));
                }
                Opcode::CONTAINS_OP => {
                    let rhs = f.pop();
                    let lhs = f.pop();
                    let r = self.contains(&rhs, &lhs)?;
                    f.push(self.bool(r != (arg == 1)));
                }
                Opcode::BINARY_SUBSCR => {
                    let key = f.pop();
                    let container = f.pop();
                    if let (Some(i), true) = (
                        key.as_small_int(),
                        self.is_exact(&container, &self.types.list),
                    ) {
                        let l = container.downcast::<ListObj>().expect("list").0.borrow();
                        let j = if i < 0 { i + l.len() as i64 } else { i };
                        if let Some(v) = usize::try_from(j).ok().and_then(|j| l.get(j)) {
                            let v = v.clone();
                            drop(l);
                            f.push(v);
                            continue;
                        }
                    }
                    let r = self.getitem(&container, &key)?;
                    f.push(r);
                }
                Opcode::STORE_SUBSCR => {
                    let key = f.pop();
                    let container = f.pop();
                    let v = f.pop();
                    if let (Some(i), true) = (
                        key.as_small_int(),
                        self.is_exact(&container, &self.types.list),
                    ) {
                        let mut l = container
                            .downcast::<ListObj>()
                            .expect("list")
                            .0
                            .borrow_mut();
                        let j = if i < 0 { i + l.len() as i64 } else { i };
                        if let Some(slot) = usize::try_from(j).ok().and_then(|j| l.get_mut(j)) {
                            let old = std::mem::replace(slot, v);
                            drop(l);
                            drop(old);
                            continue;
                        }
                        drop(l);
                    }
                    self.setitem(&container, &key, v)?;
                }
                Opcode::DELETE_SUBSCR => {
                    let key = f.pop();
                    let container = f.pop();
                    self.delitem(&container, &key)?;
                }
                Opcode::BINARY_SLICE => {
                    let stop = f.pop();
                    let start = f.pop();
                    let container = f.pop();
                    let s = self.alloc(
                        &self.types.slice,
                        SliceObj {
                            start,
                            stop,
                            step: self.none(),
                        },
                    );
                    let r = self.getitem(&container, &s)?;
                    f.push(r);
                }
                Opcode::STORE_SLICE => {
                    let stop = f.pop();
                    let start = f.pop();
                    let container = f.pop();
                    let v = f.pop();
                    let s = self.alloc(
                        &self.types.slice,
                        SliceObj {
                            start,
                            stop,
                            step: self.none(),
                        },
                    );
                    self.setitem(&container, &s, v)?;
                }
                Opcode::BUILD_SLICE => {
                    let step = if arg == 3 { f.pop() } else { self.none() };
                    let stop = f.pop();
                    let start = f.pop();
                    f.push(self.alloc(&self.types.slice, SliceObj { start, stop, step }));
                }
                Opcode::BUILD_TUPLE => {
                    let items = self.pop_n(f, arg as usize);
                    f.push(self.new_tuple(items));
                }
                Opcode::BUILD_LIST => {
                    let items = self.pop_n(f, arg as usize);
                    f.push(self.new_list(items));
                }
                Opcode::BUILD_SET => {
                    let items = self.pop_n(f, arg as usize);
                    let s = self.new_set();
                    for i in items {
                        crate::dict::set_add(self, &s, i)?;
                    }
                    f.push(s);
                }
                Opcode::BUILD_MAP => {
                    let items = self.pop_n(f, 2 * arg as usize);
                    let d = self.new_dict();
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        crate::dict::dict_set_item(self, &d, k, v)?;
                    }
                    f.push(d);
                }
                Opcode::BUILD_STRING => {
                    let items = self.pop_n(f, arg as usize);
                    let mut s = String::new();
                    for i in &items {
                        s.push_str(&self.str_lossy(i));
                    }
                    f.push(self.new_string(s));
                }
                Opcode::LIST_APPEND => {
                    let v = f.pop();
                    let list = f.peek(arg as usize).cloned().expect("list");
                    list.downcast::<ListObj>()
                        .expect("list")
                        .0
                        .borrow_mut()
                        .push(v);
                }
                Opcode::SET_ADD => {
                    let v = f.pop();
                    let set = f.peek(arg as usize).cloned().expect("set");
                    crate::dict::set_add(self, &set, v)?;
                }
                Opcode::MAP_ADD => {
                    let v = f.pop();
                    let k = f.pop();
                    let d = f.peek(arg as usize).cloned().expect("dict");
                    crate::dict::dict_set_item(self, &d, k, v)?;
                }
                Opcode::LIST_EXTEND => {
                    let it = f.pop();
                    let list = f.peek(arg as usize).cloned().expect("list");
                    let list_pos = f.sp - arg as usize;
                    let call_target =
                        if list_pos >= f.nlocalsplus + 2 && f.slots[list_pos - 1].is_none() {
                            f.slots[list_pos - 2].clone().filter(|c| self.callable(c))
                        } else {
                            None
                        };
                    let items = self.to_vec(&it).map_err(|e| {
                        if self.exc_matches(&e, &self.exc.type_error) && !self.is_iterable(&it) {
                            match &call_target {
                                Some(c) => self.type_error(format!(
                                    "{} argument after * must be an iterable, not {}",
                                    self.callable_name(c),
                                    self.type_name(&it)
                                )),
                                None => self.type_error(format!(
                                    "Value after * must be an iterable, not {}",
                                    self.type_name(&it)
                                )),
                            }
                        } else {
                            e
                        }
                    })?;
                    list.downcast::<ListObj>()
                        .expect("list")
                        .0
                        .borrow_mut()
                        .extend(items);
                }
                Opcode::SET_UPDATE => {
                    let it = f.pop();
                    let set = f.peek(arg as usize).cloned().expect("set");
                    crate::objects::set::set_update_internal(self, &set, &it)?;
                }
                Opcode::DICT_UPDATE | Opcode::DICT_MERGE => {
                    let m = f.pop();
                    let d = f.peek(arg as usize).cloned().expect("dict");
                    self.dict_merge(&d, &m, op == Opcode::DICT_MERGE, f, arg as usize)?;
                }
                Opcode::FORMAT_VALUE => {
                    let spec = if arg & 4 != 0 { Some(f.pop()) } else { None };
                    let v = f.pop();
                    let v = match arg & 3 {
                        1 => self.to_str(&v)?,
                        2 => self.repr(&v)?,
                        3 => self.new_string(crate::format::ascii_of(self, &v)?),
                        _ => v,
                    };
                    let r = match spec {
                        None if self.is_exact(&v, &self.types.str_) => v,
                        _ => crate::format::format_value(self, &v, spec.as_ref())?,
                    };
                    f.push(r);
                }
                Opcode::UNPACK_SEQUENCE => {
                    let seq = f.pop();
                    if let Some(t) = seq
                        .downcast::<TupleObj>()
                        .filter(|_| self.is_exact(&seq, &self.types.tuple))
                    {
                        if t.0.len() == arg as usize {
                            for v in t.0.iter().rev() {
                                f.push(v.clone());
                            }
                            continue;
                        }
                    }
                    let items = self.unpack(&seq, arg as usize)?;
                    for v in items.into_iter().rev() {
                        f.push(v);
                    }
                }
                Opcode::UNPACK_EX => {
                    let before = (arg & 0xff) as usize;
                    let after = (arg >> 8) as usize;
                    let seq = f.pop();
                    let items = self.to_vec(&seq).map_err(|e| {
                        if self.exc_matches(&e, &self.exc.type_error) {
                            self.type_error(format!(
                                "cannot unpack non-iterable {} object",
                                self.type_name(&seq)
                            ))
                        } else {
                            e
                        }
                    })?;
                    if items.len() < before + after {
                        return Err(self.value_error(format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            before + after,
                            items.len()
                        )));
                    }
                    let mid = items.len() - after;
                    let mut out: Vec<Value> = items[..before].to_vec();
                    out.push(self.new_list(items[before..mid].to_vec()));
                    out.extend(items[mid..].iter().cloned());
                    for v in out.into_iter().rev() {
                        f.push(v);
                    }
                }
                Opcode::GET_ITER => {
                    let v = f.pop();
                    let it = self.iter(&v)?;
                    f.push(it);
                }
                Opcode::FOR_ITER => {
                    let it = f.peek(1).cloned().expect("iterator");
                    match self.next(&it)? {
                        Some(v) => f.push(v),
                        None => {
                            f.pop();
                            pc += arg as usize;
                        }
                    }
                }
                Opcode::JUMP_FORWARD => pc += arg as usize,
                Opcode::JUMP_BACKWARD => {
                    pc -= arg as usize;
                    // Safe point, as RESUME.
                    if strata_object::gc::collection_pending() {
                        self.gc_safe_point();
                    }
                }
                Opcode::JUMP_BACKWARD_NO_INTERRUPT => pc -= arg as usize,
                Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE => {
                    let v = f.pop();
                    let t = if v.is(&self.true_) {
                        true
                    } else if v.is(&self.false_) {
                        false
                    } else {
                        self.truthy(&v)?
                    };
                    if t == (op == Opcode::POP_JUMP_IF_TRUE) {
                        pc += arg as usize;
                    }
                }
                Opcode::POP_JUMP_IF_NONE | Opcode::POP_JUMP_IF_NOT_NONE => {
                    let v = f.pop();
                    if v.is(&self.none) == (op == Opcode::POP_JUMP_IF_NONE) {
                        pc += arg as usize;
                    }
                }
                Opcode::RETURN_VALUE => {
                    f.pc = pc;
                    return Ok(Flow::Return(f.pop()));
                }
                Opcode::RETURN_CONST => {
                    f.pc = pc;
                    return Ok(Flow::Return(co.consts[arg as usize].clone()));
                }
                Opcode::CALL | Opcode::CALL_KW => {
                    let kwnames = if op == Opcode::CALL_KW {
                        Some(f.pop())
                    } else {
                        None
                    };
                    f.pc = pc;
                    match self.do_call(f, arg as usize, kwnames)? {
                        Flow::Next => {}
                        flow => return Ok(flow),
                    }
                }
                Opcode::CALL_FUNCTION_EX => {
                    let kwargs = if arg & 1 == 1 { Some(f.pop()) } else { None };
                    let args = f.pop();
                    let self_or_null = f.pop_opt();
                    let callable = f.pop();
                    let mut pos = self.to_vec(&args)?;
                    if let Some(s) = self_or_null {
                        pos.insert(0, s);
                    }
                    let mut names = Vec::new();
                    if let Some(kw) = kwargs {
                        for (k, v) in crate::dict::dict_items(&kw) {
                            names.push(k);
                            pos.push(v);
                        }
                    }
                    let r = self.call_args(
                        &callable,
                        FnArgs {
                            args: &pos,
                            kwnames: &names,
                        },
                    )?;
                    f.push(r);
                }
                Opcode::MAKE_FUNCTION => {
                    let code = f.pop();
                    let closure = if arg & 8 != 0 { Some(f.pop()) } else { None };
                    let annotations = if arg & 4 != 0 { Some(f.pop()) } else { None };
                    let kwdefaults = if arg & 2 != 0 { Some(f.pop()) } else { None };
                    let defaults = if arg & 1 != 0 { Some(f.pop()) } else { None };
                    let func = self.make_function(
                        code,
                        f.globals.clone(),
                        f.builtins.clone(),
                        defaults,
                        kwdefaults,
                        annotations,
                        closure,
                    );
                    f.push(func);
                }
                Opcode::LOAD_BUILD_CLASS => {
                    let v = crate::dict::dict_get_str(self, &f.builtins, "__build_class__")
                        .ok_or_else(|| self.name_error("__build_class__ not found"))?;
                    f.push(v);
                }
                Opcode::CALL_INTRINSIC_1 => {
                    let v = f.pop();
                    let r = self.intrinsic(f, arg, v)?;
                    f.push(r);
                }
                Opcode::CALL_INTRINSIC_2 => {
                    let b = f.pop();
                    let a = f.pop();
                    let r = match Intrinsic2::from_arg(arg) {
                        Some(Intrinsic2::PrepReraiseStar) => {
                            crate::objects::exception_group::prep_reraise_star(self, &a, &b)
                        }
                        Some(Intrinsic2::TypeVarWithBound) => {
                            crate::typing::make_typevar_lazy(self, a, b, false)
                        }
                        Some(Intrinsic2::TypeVarWithConstraints) => {
                            crate::typing::make_typevar_lazy(self, a, b, true)
                        }
                        Some(Intrinsic2::SetFunctionTypeParams) => {
                            crate::typing::set_function_type_params(self, a, b)
                        }
                        None => Err(self.system_error("bad intrinsic")),
                    }?;
                    f.push(r);
                }
                Opcode::IMPORT_NAME => {
                    let fromlist = f.pop();
                    let level = f.pop();
                    let m = crate::import::import_name(
                        self,
                        &co.names[arg as usize],
                        &f.globals,
                        &fromlist,
                        &level,
                    )?;
                    f.push(m);
                }
                Opcode::IMPORT_FROM => {
                    let m = f.peek(1).cloned().expect("module");
                    let v = crate::import::import_from(self, &m, &co.names[arg as usize])?;
                    f.push(v);
                }
                Opcode::SETUP_ANNOTATIONS => {
                    let locals = f
                        .locals
                        .clone()
                        .ok_or_else(|| self.system_error("no locals"))?;
                    let key = self.intern("__annotations__");
                    if self.mapping_get(&locals, &key)?.is_none() {
                        self.store_mapping(&locals, key, self.new_dict())?;
                    }
                }
                Opcode::LOAD_ASSERTION_ERROR => f.push(self.exc.assertion_error.clone()),
                Opcode::RAISE_VARARGS => {
                    let exc = match arg {
                        0 => match self.handled.borrow().clone() {
                            Some(e) => {
                                f.pc = pc;
                                return Ok(Flow::Reraise(e));
                            }
                            None => {
                                return Err(self.runtime_error("No active exception to reraise"))
                            }
                        },
                        1 => {
                            let e = f.pop();
                            self.make_raisable(e)?
                        }
                        _ => {
                            let cause = f.pop();
                            let e = f.pop();
                            let e = self.make_raisable(e)?;
                            let cause = if cause.is(&self.none) {
                                None
                            } else {
                                Some(self.make_raisable(cause).map_err(|_| {
                                    self.type_error(
                                        "exception causes must derive from BaseException",
                                    )
                                })?)
                            };
                            if let Some(x) = e.downcast::<ExceptionObj>() {
                                *x.cause.borrow_mut() = cause;
                                x.suppress_context.set(true);
                            }
                            e
                        }
                    };
                    return Err(exc);
                }
                Opcode::RERAISE => {
                    let e = f.pop();
                    f.pc = pc;
                    return Ok(Flow::Reraise(e));
                }
                Opcode::PUSH_EXC_INFO => {
                    let e = f.pop();
                    let prev = self.handled.replace(Some(e.clone()));
                    f.push(prev.unwrap_or_else(|| self.none()));
                    f.push(e);
                }
                Opcode::POP_EXCEPT => {
                    let prev = f.pop();
                    *self.handled.borrow_mut() = if prev.is(&self.none) {
                        None
                    } else {
                        Some(prev)
                    };
                }
                Opcode::CHECK_EXC_MATCH => {
                    let ty = f.pop();
                    let exc = f.peek(1).cloned().expect("exception");
                    let m = self.exception_matches(&exc, &ty)?;
                    f.push(self.bool(m));
                }
                Opcode::CHECK_EG_MATCH => {
                    let ty = f.pop();
                    let exc = f.pop();
                    match crate::objects::exception_group::check_eg_match(self, &exc, &ty)? {
                        Some((rest, matched)) => {
                            f.push(rest);
                            *self.handled.borrow_mut() = Some(matched.clone());
                            f.push(matched);
                        }
                        None => {
                            f.push(exc);
                            f.push(self.none());
                        }
                    }
                }
                Opcode::WITH_EXCEPT_START => {
                    let exc = f.peek(1).cloned().expect("exc");
                    let exit = f.peek(4).cloned().expect("exit");
                    let tb = exc
                        .downcast::<ExceptionObj>()
                        .and_then(|e| e.traceback.borrow().clone())
                        .unwrap_or_else(|| self.none());
                    let r = self.call(&exit, &[self.type_of(&exc), exc, tb])?;
                    f.push(r);
                }
                Opcode::BEFORE_WITH | Opcode::BEFORE_ASYNC_WITH => {
                    let mgr = f.pop();
                    let (enter, exit) = if op == Opcode::BEFORE_WITH {
                        ("__enter__", "__exit__")
                    } else {
                        ("__aenter__", "__aexit__")
                    };
                    let Some(enter_m) = self.lookup_special(&mgr, enter) else {
                        return Err(self.type_error(format!(
                            "'{}' object does not support the {}context manager protocol",
                            self.type_name(&mgr),
                            if op == Opcode::BEFORE_WITH {
                                ""
                            } else {
                                "asynchronous "
                            }
                        )));
                    };
                    let Some(exit_m) = self.lookup_special(&mgr, exit) else {
                        return Err(self.type_error(format!(
                            "'{}' object does not support the {}context manager protocol (missed {} method)",
                            self.type_name(&mgr),
                            if op == Opcode::BEFORE_WITH { "" } else { "asynchronous " },
                            exit
                        )));
                    };
                    let bound_exit = self.bind_method_value(&exit_m, &mgr)?;
                    let r = self.call_bound_special(&enter_m, &mgr, &[])?;
                    f.push(bound_exit);
                    f.push(r);
                }
                Opcode::RETURN_GENERATOR => {
                    // Generator prologues run in `generator::make_generator`.
                    return Err(self.system_error("RETURN_GENERATOR reached the eval loop"));
                }
                Opcode::YIELD_VALUE => {
                    let v = f.pop();
                    f.pc = pc;
                    return Ok(Flow::Yield(v));
                }
                Opcode::SEND => {
                    let v = f.pop();
                    let receiver = f.peek(1).cloned().expect("receiver");
                    match crate::generator::send_into(self, &receiver, v)? {
                        FrameExit::Yield(y) => f.push(y),
                        FrameExit::Return(r) => {
                            f.push(r);
                            pc += arg as usize;
                        }
                    }
                }
                Opcode::END_SEND => {
                    let v = f.pop();
                    f.pop();
                    f.push(v);
                }
                Opcode::GET_YIELD_FROM_ITER => {
                    let v = f.pop();
                    let it = if v.payload_is::<GeneratorObj>() {
                        v
                    } else {
                        self.iter(&v)?
                    };
                    f.push(it);
                }
                Opcode::GET_AWAITABLE => {
                    let v = f.pop();
                    let it = crate::generator::get_awaitable(self, &v)?;
                    f.push(it);
                }
                Opcode::GET_AITER => {
                    let v = f.pop();
                    let Some(r) = self.call_special(&v, "__aiter__", &[])? else {
                        return Err(self.type_error(format!(
                            "'async for' requires an object with __aiter__ method, got {}",
                            self.type_name(&v)
                        )));
                    };
                    f.push(r);
                }
                Opcode::GET_ANEXT => {
                    let v = f.peek(1).cloned().expect("aiter");
                    let Some(r) = self.call_special(&v, "__anext__", &[])? else {
                        return Err(self.type_error(format!(
                            "'async for' requires an iterator with __anext__ method, got {}",
                            self.type_name(&v)
                        )));
                    };
                    let aw = crate::generator::get_awaitable(self, &r)?;
                    f.push(aw);
                }
                Opcode::GET_LEN => {
                    let v = f.peek(1).cloned().expect("subject");
                    let n = self.len(&v)?;
                    f.push(self.new_int(n as i64));
                }
                Opcode::MATCH_MAPPING | Opcode::MATCH_SEQUENCE => {
                    let v = f.peek(1).expect("subject");
                    let r = if op == Opcode::MATCH_MAPPING {
                        crate::matching::is_match_mapping(self, v)
                    } else {
                        crate::matching::is_match_sequence(self, v)
                    };
                    f.push(self.bool(r));
                }
                Opcode::MATCH_KEYS => {
                    let keys = f.peek(1).cloned().expect("keys");
                    let subject = f.peek(2).cloned().expect("subject");
                    let r = crate::matching::match_keys(self, &subject, &keys)?;
                    f.push(r.unwrap_or_else(|| self.none()));
                }
                Opcode::MATCH_CLASS => {
                    let names = f.pop();
                    let cls = f.pop();
                    let subject = f.pop();
                    let r =
                        crate::matching::match_class(self, &subject, &cls, arg as usize, &names)?;
                    f.push(r.unwrap_or_else(|| self.none()));
                }
                Opcode::END_ASYNC_FOR => {
                    let exc = f.pop();
                    f.pop();
                    if !self.exc_matches(&exc, &self.exc.stop_async_iteration) {
                        f.pc = pc;
                        return Ok(Flow::Reraise(exc));
                    }
                }
            }
        }
    }

    /// Pops `n` values, returning them in push order.
    fn pop_n(&self, f: &mut Frame, n: usize) -> Vec<Value> {
        let start = f.sp - n;
        let out: Vec<Value> = f.slots[start..f.sp]
            .iter_mut()
            .map(|s| s.take().expect("NULL in BUILD"))
            .collect();
        f.sp = start;
        out
    }

    fn binary_op_fast(&self, a: &Value, b: &Value, op: BinaryOp) -> PyResult {
        if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
            let r = match op.base() {
                BinaryOp::Add => x.checked_add(y),
                BinaryOp::Subtract => x.checked_sub(y),
                BinaryOp::Multiply => x.checked_mul(y),
                _ => None,
            };
            if let Some(r) = r {
                return Ok(self.new_int(r));
            }
        }
        // Exact floats (and float/small-int mixes) skip the protocol.
        let fa = if self.is_exact(a, &self.types.float) {
            Some(crate::numeric::as_float(a).unwrap_or(0.0))
        } else {
            a.as_small_int()
                .filter(|i| i.unsigned_abs() < (1 << 53))
                .map(|i| i as f64)
        };
        if let Some(x) = fa {
            let fb = if self.is_exact(b, &self.types.float) {
                Some(crate::numeric::as_float(b).unwrap_or(0.0))
            } else {
                b.as_small_int()
                    .filter(|i| i.unsigned_abs() < (1 << 53))
                    .map(|i| i as f64)
            };
            if let Some(y) = fb {
                if !(a.is_small_int() && b.is_small_int()) {
                    let r = match op.base() {
                        BinaryOp::Add => Some(x + y),
                        BinaryOp::Subtract => Some(x - y),
                        BinaryOp::Multiply => Some(x * y),
                        BinaryOp::TrueDivide if y != 0.0 => Some(x / y),
                        _ => None,
                    };
                    if let Some(r) = r {
                        return Ok(self.new_float(r));
                    }
                    if matches!(
                        op.base(),
                        BinaryOp::FloorDivide | BinaryOp::Remainder | BinaryOp::Power
                    ) {
                        return self.float_binop(op.base(), x, y);
                    }
                }
            }
        }
        self.binary_op(a, b, op)
    }

    fn do_call(&self, f: &mut Frame, argc: usize, kwnames: Option<Value>) -> PyResult<Flow> {
        let names: Vec<Value> = match &kwnames {
            Some(k) => k
                .downcast::<TupleObj>()
                .map(|t| t.0.to_vec())
                .unwrap_or_default(),
            None => Vec::new(),
        };
        let base = f.sp - argc - 2;
        let callable = f.slots[base].clone().expect("callable");
        let has_self = f.slots[base + 1].is_some();
        let args_start = if has_self { base + 1 } else { base + 2 };
        // Python functions (and bound methods of them) get a frame on this
        // loop's frame stack.
        let (target, self_prefix) = if let Some(m) = callable.downcast::<BoundMethodObj>() {
            (m.func.clone(), Some(m.self_.clone()))
        } else {
            (callable.clone(), None)
        };
        if self.is_exact(&target, &self.types.function) {
            let is_gen = target
                .downcast::<FunctionObj>()
                .and_then(|fo| fo.code.downcast::<CodeObj>().map(|c| c.code.flags))
                .is_some_and(|fl| {
                    fl.intersects(
                        CodeFlags::GENERATOR | CodeFlags::COROUTINE | CodeFlags::ASYNC_GENERATOR,
                    )
                });
            if !is_gen {
                let frame = {
                    let slots = as_values(&f.slots[args_start..f.sp]);
                    match &self_prefix {
                        Some(s) => {
                            let mut full = Vec::with_capacity(slots.len() + 1);
                            full.push(s.clone());
                            full.extend_from_slice(slots);
                            function_frame(
                                self,
                                &target,
                                FnArgs {
                                    args: &full,
                                    kwnames: &names,
                                },
                            )?
                        }
                        None => function_frame(
                            self,
                            &target,
                            FnArgs {
                                args: slots,
                                kwnames: &names,
                            },
                        )?,
                    }
                };
                while f.sp > base {
                    f.pop_opt();
                }
                return Ok(Flow::Call(frame));
            }
        }
        let r = {
            let slots = as_values(&f.slots[args_start..f.sp]);
            if let Some(n) = callable.downcast::<NativeFunctionObj>() {
                if let NativeImpl::WithCallers(func) = n.func {
                    // The run loop makes this call, where it can lend the
                    // suspended callers (the rare path costs nothing here).
                    let args: Vec<Value> = slots.to_vec();
                    while f.sp > base {
                        f.pop_opt();
                    }
                    return Ok(Flow::CallWithCallers(func, args, names));
                } else if let NativeImpl::WithFrame(func) = n.func {
                    let mut full;
                    let args: &[Value] = match &n.self_ {
                        Some(s) => {
                            full = Vec::with_capacity(slots.len() + 1);
                            full.push(s.clone());
                            full.extend_from_slice(slots);
                            &full
                        }
                        None => slots,
                    };
                    let args: Vec<Value> = args.to_vec();
                    func(
                        self,
                        FnArgs {
                            args: &args,
                            kwnames: &names,
                        },
                        Some(f),
                    )
                } else {
                    self.call_args(
                        &callable,
                        FnArgs {
                            args: slots,
                            kwnames: &names,
                        },
                    )
                }
            } else {
                self.call_args(
                    &callable,
                    FnArgs {
                        args: slots,
                        kwnames: &names,
                    },
                )
            }
        }?;
        while f.sp > base {
            f.pop_opt();
        }
        f.push(r);
        Ok(Flow::Next)
    }

    /// Binds a special method found on a type to `obj` as a callable.
    pub fn bind_method_value(&self, m: &Value, obj: &Value) -> PyResult {
        if m.payload_is::<FunctionObj>() {
            return Ok(self.alloc(
                &self.types.method,
                BoundMethodObj {
                    func: m.clone(),
                    self_: obj.clone(),
                },
            ));
        }
        if m.downcast::<NativeFunctionObj>()
            .is_some_and(|n| n.self_.is_none())
        {
            return Ok(self.bind_native(m, obj.clone()));
        }
        self.bind_descriptor(m, obj)
    }

    fn is_iterable(&self, v: &Value) -> bool {
        self.lookup_special(v, "__iter__").is_some()
            || self.lookup_special(v, "__getitem__").is_some()
            || self.iter(v).is_ok()
    }

    fn dict_merge(
        &self,
        d: &Value,
        m: &Value,
        is_call: bool,
        f: &Frame,
        arg: usize,
    ) -> PyResult<()> {
        let items: Vec<(Value, Value)> = if m.payload_is::<DictObj>() {
            crate::dict::dict_items(m)
        } else {
            let Some(keys) = self.getattr_opt(m, "keys")? else {
                let what = if is_call {
                    let func = f.slots[f.sp - arg - 3].clone();
                    let fname = func.map(|x| self.callable_name(&x)).unwrap_or_default();
                    return Err(self.type_error(format!(
                        "{} argument after ** must be a mapping, not {}",
                        fname,
                        self.type_name(m)
                    )));
                } else {
                    format!("'{}' object is not a mapping", self.type_name(m))
                };
                return Err(self.type_error(what));
            };
            let ks = self.call(&keys, &[])?;
            let mut out = Vec::new();
            for k in self.to_vec(&ks)? {
                let v = self.getitem(m, &k)?;
                out.push((k, v));
            }
            out
        };
        for (k, v) in items {
            if is_call {
                if !k.payload_is::<StrObj>() {
                    return Err(self.type_error("keywords must be strings"));
                }
                if crate::dict::dict_get_item(self, d, &k)?.is_some() {
                    let func = f.slots[f.sp - arg - 3].clone();
                    let fname = func.map(|x| self.callable_name(&x)).unwrap_or_default();
                    return Err(self.type_error(format!(
                        "{} got multiple values for keyword argument '{}'",
                        fname,
                        self.str_lossy(&k)
                    )));
                }
            }
            crate::dict::dict_set_item(self, d, k, v)?;
        }
        Ok(())
    }

    /// `name()` as CPython names callables in argument errors.
    pub fn callable_name(&self, f: &Value) -> String {
        if let Some(func) = f.downcast::<FunctionObj>() {
            let module = func.module.borrow().clone();
            let q = self.str_lossy(&func.qualname.borrow());
            return match module.downcast::<StrObj>() {
                Some(m) if &*m.s != "builtins" => format!("{}.{}()", m.s, q),
                _ => format!("{}()", q),
            };
        }
        if let Some(m) = f.downcast::<BoundMethodObj>() {
            return self.callable_name(&m.func);
        }
        if let Some(n) = f.downcast::<NativeFunctionObj>() {
            return format!("{}()", n.name);
        }
        if self.is_type(f) {
            return format!("{}()", type_layout(f).name());
        }
        format!("{} object", self.type_name(f))
    }

    fn unpack(&self, seq: &Value, n: usize) -> PyResult<Vec<Value>> {
        // Subclasses may override __iter__: only exact types take the
        // fast paths.
        if let Some(t) = seq
            .downcast::<TupleObj>()
            .filter(|_| self.is_exact(seq, &self.types.tuple))
        {
            if t.0.len() == n {
                return Ok(t.0.to_vec());
            }
        }
        if let Some(l) = seq
            .downcast::<ListObj>()
            .filter(|_| self.is_exact(seq, &self.types.list))
        {
            let v = l.0.borrow();
            if v.len() == n {
                return Ok(v.clone());
            }
        }
        let it = self.iter(seq).map_err(|e| {
            if self.exc_matches(&e, &self.exc.type_error) {
                self.type_error(format!(
                    "cannot unpack non-iterable {} object",
                    self.type_name(seq)
                ))
            } else {
                e
            }
        })?;
        let mut out = Vec::with_capacity(n);
        while let Some(v) = self.next(&it)? {
            if out.len() == n {
                return Err(self.value_error(format!("too many values to unpack (expected {})", n)));
            }
            out.push(v);
        }
        if out.len() < n {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {}, got {})",
                n,
                out.len()
            )));
        }
        Ok(out)
    }

    fn make_raisable(&self, e: Value) -> PyResult {
        if self.is_type(&e) && type_layout(&e).has(strata_object::TypeFlags::BASE_EXC_SUBCLASS) {
            return self.call(&e, &[]);
        }
        if e.payload_is::<ExceptionObj>() {
            return Ok(e);
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    /// `except T:` matching (T a type or tuple of types).
    pub fn exception_matches(&self, exc: &Value, ty: &Value) -> PyResult<bool> {
        if let Some(t) = ty.downcast::<TupleObj>() {
            for x in t.0.iter() {
                if self.exception_matches(exc, x)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if !(self.is_type(ty) && type_layout(ty).has(strata_object::TypeFlags::BASE_EXC_SUBCLASS)) {
            return Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        Ok(self.isinstance(exc, ty))
    }

    fn intrinsic(&self, f: &mut Frame, arg: u32, v: Value) -> PyResult {
        match Intrinsic1::from_arg(arg) {
            Some(Intrinsic1::Print) => {
                if !v.is(&self.none) {
                    let r = self.repr_string(&v)?;
                    crate::sysmod::write_stdout(self, &format!("{}\n", r))?;
                    crate::dict::dict_set_str(self, &self.builtins, "_", v);
                }
                Ok(self.none())
            }
            Some(Intrinsic1::ImportStar) => {
                let locals = f
                    .locals
                    .clone()
                    .ok_or_else(|| self.system_error("no locals"))?;
                crate::import::import_star(self, &v, &locals)?;
                Ok(self.none())
            }
            Some(Intrinsic1::StopIterationError) => Ok(self.convert_generator_stop(f, v)),
            Some(Intrinsic1::UnaryPositive) => self.pos(&v),
            Some(Intrinsic1::TypeVar) => {
                crate::typing::make_type_param(self, crate::typing::ParamKind::TypeVar, v)
            }
            Some(Intrinsic1::ParamSpec) => {
                crate::typing::make_type_param(self, crate::typing::ParamKind::ParamSpec, v)
            }
            Some(Intrinsic1::TypeVarTuple) => {
                crate::typing::make_type_param(self, crate::typing::ParamKind::TypeVarTuple, v)
            }
            Some(Intrinsic1::SubscriptGeneric) => crate::typing::subscript_generic(self, v),
            Some(Intrinsic1::TypeAlias) => crate::typing::make_typealias(self, &f.globals, v),
            Some(Intrinsic1::ListToTuple) => {
                let items = v
                    .downcast::<ListObj>()
                    .map(|l| l.0.borrow().clone())
                    .unwrap_or_default();
                Ok(self.new_tuple(items))
            }
            None => Err(self.system_error("bad intrinsic")),
        }
    }

    fn name_not_defined(&self, name: &Value) -> Value {
        let e = self.name_error(format!("name '{}' is not defined", self.str_lossy(name)));
        crate::objects::exceptions::set_name(self, &e, name);
        e
    }

    fn mapping_get(&self, m: &Value, key: &Value) -> PyResult<Option<Value>> {
        if self.is_exact(m, &self.types.dict) {
            return crate::dict::dict_get_item(self, m, key);
        }
        match self.getitem(m, key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.exc_matches(&e, &self.exc.key_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn store_mapping(&self, m: &Value, key: Value, v: Value) -> PyResult<()> {
        if self.is_exact(m, &self.types.dict) {
            return crate::dict::dict_set_item(self, m, key, v);
        }
        self.setitem(m, &key, v)
    }

    fn delete_mapping(&self, m: &Value, key: &Value) -> PyResult<bool> {
        if self.is_exact(m, &self.types.dict) {
            return Ok(crate::dict::dict_del_item(self, m, key)?.is_some());
        }
        match self.delitem(m, key) {
            Ok(()) => Ok(true),
            Err(e) if self.exc_matches(&e, &self.exc.key_error) => Ok(false),
            Err(e) => Err(e),
        }
    }

    fn load_name(&self, f: &Frame, name: &Value) -> PyResult {
        if let Some(l) = &f.locals {
            if let Some(v) = self.mapping_get(l, name)? {
                return Ok(v);
            }
        }
        self.load_global(f, name)
    }

    fn load_global(&self, f: &Frame, name: &Value) -> PyResult {
        if let Some(v) = crate::dict::dict_get_item(self, &f.globals, name)? {
            return Ok(v);
        }
        if let Some(v) = crate::dict::dict_get_item(self, &f.builtins, name)? {
            return Ok(v);
        }
        Err(self.name_not_defined(name))
    }

    fn cell_unbound(&self, co: &CodeObj, i: usize) -> Value {
        let name = self.str_lossy(&co.local_names[i]);
        if co.code.localsplus_kinds[i].contains(strata_compiler::LocalKind::FREE) {
            self.name_error(format!(
                "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                name
            ))
        } else {
            self.unbound_local_error(format!(
                "cannot access local variable '{}' where it is not associated with a value",
                name
            ))
        }
    }

    fn cell_get(&self, f: &Frame, co: &CodeObj, i: usize) -> PyResult {
        let cell = f.slots[i]
            .as_ref()
            .ok_or_else(|| self.system_error("missing cell"))?;
        let v = cell
            .downcast::<CellObj>()
            .and_then(|c| c.0.borrow().clone());
        v.ok_or_else(|| self.cell_unbound(co, i))
    }

    /// Creates a function object.
    #[allow(clippy::too_many_arguments)]
    pub fn make_function(
        &self,
        code: Value,
        globals: Value,
        builtins: Value,
        defaults: Option<Value>,
        kwdefaults: Option<Value>,
        annotations: Option<Value>,
        closure: Option<Value>,
    ) -> Value {
        let (name, qualname, doc) = {
            let c = code.downcast::<CodeObj>().expect("code");
            let doc =
                if c.code.flags.contains(CodeFlags::OPTIMIZED) && !c.code.name.starts_with('<') {
                    c.consts
                        .first()
                        .filter(|d| d.payload_is::<StrObj>())
                        .cloned()
                } else {
                    None
                };
            (
                self.new_str(&c.code.name),
                self.new_str(&c.code.qualname),
                doc,
            )
        };
        let module =
            crate::dict::dict_get_str(self, &globals, "__name__").unwrap_or_else(|| self.none());
        self.alloc(
            &self.types.function,
            FunctionObj {
                code,
                globals,
                builtins,
                name: std::cell::RefCell::new(name),
                qualname: std::cell::RefCell::new(qualname),
                defaults: std::cell::RefCell::new(defaults),
                kwdefaults: std::cell::RefCell::new(kwdefaults),
                closure,
                doc: std::cell::RefCell::new(doc.unwrap_or_else(|| self.none())),
                annotations: std::cell::RefCell::new(annotations),
                module: std::cell::RefCell::new(module),
                version: std::cell::Cell::new(1),
            },
        )
    }
}

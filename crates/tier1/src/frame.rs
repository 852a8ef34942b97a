//! Frames and argument binding.
//!
//! A frame holds one code object's execution state: its localsplus slots
//! (arguments, locals, cells, free variables) followed by the value stack
//! in a single vector, the instruction pointer, and the namespaces. Frames
//! are boxed and kept on the interpreter's frame stack, never on the Rust
//! stack; generators own their frame between resumptions.

use strata_compiler::{CodeFlags, LocalKind};
use strata_object::payloads::*;
use strata_object::Value;

use crate::runtime::*;
use crate::vm::{PyResult, Vm};

/// Execution state of one code object.
pub struct Frame {
    /// The code (a `CodeObj` value).
    pub code: Value,
    /// The function being run, if any.
    pub func: Option<Value>,
    pub globals: Value,
    pub builtins: Value,
    /// Locals mapping of module and class-body frames.
    pub locals: Option<Value>,
    /// Localsplus slots, then the value stack.
    pub slots: Vec<Option<Value>>,
    /// Stack pointer: index of the first free stack slot in `slots`.
    pub sp: usize,
    /// Index of the next code unit to execute.
    pub pc: usize,
    /// Index of the instruction being executed (for tracebacks).
    pub lasti: usize,
    /// Number of localsplus slots.
    pub nlocalsplus: usize,
}

impl Frame {
    /// A frame for `code` with empty slots.
    pub fn new(
        code: Value,
        globals: Value,
        builtins: Value,
        locals: Option<Value>,
        func: Option<Value>,
    ) -> Box<Frame> {
        let c = code.downcast::<CodeObj>().expect("frame code");
        let n = c.code.nlocalsplus();
        let size = n + c.code.max_stack as usize + 1;
        let mut slots = Vec::with_capacity(size);
        slots.resize_with(size, || None);
        Box::new(Frame {
            code,
            func,
            globals,
            builtins,
            locals,
            slots,
            sp: n,
            pc: 0,
            lasti: 0,
            nlocalsplus: n,
        })
    }

    /// The code payload.
    pub fn code_obj(&self) -> &CodeObj {
        // SAFETY: `code` is always a CodeObj (checked in `new`).
        unsafe { self.code.downcast_unchecked::<CodeObj>() }
    }

    /// Pushes onto the value stack.
    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        // Slots above the stack pointer are always empty (`pop` takes), so
        // the old value needs no drop.
        let old = self.slots[self.sp].replace(v);
        debug_assert!(old.is_none());
        std::mem::forget(old);
        self.sp += 1;
    }

    /// Pushes NULL.
    #[inline(always)]
    pub fn push_null(&mut self) {
        self.slots[self.sp] = None;
        self.sp += 1;
    }

    /// Pops a value (NULL slots pop as `None`).
    #[inline(always)]
    pub fn pop_opt(&mut self) -> Option<Value> {
        self.sp -= 1;
        self.slots[self.sp].take()
    }

    /// Pops a value that is known not to be NULL.
    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        self.pop_opt().expect("stack value is NULL")
    }

    /// Reads the `i`-th value from the top (1 = TOS).
    #[inline(always)]
    pub fn peek(&self, i: usize) -> Option<&Value> {
        self.slots[self.sp - i].as_ref()
    }

    /// Current stack depth.
    pub fn depth(&self) -> usize {
        self.sp - self.nlocalsplus
    }

    /// Line currently executing.
    pub fn line(&self) -> u32 {
        self.code_obj()
            .code
            .location(self.lasti)
            .map_or(0, |l| l.line)
    }
}

/// Views stack slots that are all non-NULL as values.
pub fn as_values(slots: &[Option<Value>]) -> &[Value] {
    assert!(slots.iter().all(Option::is_some), "NULL in argument slots");
    // SAFETY: `Option<Value>` has the same layout as `Value` (the NonZero
    // niche encodes None), and every element is `Some`, so each is a valid
    // `Value` bit pattern.
    unsafe { std::slice::from_raw_parts(slots.as_ptr().cast::<Value>(), slots.len()) }
}

fn func_name(vm: &Vm, f: &FunctionObj) -> String {
    vm.str_lossy(&f.qualname.borrow())
}

fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

/// Binds call arguments into a fresh frame's localsplus, as CPython does,
/// with its error messages.
pub fn bind_arguments(
    vm: &Vm,
    func: &FunctionObj,
    frame: &mut Frame,
    args: FnArgs,
) -> PyResult<()> {
    let code_v = frame.code.clone();
    let c = code_v.downcast::<CodeObj>().expect("code");
    let code = &c.code;
    let argcount = code.arg_count as usize;
    let kwonly = code.kwonly_arg_count as usize;
    let posonly = code.posonly_arg_count as usize;
    let has_varargs = code.flags.contains(CodeFlags::VARARGS);
    let has_varkw = code.flags.contains(CodeFlags::VARKEYWORDS);
    let pos = args.pos();
    let total_named = argcount + kwonly;

    let kwdict = if has_varkw { Some(vm.new_dict()) } else { None };
    if let Some(d) = &kwdict {
        frame.slots[total_named + has_varargs as usize] = Some(d.clone());
    }
    let npos = pos.len().min(argcount);
    for (i, v) in pos[..npos].iter().enumerate() {
        frame.slots[i] = Some(v.clone());
    }
    if has_varargs {
        frame.slots[total_named] = Some(vm.new_tuple(pos[npos..].to_vec()));
    } else if pos.len() > argcount {
        let defaults = func
            .defaults
            .borrow()
            .as_ref()
            .and_then(|d| d.downcast::<TupleObj>().map(|t| t.0.len()))
            .unwrap_or(0);
        let kw_given = args
            .kwargs()
            .filter(|(n, _)| {
                let n = vm.str_lossy(n);
                c.local_names[argcount..total_named]
                    .iter()
                    .any(|x| vm.str_lossy(x) == n)
            })
            .count();
        let takes = if defaults > 0 {
            format!(
                "from {} to {} positional arguments",
                argcount - defaults,
                argcount
            )
        } else {
            format!(
                "{} positional argument{}",
                argcount,
                if argcount == 1 { "" } else { "s" }
            )
        };
        let given = if kw_given > 0 {
            format!(
                "{} positional argument{} (and {} keyword-only argument{}) were given",
                pos.len(),
                if pos.len() == 1 { "" } else { "s" },
                kw_given,
                if kw_given == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{} {} given",
                pos.len(),
                if pos.len() == 1 { "was" } else { "were" }
            )
        };
        return Err(vm.type_error(format!(
            "{}() takes {} but {}",
            func_name(vm, func),
            takes,
            given
        )));
    }
    let mut posonly_as_kw = Vec::new();
    for (name, value) in args.kwargs() {
        let Some(n) = name.downcast::<StrObj>() else {
            return Err(vm.type_error(format!(
                "{}() keywords must be strings",
                func_name(vm, func)
            )));
        };
        let idx = (posonly..total_named).find(|&i| {
            let ln = &c.local_names[i];
            ln.is(name) || ln.downcast::<StrObj>().is_some_and(|s| s.s == n.s)
        });
        match idx {
            Some(i) => {
                if frame.slots[i].is_some() {
                    return Err(vm.type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        func_name(vm, func),
                        n.s
                    )));
                }
                frame.slots[i] = Some(value.clone());
            }
            None => match &kwdict {
                Some(d) => {
                    if crate::dict::dict_get_item(vm, d, name)?.is_some() {
                        return Err(vm.type_error(format!(
                            "{}() got multiple values for keyword argument '{}'",
                            func_name(vm, func),
                            n.s
                        )));
                    }
                    crate::dict::dict_set_item(vm, d, name.clone(), value.clone())?
                }
                None => {
                    if (0..posonly).any(|i| vm.str_lossy(&c.local_names[i]) == *n.s) {
                        posonly_as_kw.push(n.s.to_string());
                        continue;
                    }
                    let e = vm.type_error(format!(
                        "{}() got an unexpected keyword argument '{}'",
                        func_name(vm, func),
                        n.s
                    ));
                    return Err(e);
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(vm.type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            func_name(vm, func),
            posonly_as_kw.join(", ")
        )));
    }
    if npos < argcount {
        let defaults: Vec<Value> = func
            .defaults
            .borrow()
            .as_ref()
            .and_then(|d| d.downcast::<TupleObj>().map(|t| t.0.to_vec()))
            .unwrap_or_default();
        let first_default = argcount - defaults.len().min(argcount);
        let mut missing = Vec::new();
        for i in npos..argcount {
            if frame.slots[i].is_none() {
                if i >= first_default {
                    frame.slots[i] = Some(defaults[i - first_default].clone());
                } else {
                    missing.push(vm.str_lossy(&c.local_names[i]));
                }
            }
        }
        if !missing.is_empty() {
            return Err(vm.type_error(format!(
                "{}() missing {} required positional argument{}: {}",
                func_name(vm, func),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
    }
    if kwonly > 0 {
        let kwdefaults = func.kwdefaults.borrow().clone();
        let mut missing = Vec::new();
        for i in argcount..total_named {
            if frame.slots[i].is_none() {
                let d = match &kwdefaults {
                    Some(kd) => crate::dict::dict_get_item(vm, kd, &c.local_names[i])?,
                    None => None,
                };
                match d {
                    Some(v) => frame.slots[i] = Some(v),
                    None => missing.push(vm.str_lossy(&c.local_names[i])),
                }
            }
        }
        if !missing.is_empty() {
            return Err(vm.type_error(format!(
                "{}() missing {} required keyword-only argument{}: {}",
                func_name(vm, func),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
    }
    let _ = LocalKind::ARG;
    Ok(())
}

/// Builds the frame for calling Python function `f` with `args`.
pub fn function_frame(vm: &Vm, f: &Value, args: FnArgs) -> PyResult<Box<Frame>> {
    let func = f.downcast::<FunctionObj>().expect("function");
    let mut frame = Frame::new(
        func.code.clone(),
        func.globals.clone(),
        func.builtins.clone(),
        None,
        Some(f.clone()),
    );
    let c = frame.code_obj();
    let simple = args.kwnames.is_empty()
        && args.args.len() == c.code.arg_count as usize
        && !c
            .code
            .flags
            .intersects(CodeFlags::VARARGS | CodeFlags::VARKEYWORDS)
        && c.code.kwonly_arg_count == 0;
    if simple {
        for (i, v) in args.args.iter().enumerate() {
            frame.slots[i] = Some(v.clone());
        }
    } else {
        bind_arguments(vm, func, &mut frame, args)?;
    }
    Ok(frame)
}

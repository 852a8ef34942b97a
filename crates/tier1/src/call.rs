//! Calling objects from Rust: Python functions (a nested evaluation),
//! bound methods, native functions, types (`__new__` + `__init__`) and
//! objects with `__call__`.

use strata_compiler::CodeFlags;
use strata_object::types::type_layout;
use strata_object::{TypeFlags, Value};

use crate::eval::FrameExit;
use crate::frame::function_frame;
use crate::runtime::*;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// CPython's checks of a method descriptor's receiver and of a native
    /// `__new__`'s class argument (`dict.clear(1)`, `list.__new__(1)`);
    /// `args` are the positional arguments (a keyword is never the
    /// receiver).
    fn check_native_receiver(
        &self,
        n: &NativeFunctionObj,
        objclass: &Value,
        args: &[Value],
    ) -> PyResult<()> {
        let tname = type_layout(objclass).name();
        if !n.is_method && n.self_.is_none() && &*n.name == "__new__" {
            let Some(cls) = args.first() else {
                return Err(self.type_error(format!("{tname}.__new__(): not enough arguments")));
            };
            if !self.is_type(cls) {
                return Err(self.type_error(format!(
                    "{tname}.__new__(X): X is not a type object ({})",
                    self.type_name(cls)
                )));
            }
            if !self.is_subtype(cls, objclass) {
                let cname = type_layout(cls).name();
                return Err(self.type_error(format!(
                    "{tname}.__new__({cname}): {cname} is not a subtype of {tname}"
                )));
            }
            return Ok(());
        }
        // Slot wrappers (`int.__add__`) and method descriptors
        // (`dict.clear`) word their errors differently in CPython.
        let wrapper = n.name.starts_with("__") && n.name.ends_with("__");
        match args.first() {
            None if wrapper => Err(self.type_error(format!(
                "descriptor '{}' of '{tname}' object needs an argument",
                n.name
            ))),
            None => Err(self.type_error(format!(
                "unbound method {tname}.{}() needs an argument",
                n.name
            ))),
            Some(recv) if !self.isinstance(recv, objclass) => Err(self.type_error(if wrapper {
                format!(
                    "descriptor '{}' requires a '{tname}' object but received a '{}'",
                    n.name,
                    self.type_name(recv)
                )
            } else {
                format!(
                    "descriptor '{}' for '{tname}' objects doesn't apply to a '{}' object",
                    n.name,
                    self.type_name(recv)
                )
            })),
            Some(_) => Ok(()),
        }
    }

    /// `f(*args)`.
    pub fn call(&self, f: &Value, args: &[Value]) -> PyResult {
        self.call_args(f, FnArgs::positional(args))
    }

    /// `f(*args, **kwargs)` in vectorcall form.
    pub fn call_args(&self, f: &Value, args: FnArgs) -> PyResult {
        if f.payload_is::<FunctionObj>() {
            return self.call_function(f, args);
        }
        if let Some(n) = f.downcast::<NativeFunctionObj>() {
            let mut full;
            let a = match &n.self_ {
                Some(s) => {
                    full = Vec::with_capacity(args.args.len() + 1);
                    full.push(s.clone());
                    full.extend_from_slice(args.args);
                    FnArgs {
                        args: &full,
                        kwnames: args.kwnames,
                    }
                }
                None => args,
            };
            if let Some(oc) = &n.objclass {
                self.check_native_receiver(n, oc, a.pos())?;
            }
            return match n.func {
                NativeImpl::Plain(func) => func(self, a),
                NativeImpl::WithFrame(func) => func(self, a, None),
                NativeImpl::WithCallers(func) => func(self, a, None, &[]),
            };
        }
        if let Some(m) = f.downcast::<BoundMethodObj>() {
            let mut full = Vec::with_capacity(args.args.len() + 1);
            full.push(m.self_.clone());
            full.extend_from_slice(args.args);
            return self.call_args(
                &m.func,
                FnArgs {
                    args: &full,
                    kwnames: args.kwnames,
                },
            );
        }
        if self.is_type(f) {
            return crate::typeobj::type_call(self, f, args);
        }
        if let Some(c) = self.lookup_special(f, "__call__") {
            let mut full = Vec::with_capacity(args.args.len() + 1);
            full.push(f.clone());
            full.extend_from_slice(args.args);
            if c.payload_is::<FunctionObj>() || c.payload_is::<NativeFunctionObj>() {
                return self.call_args(
                    &c,
                    FnArgs {
                        args: &full,
                        kwnames: args.kwnames,
                    },
                );
            }
            let bound = self.bind_descriptor(&c, f)?;
            return self.call_args(&bound, args);
        }
        Err(self.type_error(format!("'{}' object is not callable", self.type_name(f))))
    }

    /// Calls a Python function in a nested evaluation.
    pub fn call_function(&self, f: &Value, args: FnArgs) -> PyResult {
        let frame = function_frame(self, f, args)?;
        let flags = frame.code_obj().code.flags;
        if flags
            .intersects(CodeFlags::GENERATOR | CodeFlags::COROUTINE | CodeFlags::ASYNC_GENERATOR)
        {
            return crate::generator::make_generator(self, frame, f);
        }
        match self.run_frame(frame).0? {
            FrameExit::Return(v) => Ok(v),
            FrameExit::Yield(_) => Err(self.system_error("yield outside a generator frame")),
        }
    }

    /// Whether `v` can be called.
    pub fn callable(&self, v: &Value) -> bool {
        v.payload_is::<FunctionObj>()
            || v.payload_is::<NativeFunctionObj>()
            || v.payload_is::<BoundMethodObj>()
            || self.is_type(v)
            || self.lookup_special(v, "__call__").is_some()
    }

    /// Whether instances of `t` are exceptions.
    pub fn is_exception_type(&self, t: &Value) -> bool {
        self.is_type(t) && type_layout(t).has(TypeFlags::BASE_EXC_SUBCLASS)
    }
}

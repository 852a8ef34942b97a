//! Attributes that builtin payloads expose as data descriptors
//! (`f.__name__`, `e.args`, `t.__mro__`, `x.__class__`, `x.__dict__`, ...).

use strata_object::payloads::*;
use strata_object::types::type_layout;
use strata_object::{TypeFlags, Value};

use crate::numeric::as_int;
use crate::runtime::*;
use crate::vm::{PyResult, Vm};

fn opt(vm: &Vm, v: &Option<Value>) -> Value {
    v.clone().unwrap_or_else(|| vm.none())
}

/// A type's own attribute, ignoring the getset descriptors that make
/// type attributes visible to `dir()` (`type.__dict__['__module__']`).
fn own(t: &strata_object::TypeObject, name: &str) -> Option<Value> {
    t.get_own(name)
        .filter(|v| !v.payload_is::<crate::attr::GetSetDescrObj>())
}

/// `getattr(f, "__isabstractmethod__", False)` as a truth value.
fn is_abstract(vm: &Vm, f: &Value) -> PyResult<bool> {
    match vm.getattr_opt(f, "__isabstractmethod__")? {
        Some(v) => vm.truthy(&v),
        None => Ok(false),
    }
}

/// Reads a builtin attribute; `Ok(None)` if `name` is not one for `obj`.
pub fn get(vm: &Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    if name == "__class__" {
        return Ok(Some(vm.type_of(obj)));
    }
    if let Some(v) = crate::objects::generic_alias::getattr(vm, obj, name)? {
        return Ok(Some(v));
    }
    if let Some(v) = crate::objects::memoryview::getattr(vm, obj, name)? {
        return Ok(Some(v));
    }
    if name == "__weakref__"
        && !vm.is_type(obj)
        && vm.with_type(obj, |t| type_layout(t).lookup("__weakref__").is_some())
    {
        return Ok(Some(vm.none()));
    }
    if name == "__dict__" {
        if vm.is_type(obj) {
            let ns = type_layout(obj).namespace.borrow().clone();
            let d = vm.new_dict();
            for (k, v) in ns {
                crate::dict::dict_set_str(vm, &d, &k, v);
            }
            return Ok(Some(crate::objects::mappingproxy::new_proxy(vm, d)));
        }
        if let Some(d) = vm.instance_dict(obj) {
            return Ok(Some(d));
        }
        return Ok(None);
    }
    if let Some(i) = as_int(obj) {
        return Ok(match name {
            "real" | "numerator" => Some(vm.new_bigint(i.to_big())),
            "imag" => Some(vm.new_int(0)),
            "denominator" => Some(vm.new_int(1)),
            _ => None,
        });
    }
    if let Some(f) = obj.downcast::<FloatObj>() {
        return Ok(match name {
            "real" => Some(vm.new_float(f.0)),
            "imag" => Some(vm.new_float(0.0)),
            _ => None,
        });
    }
    if let Some(c) = obj.downcast::<ComplexObj>() {
        return Ok(match name {
            "real" => Some(vm.new_float(c.re)),
            "imag" => Some(vm.new_float(c.im)),
            _ => None,
        });
    }
    if let Some(f) = obj.downcast::<FunctionObj>() {
        return Ok(match name {
            "__name__" => Some(f.name.borrow().clone()),
            "__qualname__" => Some(f.qualname.borrow().clone()),
            "__code__" => Some(f.code.clone()),
            "__globals__" => Some(f.globals.clone()),
            "__defaults__" => Some(opt(vm, &f.defaults.borrow())),
            "__kwdefaults__" => Some(opt(vm, &f.kwdefaults.borrow())),
            "__closure__" => Some(opt(vm, &f.closure)),
            "__doc__" => Some(f.doc.borrow().clone()),
            "__module__" => Some(f.module.borrow().clone()),
            "__builtins__" => Some(f.builtins.clone()),
            // Set by generic functions (PEP 695) in the function's dict.
            "__type_params__" => Some(
                vm.instance_dict(obj)
                    .and_then(|d| crate::dict::dict_get_str(vm, &d, "__type_params__"))
                    .unwrap_or_else(|| vm.empty_tuple.clone()),
            ),
            "__annotations__" => {
                let mut a = f.annotations.borrow_mut();
                if a.is_none() {
                    *a = Some(vm.new_dict());
                }
                Some(opt(vm, &a))
            }
            _ => None,
        });
    }
    if vm.is_type(obj) {
        let t = type_layout(obj);
        return Ok(match name {
            // A static type's name may carry its module (`array.array`,
            // CPython's tp_name); `__name__` is the part after the last dot.
            "__name__" if !t.has(TypeFlags::HEAPTYPE) => {
                let n = t.name();
                Some(vm.new_str(n.rsplit('.').next().unwrap_or(&n)))
            }
            "__name__" => Some(vm.new_str(&t.name())),
            "__qualname__" => Some(vm.new_str(&t.qualname.borrow())),
            "__mro__" => Some(vm.new_tuple(t.mro.borrow().clone())),
            "__bases__" => Some(vm.new_tuple(t.bases.borrow().clone())),
            "__base__" => Some(opt(vm, &t.base.borrow())),
            "__module__" => Some(own(t, "__module__").unwrap_or_else(|| vm.new_str("builtins"))),
            "__doc__" => Some(own(t, "__doc__").unwrap_or_else(|| vm.none())),
            // PEP 695: the class's own `__type_params__`, else ().
            "__type_params__" => Some(
                t.get_own("__type_params__")
                    .unwrap_or_else(|| vm.empty_tuple.clone()),
            ),
            "__basicsize__" => Some(vm.new_int(16 + t.payload.layout.size() as i64)),
            "__itemsize__" | "__dictoffset__" | "__weakrefoffset__" => Some(vm.new_int(0)),
            "__flags__" => Some(vm.new_int(t.flags.get().bits() as i64)),
            "__text_signature__" => Some(vm.none()),
            "__abstractmethods__" => match own(t, "__abstractmethods__") {
                Some(v) if !obj.is(&vm.types.type_) => Some(v),
                _ => return Err(vm.attribute_error("__abstractmethods__")),
            },
            "__annotations__" => match own(t, "__annotations__") {
                Some(v) => Some(v),
                None if t.has(TypeFlags::HEAPTYPE) => {
                    let d = vm.new_dict();
                    t.set_attr(std::rc::Rc::from("__annotations__"), d.clone());
                    Some(d)
                }
                None => {
                    return Err(vm.attribute_error(format!(
                        "type object '{}' has no attribute '__annotations__'",
                        t.name()
                    )))
                }
            },
            _ => None,
        });
    }
    if let Some(e) = obj.downcast::<ExceptionObj>() {
        return Ok(match name {
            "args" => Some(
                e.args
                    .borrow()
                    .clone()
                    .unwrap_or_else(|| vm.empty_tuple.clone()),
            ),
            "__traceback__" => Some(opt(vm, &e.traceback.borrow())),
            "__cause__" => Some(opt(vm, &e.cause.borrow())),
            "__context__" => Some(opt(vm, &e.context.borrow())),
            "__suppress_context__" => Some(vm.bool(e.suppress_context.get())),
            "message" | "exceptions" if vm.isinstance(obj, &vm.exc.base_exception_group) => {
                let parts = super::exception_group::group_parts(obj);
                Some(match (parts, name) {
                    (Some((msg, _)), "message") => msg,
                    (Some((_, excs)), _) => excs,
                    (None, _) => vm.none(),
                })
            }
            _ => None,
        });
    }
    if let Some(m) = obj.downcast::<BoundMethodObj>() {
        return Ok(match name {
            "__self__" => Some(m.self_.clone()),
            "__func__" => Some(m.func.clone()),
            "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                Some(vm.getattr_str(&m.func, name)?)
            }
            _ => None,
        });
    }
    if let Some(n) = obj.downcast::<NativeFunctionObj>() {
        return Ok(match name {
            "__name__" => Some(vm.new_str(&n.name)),
            "__qualname__" => Some(vm.new_str(&n.qualname)),
            "__self__" => Some(opt(vm, &n.self_)),
            "__doc__" => Some(n.doc.map(|d| vm.new_str(d)).unwrap_or_else(|| vm.none())),
            "__module__" => Some(vm.new_str("builtins")),
            _ => None,
        });
    }
    if let Some(w) = obj.downcast::<MethodWrapperObj>() {
        return Ok(match name {
            "__func__" | "__wrapped__" => Some(w.func.clone()),
            "__isabstractmethod__" => Some(vm.bool(is_abstract(vm, &w.func)?)),
            _ => None,
        });
    }
    if let Some(p) = obj.downcast::<PropertyObj>() {
        return Ok(match name {
            "fget" => Some(opt(vm, &p.fget)),
            "fset" => Some(opt(vm, &p.fset)),
            "fdel" => Some(opt(vm, &p.fdel)),
            "__isabstractmethod__" => {
                let mut any = false;
                for f in [&p.fget, &p.fset, &p.fdel].into_iter().flatten() {
                    any = any || is_abstract(vm, f)?;
                }
                Some(vm.bool(any))
            }
            "__doc__" => Some(opt(vm, &p.doc.borrow())),
            _ => None,
        });
    }
    if let Some(dv) = obj.downcast::<DictViewObj>() {
        return Ok(match name {
            "mapping" => Some(crate::objects::mappingproxy::new_proxy(vm, dv.dict.clone())),
            _ => None,
        });
    }
    if let Some(s) = obj.downcast::<SliceObj>() {
        return Ok(match name {
            "start" => Some(s.start.clone()),
            "stop" => Some(s.stop.clone()),
            "step" => Some(s.step.clone()),
            _ => None,
        });
    }
    if let Some(r) = obj.downcast::<RangeObj>() {
        return Ok(match name {
            "start" => Some(vm.new_bigint(r.start.clone())),
            "stop" => Some(vm.new_bigint(r.stop.clone())),
            "step" => Some(vm.new_bigint(r.step.clone())),
            _ => None,
        });
    }
    if let Some(g) = obj.downcast::<GeneratorObj>() {
        return Ok(match name {
            "__name__" => Some(g.name.borrow().clone()),
            "__qualname__" => Some(g.qualname.borrow().clone()),
            "gi_code" | "cr_code" | "ag_code" => Some(g.code.clone()),
            "gi_running" | "cr_running" | "ag_running" => Some(vm.bool(g.running.get())),
            "gi_frame" | "cr_frame" | "ag_frame" => Some(match g.frame.borrow().as_ref() {
                Some(f) => {
                    let line = if f.lasti == 0 && f.sp == f.nlocalsplus {
                        f.code_obj().code.first_line
                    } else {
                        f.line()
                    };
                    vm.alloc(
                        &vm.types.frame,
                        FrameObj {
                            code: f.code.clone(),
                            lineno: line,
                            globals: f.globals.clone(),
                            locals: None,
                            back: None,
                        },
                    )
                }
                None => vm.none(),
            }),
            "gi_yieldfrom" | "cr_await" => Some(vm.none()),
            _ => None,
        });
    }
    if let Some(c) = obj.downcast::<CodeObj>() {
        let code = &c.code;
        return Ok(match name {
            "co_name" => Some(vm.new_str(&code.name)),
            "co_qualname" => Some(vm.new_str(&code.qualname)),
            "co_filename" => Some(vm.new_str(&code.filename)),
            "co_firstlineno" => Some(vm.new_int(code.first_line as i64)),
            "co_argcount" => Some(vm.new_int(code.arg_count as i64)),
            "co_posonlyargcount" => Some(vm.new_int(code.posonly_arg_count as i64)),
            "co_kwonlyargcount" => Some(vm.new_int(code.kwonly_arg_count as i64)),
            "co_flags" => Some(vm.new_int(code.flags.bits() as i64)),
            "co_consts" => Some(vm.new_tuple(c.consts.clone())),
            "co_names" => Some(vm.new_tuple(c.names.clone())),
            "co_varnames" => Some(
                vm.new_tuple(
                    c.local_names
                        .iter()
                        .zip(code.localsplus_kinds.iter())
                        .filter(|(_, k)| {
                            k.contains(strata_compiler::LocalKind::LOCAL)
                                || k.contains(strata_compiler::LocalKind::ARG)
                        })
                        .filter(|(_, k)| !k.contains(strata_compiler::LocalKind::FREE))
                        .map(|(n, _)| n.clone())
                        .collect(),
                ),
            ),
            "co_stacksize" => Some(vm.new_int(code.max_stack as i64)),
            "co_freevars" | "co_cellvars" => {
                let want = if name == "co_freevars" {
                    strata_compiler::LocalKind::FREE
                } else {
                    strata_compiler::LocalKind::CELL
                };
                Some(
                    vm.new_tuple(
                        c.local_names
                            .iter()
                            .zip(code.localsplus_kinds.iter())
                            .filter(|(_, k)| k.contains(want))
                            .map(|(n, _)| n.clone())
                            .collect(),
                    ),
                )
            }
            _ => None,
        });
    }
    if let Some(m) = obj.downcast::<crate::attr::MemberDescrObj>() {
        return Ok(match name {
            "__name__" | "__qualname__" => Some(vm.new_str(&m.name)),
            "__objclass__" => Some(m.owner.clone()),
            _ => None,
        });
    }
    if let Some(c) = obj.downcast::<CellObj>() {
        if name == "cell_contents" {
            return match &*c.0.borrow() {
                Some(v) => Ok(Some(v.clone())),
                None => Err(vm.value_error("Cell is empty")),
            };
        }
        return Ok(None);
    }
    if let Some(t) = obj.downcast::<TracebackObj>() {
        return Ok(match name {
            "tb_next" => Some(opt(vm, &t.next.borrow())),
            "tb_lineno" => Some(vm.new_int(t.lineno as i64)),
            "tb_lasti" => Some(vm.new_int(t.lasti as i64 * 2)),
            "tb_frame" => Some(vm.alloc(
                &vm.types.frame,
                FrameObj {
                    code: t.code.clone(),
                    lineno: t.lineno,
                    globals: t.globals.clone(),
                    locals: None,
                    back: None,
                },
            )),
            _ => None,
        });
    }
    if let Some(f) = obj.downcast::<FrameObj>() {
        return Ok(match name {
            "f_code" => Some(f.code.clone()),
            "f_lineno" => Some(vm.new_int(f.lineno as i64)),
            "f_globals" => Some(f.globals.clone()),
            "f_locals" => Some(f.locals.clone().unwrap_or_else(|| vm.new_dict())),
            "f_back" => Some(f.back.clone().unwrap_or_else(|| vm.none())),
            "f_builtins" => Some(vm.builtins.clone()),
            _ => None,
        });
    }
    if let Some(s) = obj.downcast::<SuperObj>() {
        return Ok(match name {
            "__thisclass__" => Some(s.this_class.clone()),
            "__self__" => Some(opt(vm, &s.obj)),
            "__self_class__" => Some(opt(vm, &s.obj_type)),
            _ => None,
        });
    }
    let _ = TypeFlags::HEAPTYPE;
    Ok(None)
}

/// Writes (value Some) or deletes (None) a builtin attribute; returns
/// whether `name` was one for `obj`.
pub fn set(vm: &Vm, obj: &Value, name: &str, value: Option<Value>) -> PyResult<bool> {
    if name == "__class__" {
        let Some(v) = value else {
            return Err(vm.type_error("can't delete __class__ attribute"));
        };
        if !vm.is_type(&v) {
            return Err(vm.type_error(format!(
                "__class__ must be set to a class, not '{}' object",
                vm.type_name(&v)
            )));
        }
        let cur = vm.type_of(obj);
        let (a, b) = (type_layout(&cur), type_layout(&v));
        if !a.has(TypeFlags::HEAPTYPE)
            || !b.has(TypeFlags::HEAPTYPE)
            || a.payload.type_id != b.payload.type_id
            || a.n_ext != b.n_ext
        {
            return Err(vm.type_error(format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                b.name(),
                a.name()
            )));
        }
        // The object owns a reference to its (heap) type: move it over.
        let new_ptr = v.header_ptr();
        std::mem::forget(v);
        obj.header().set_type_ptr(new_ptr);
        drop(cur.clone());
        // SAFETY: the object held one reference to its old type, which we
        // release now that it points at the new one.
        drop(unsafe { Value::from_raw(cur.header_ptr()) });
        return Ok(true);
    }
    if let Some(e) = obj.downcast::<ExceptionObj>() {
        match name {
            "args" => {
                let v = value.unwrap_or_else(|| vm.empty_tuple.clone());
                let t = vm.new_tuple(vm.to_vec(&v)?);
                *e.args.borrow_mut() = Some(t);
                return Ok(true);
            }
            "__traceback__" => {
                *e.traceback.borrow_mut() = value.filter(|v| !v.is(&vm.none));
                return Ok(true);
            }
            "__cause__" => {
                let v = value.filter(|v| !v.is(&vm.none));
                if let Some(c) = &v {
                    if !c.payload_is::<ExceptionObj>() {
                        return Err(vm.type_error(
                            "exception cause must be None or derive from BaseException",
                        ));
                    }
                }
                *e.cause.borrow_mut() = v;
                e.suppress_context.set(true);
                return Ok(true);
            }
            "__context__" => {
                *e.context.borrow_mut() = value.filter(|v| !v.is(&vm.none));
                return Ok(true);
            }
            "__suppress_context__" => {
                let b = match value {
                    Some(v) => vm.truthy(&v)?,
                    None => false,
                };
                e.suppress_context.set(b);
                return Ok(true);
            }
            "message" | "exceptions" if vm.isinstance(obj, &vm.exc.base_exception_group) => {
                return Err(vm.attribute_error("readonly attribute"));
            }
            _ => return Ok(false),
        }
    }
    if let Some(f) = obj.downcast::<FunctionObj>() {
        let v = value.unwrap_or_else(|| vm.none());
        match name {
            "__name__" => *f.name.borrow_mut() = v,
            "__qualname__" => *f.qualname.borrow_mut() = v,
            "__doc__" => *f.doc.borrow_mut() = v,
            "__module__" => *f.module.borrow_mut() = v,
            "__defaults__" => *f.defaults.borrow_mut() = Some(v).filter(|v| !v.is(&vm.none)),
            "__kwdefaults__" => *f.kwdefaults.borrow_mut() = Some(v).filter(|v| !v.is(&vm.none)),
            "__annotations__" => *f.annotations.borrow_mut() = Some(v),
            _ => return Ok(false),
        }
        f.version.set(f.version.get().wrapping_add(1));
        return Ok(true);
    }
    if vm.is_type(obj) {
        let t = type_layout(obj);
        match name {
            "__name__" => {
                let v = value.ok_or_else(|| vm.type_error("cannot delete '__name__' attribute"))?;
                *t.name.borrow_mut() = std::rc::Rc::from(vm.str_string(&v)?.as_str());
            }
            "__qualname__" => {
                let v =
                    value.ok_or_else(|| vm.type_error("cannot delete '__qualname__' attribute"))?;
                *t.qualname.borrow_mut() = std::rc::Rc::from(vm.str_string(&v)?.as_str());
            }
            "__abstractmethods__" => {
                match value {
                    Some(v) => {
                        let abstract_ = vm.truthy(&v)?;
                        t.set_attr(std::rc::Rc::from("__abstractmethods__"), v);
                        let f = t.flags.get();
                        t.flags.set(if abstract_ {
                            f | TypeFlags::IS_ABSTRACT
                        } else {
                            f - TypeFlags::IS_ABSTRACT
                        });
                    }
                    None => {
                        if !t.del_attr("__abstractmethods__") {
                            return Err(vm.attribute_error("__abstractmethods__"));
                        }
                        t.flags.set(t.flags.get() - TypeFlags::IS_ABSTRACT);
                    }
                }
                return Ok(true);
            }
            _ => return Ok(false),
        }
        t.modified();
        return Ok(true);
    }
    Ok(false)
}

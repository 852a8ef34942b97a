//! The builtins CPython's `site` module adds (`exit`, `quit`, `help`,
//! `copyright`, `credits`, `license`, from its `_sitebuiltins` module),
//! `breakpoint()` and `__debug__`.
//!
//! `exit`/`quit` are `Quitter` objects: their repr tells the user how to
//! leave the interactive prompt and calling them raises `SystemExit(code)`.
//! `help(obj)` prints a short description with the object's docstring
//! (Strata has no `pydoc`); `breakpoint()` follows `PYTHONBREAKPOINT`
//! (`0` disables it, a dotted name is imported and called) and otherwise
//! reports that no debugger is available and continues.

use std::rc::Rc;

use strata_object::payloads::*;
use strata_object::types::type_layout;
use strata_object::{PayloadInfo, TypeFlags, Value};

use crate::runtime::*;
use crate::typeslots::{add_method, check_args};
use crate::vm::{PyResult, Vm};

/// Payload of `exit` and `quit`.
struct QuitterObj {
    name: &'static str,
}

/// Payload of `copyright`, `credits` and `license`.
struct PrinterObj {
    name: &'static str,
    text: &'static str,
}

/// Payload of `help`.
struct HelperObj;

const COPYRIGHT: &str = "Strata is a Python virtual machine.\n\
Python is a trademark of the Python Software Foundation; the language\n\
and its standard library are copyright the Python Software Foundation\n\
and their contributors.";

const CREDITS: &str = "    Thanks to the developers of CPython, whose interpreter defines the\n\
    behaviour Strata reproduces.  See www.python.org for more information.";

const LICENSE: &str = "Strata is distributed under the terms of its repository's license.\n\
The Python language and documentation are made available by the Python\n\
Software Foundation under the PSF License Agreement; see\n\
https://docs.python.org/3/license.html for the full text.";

fn quitter_repr(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__repr__", &a, 1, 1)?;
    let q = a.args[0]
        .downcast::<QuitterObj>()
        .ok_or_else(|| vm.type_error("Quitter.__repr__ needs a Quitter"))?;
    Ok(vm.new_string(format!("Use {}() or Ctrl-D (i.e. EOF) to exit", q.name)))
}

fn quitter_call(vm: &Vm, a: FnArgs) -> PyResult {
    let v = crate::str_methods::kw_args(vm, &a, "__call__", &["code"], 1, 0)?;
    let code = v.into_iter().next().flatten().unwrap_or_else(|| vm.none());
    Err(vm.new_exception(&vm.exc.system_exit, vec![code]))
}

fn printer_text(vm: &Vm, v: &Value) -> PyResult<(&'static str, &'static str)> {
    let p = v
        .downcast::<PrinterObj>()
        .ok_or_else(|| vm.type_error("_Printer method needs a _Printer"))?;
    Ok((p.name, p.text))
}

fn printer_repr(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__repr__", &a, 1, 1)?;
    let (name, text) = printer_text(vm, &a.args[0])?;
    if name == "license" {
        return Ok(vm.new_string(format!("Type {name}() to see the full {name} text")));
    }
    Ok(vm.new_str(text))
}

fn printer_call(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__call__", &a, 1, 1)?;
    let (_, text) = printer_text(vm, &a.args[0])?;
    crate::sysmod::write_stdout(vm, &format!("{text}\n"))?;
    Ok(vm.none())
}

fn helper_repr(vm: &Vm, _a: FnArgs) -> PyResult {
    Ok(vm.new_str("Type help() for interactive help, or help(object) for help about object."))
}

/// What `help()` calls an object: "built-in function len", "class int", ...
fn describe(vm: &Vm, obj: &Value) -> PyResult<String> {
    let name = match vm.getattr_opt(obj, "__qualname__")? {
        Some(n) => vm.str_string(&n)?,
        None => match vm.getattr_opt(obj, "__name__")? {
            Some(n) => vm.str_string(&n)?,
            None => String::new(),
        },
    };
    let module = match vm.getattr_opt(obj, "__module__")? {
        Some(m) if m.payload_is::<StrObj>() => Some(vm.str_string(&m)?),
        _ => None,
    };
    let kind = if vm.is_type(obj) {
        "class"
    } else if obj.payload_is::<NativeFunctionObj>() {
        "built-in function"
    } else if obj.payload_is::<FunctionObj>() {
        "function"
    } else if obj.payload_is::<BoundMethodObj>() {
        "method"
    } else if obj.payload_is::<ModuleObj>() {
        "module"
    } else {
        let t = vm.type_of(obj);
        return Ok(format!("{} object", type_layout(&t).name()));
    };
    Ok(match module {
        Some(m) if kind != "module" => format!("{kind} {name} in module {m}"),
        _ => format!("{kind} {name}"),
    })
}

fn helper_call(vm: &Vm, a: FnArgs) -> PyResult {
    let v = crate::str_methods::kw_args(vm, &a, "__call__", &["request"], 1, 0)?;
    let Some(obj) = v.into_iter().next().flatten() else {
        crate::sysmod::write_stdout(
            vm,
            "Interactive help is not available in Strata; use help(object).\n",
        )?;
        return Ok(vm.none());
    };
    let mut out = format!("Help on {}:\n\n", describe(vm, &obj)?);
    let name = match vm.getattr_opt(&obj, "__name__")? {
        Some(n) if n.payload_is::<StrObj>() => vm.str_string(&n)?,
        _ => vm.repr_string(&obj)?,
    };
    let doc = match vm.getattr_opt(&obj, "__doc__")? {
        Some(d) if d.payload_is::<StrObj>() => vm.str_string(&d)?,
        _ => String::new(),
    };
    if vm.is_type(&obj) {
        out.push_str(&format!("class {name}\n"));
    } else {
        out.push_str(&format!("{name}(...)\n"));
    }
    for line in doc.lines() {
        out.push_str(&format!("    {line}\n"));
    }
    out.push('\n');
    crate::sysmod::write_stdout(vm, &out)?;
    Ok(vm.none())
}

fn b_breakpoint(vm: &Vm, a: FnArgs) -> PyResult {
    let hook = std::env::var("PYTHONBREAKPOINT").unwrap_or_default();
    if hook == "0" {
        return Ok(vm.none());
    }
    if !hook.is_empty() {
        let (module, attr) = match hook.rsplit_once('.') {
            Some((m, f)) => (m.to_string(), f.to_string()),
            None => ("builtins".to_string(), hook.clone()),
        };
        let m = crate::import::import_module(vm, &module)?;
        let f = vm.getattr_str(&m, &attr)?;
        return vm.call_args(&f, a);
    }
    let err =
        crate::sysmod::sys_attr(vm, "stderr").ok_or_else(|| vm.runtime_error("lost sys.stderr"))?;
    let w = vm.getattr_str(&err, "write")?;
    vm.call(
        &w,
        &[vm.new_str("breakpoint(): no debugger is available in Strata; continuing\n")],
    )?;
    Ok(vm.none())
}

fn new_type(vm: &Vm, name: &str, payload: PayloadInfo) -> Value {
    let t = vm.new_native_type(name, "_sitebuiltins", None, payload, TypeFlags::empty());
    let tl = type_layout(&t);
    tl.namespace
        .borrow_mut()
        .insert(Rc::from("__doc__"), vm.none());
    t
}

/// Adds the site builtins to the builtins module.
pub fn init(vm: &Vm) {
    let quitter = new_type(vm, "Quitter", PayloadInfo::of::<QuitterObj>());
    add_method(vm, &quitter, "__repr__", quitter_repr);
    add_method(vm, &quitter, "__call__", quitter_call);
    let printer = new_type(vm, "_Printer", PayloadInfo::of::<PrinterObj>());
    add_method(vm, &printer, "__repr__", printer_repr);
    add_method(vm, &printer, "__call__", printer_call);
    let helper = new_type(vm, "_Helper", PayloadInfo::of::<HelperObj>());
    add_method(vm, &helper, "__repr__", helper_repr);
    add_method(vm, &helper, "__call__", helper_call);
    let b = &vm.builtins;
    for name in ["exit", "quit"] {
        crate::dict::dict_set_str(vm, b, name, vm.alloc(&quitter, QuitterObj { name }));
    }
    for (name, text) in [
        ("copyright", COPYRIGHT),
        ("credits", CREDITS),
        ("license", LICENSE),
    ] {
        crate::dict::dict_set_str(vm, b, name, vm.alloc(&printer, PrinterObj { name, text }));
    }
    crate::dict::dict_set_str(vm, b, "help", vm.alloc(&helper, HelperObj));
    crate::dict::dict_set_str(vm, b, "__debug__", vm.true_.clone());
    let f = vm.alloc(
        &vm.types.native_function,
        NativeFunctionObj {
            name: Rc::from("breakpoint"),
            qualname: Rc::from("breakpoint"),
            func: NativeImpl::Plain(b_breakpoint),
            self_: None,
            is_method: false,
            is_classmethod: false,
            doc: None,
            objclass: None,
        },
    );
    crate::dict::dict_set_str(vm, b, "breakpoint", f);
}

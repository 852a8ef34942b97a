//! Exception objects: constructor side effects of the builtin exception
//! types (`StopIteration.value`, `SystemExit.code`, `SyntaxError` fields,
//! ...), `str()`/`repr()`, and helpers used by error display.

use strata_object::payloads::{ExceptionObj, TupleObj};
use strata_object::Value;

use crate::vm::{PyResult, Vm};

/// The `args` tuple of an exception.
pub fn exc_args(vm: &Vm, exc: &Value) -> Vec<Value> {
    exc.downcast::<ExceptionObj>()
        .and_then(|e| e.args.borrow().clone())
        .and_then(|a| a.downcast::<TupleObj>().map(|t| t.0.to_vec()))
        .unwrap_or_else(|| {
            let _ = vm;
            Vec::new()
        })
}

fn set(vm: &Vm, exc: &Value, name: &str, v: Value) {
    if let Some(d) = vm.instance_dict(exc) {
        crate::dict::dict_set_str(vm, &d, name, v);
    }
}

/// Sets the attributes that builtin exception constructors derive from
/// their arguments.
pub fn init_special_attrs(vm: &Vm, exc: &Value) {
    let args = exc_args(vm, exc);
    let first = || args.first().cloned().unwrap_or_else(|| vm.none());
    let e = &vm.exc;
    if vm.isinstance(exc, &e.stop_iteration) {
        set(vm, exc, "value", first());
    } else if vm.isinstance(exc, &e.system_exit) {
        let code = match args.len() {
            0 => vm.none(),
            1 => args[0].clone(),
            _ => vm.new_tuple(args.clone()),
        };
        set(vm, exc, "code", code);
    } else if vm.isinstance(exc, &e.import_error) {
        set(vm, exc, "name", vm.none());
        set(vm, exc, "path", vm.none());
        set(vm, exc, "msg", first());
    } else if vm.isinstance(exc, &e.name_error) {
        set(vm, exc, "name", vm.none());
    } else if vm.isinstance(exc, &e.attribute_error) {
        set(vm, exc, "name", vm.none());
        set(vm, exc, "obj", vm.none());
    } else if vm.isinstance(exc, &e.os_error) {
        // As CPython: 2 to 5 arguments are (errno, strerror[, filename[,
        // winerror[, filename2]]]) and `args` keeps only the first two.
        let none = || vm.none();
        let parsed = (2..=5).contains(&args.len());
        let arg = |i: usize| {
            if parsed {
                args.get(i).cloned().unwrap_or_else(none)
            } else {
                none()
            }
        };
        set(vm, exc, "errno", arg(0));
        set(vm, exc, "strerror", arg(1));
        set(vm, exc, "filename", arg(2));
        set(vm, exc, "filename2", arg(4));
        if parsed && args.len() > 2 {
            if let Some(x) = exc.downcast::<ExceptionObj>() {
                *x.args.borrow_mut() = Some(vm.new_tuple(args[..2].to_vec()));
            }
        }
    } else if vm.isinstance(exc, &e.unicode_error) && args.len() >= 5 {
        for (i, n) in ["encoding", "object", "start", "end", "reason"]
            .iter()
            .enumerate()
        {
            set(vm, exc, n, args[i].clone());
        }
    } else if vm.isinstance(exc, &e.syntax_error) {
        set(vm, exc, "msg", first());
        let names = [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ];
        let details = args
            .get(1)
            .and_then(|d| d.downcast::<TupleObj>().map(|t| t.0.to_vec()))
            .unwrap_or_default();
        for (i, n) in names.iter().enumerate() {
            set(
                vm,
                exc,
                n,
                details.get(i).cloned().unwrap_or_else(|| vm.none()),
            );
        }
        set(vm, exc, "print_file_and_line", vm.none());
    }
}

/// `str()` of an OSError whose errno and strerror are set: `[Errno N]
/// strerror`, then `: 'filename'` and ` -> 'filename2'` when those are set
/// (the attributes, so later assignments show).
fn os_error_str(vm: &Vm, exc: &Value) -> PyResult<Option<String>> {
    let Some(d) = vm.instance_dict(exc) else {
        return Ok(None);
    };
    let get = |n: &str| crate::dict::dict_get_str(vm, &d, n).filter(|v| !v.is(&vm.none));
    let (Some(errno), Some(strerror)) = (get("errno"), get("strerror")) else {
        return Ok(None);
    };
    let mut s = format!(
        "[Errno {}] {}",
        vm.str_string(&errno)?,
        vm.str_string(&strerror)?
    );
    if let Some(f) = get("filename") {
        s.push_str(&format!(": {}", vm.repr_string(&f)?));
        if let Some(f2) = get("filename2") {
            s.push_str(&format!(" -> {}", vm.repr_string(&f2)?));
        }
    }
    Ok(Some(s))
}

/// Records `name` and `obj` on an AttributeError (for suggestions).
pub fn set_attr_name_obj(vm: &Vm, exc: &Value, name: &Value, obj: &Value) {
    set(vm, exc, "name", name.clone());
    set(vm, exc, "obj", obj.clone());
}

/// Records `name` on a NameError (for suggestions).
pub fn set_name(vm: &Vm, exc: &Value, name: &Value) {
    set(vm, exc, "name", name.clone());
}

/// `str(exc)`.
pub fn exception_str(vm: &Vm, exc: &Value) -> PyResult<String> {
    if let Some(s) = super::exception_group::group_str(vm, exc)? {
        return Ok(s);
    }
    let args = exc_args(vm, exc);
    if vm.isinstance(exc, &vm.exc.key_error) && args.len() == 1 {
        return vm.repr_string(&args[0]);
    }
    if (vm.isinstance(exc, &vm.exc.unicode_decode_error)
        || vm.isinstance(exc, &vm.exc.unicode_encode_error))
        && args.len() == 5
    {
        return unicode_error_str(vm, exc, &args);
    }
    if vm.isinstance(exc, &vm.exc.os_error) {
        if let Some(s) = os_error_str(vm, exc)? {
            return Ok(s);
        }
    }
    if vm.isinstance(exc, &vm.exc.syntax_error) {
        if let (Some(d), Some(msg)) = (vm.instance_dict(exc), args.first()) {
            let m = vm.str_string(msg)?;
            let file = crate::dict::dict_get_str(vm, &d, "filename").filter(|f| !f.is(&vm.none));
            let line = crate::dict::dict_get_str(vm, &d, "lineno").filter(|f| !f.is(&vm.none));
            return Ok(match (file, line) {
                (Some(f), Some(l)) => {
                    let f = vm.str_string(&f)?;
                    let base = std::path::Path::new(&f)
                        .file_name()
                        .map(|s| s.to_string_lossy().to_string())
                        .unwrap_or(f);
                    format!("{} ({}, line {})", m, base, vm.str_string(&l)?)
                }
                (None, Some(l)) => format!("{} (line {})", m, vm.str_string(&l)?),
                _ => m,
            });
        }
    }
    match args.len() {
        0 => Ok(String::new()),
        1 => vm.str_string(&args[0]),
        _ => vm.repr_string(&vm.new_tuple(args)),
    }
}

/// `repr(exc)`.
pub fn exception_repr(vm: &Vm, exc: &Value) -> PyResult<String> {
    let args = exc_args(vm, exc);
    let name = vm.type_name(exc);
    let mut parts = Vec::new();
    for a in &args {
        parts.push(vm.repr_string(a)?);
    }
    Ok(format!("{}({})", name, parts.join(", ")))
}

/// `str()` of UnicodeDecodeError/UnicodeEncodeError, as CPython words it.
fn unicode_error_str(vm: &Vm, exc: &Value, args: &[Value]) -> PyResult<String> {
    let encoding = vm.str_string(&args[0])?;
    let start = vm.index_i64(&args[2])?;
    let end = vm.index_i64(&args[3])?;
    let reason = vm.str_string(&args[4])?;
    if vm.isinstance(exc, &vm.exc.unicode_decode_error) {
        let bytes = crate::ops::bytes_view(&args[1]).unwrap_or_default();
        if end - start == 1 {
            if let Some(b) = usize::try_from(start).ok().and_then(|s| bytes.get(s)) {
                return Ok(format!(
                    "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                    encoding, b, start, reason
                ));
            }
        }
        return Ok(format!(
            "'{}' codec can't decode bytes in position {}-{}: {}",
            encoding,
            start,
            end - 1,
            reason
        ));
    }
    let text = vm.str_string(&args[1])?;
    if end - start == 1 {
        if let Some(c) = usize::try_from(start)
            .ok()
            .and_then(|s| text.chars().nth(s))
        {
            let code = c as u32;
            let shown = if code < 0x100 {
                format!("\\x{:02x}", code)
            } else if code < 0x10000 {
                format!("\\u{:04x}", code)
            } else {
                format!("\\U{:08x}", code)
            };
            return Ok(format!(
                "'{}' codec can't encode character '{}' in position {}: {}",
                encoding, shown, start, reason
            ));
        }
    }
    Ok(format!(
        "'{}' codec can't encode characters in position {}-{}: {}",
        encoding,
        start,
        end - 1,
        reason
    ))
}

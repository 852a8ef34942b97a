//! The abstract bases `IOBase`, `RawIOBase`, `BufferedIOBase` and
//! `TextIOBase`: the generic methods every stream inherits, written in
//! terms of the stream's own methods looked up dynamically (so Python
//! subclasses that define `read`/`readline`/`write` get iteration,
//! `readlines`, `writelines` and the context-manager protocol).

use strata_object::payloads::{ByteArrayObj, BytesObj, StrObj};
use strata_object::Value;
use strata_tier1::runtime::{FnArgs, NativeFn};
use strata_tier1::typeslots::add_method;
use strata_tier1::{PyResult, Vm};

use super::errors::{closed_file, unsupported};
use crate::fnargs::{call_method, positional, size_arg};

const CLOSED_ATTR: &str = "__IOBase_closed";

fn me<'a>(vm: &Vm, a: &FnArgs<'a>) -> PyResult<&'a Value> {
    a.args
        .first()
        .ok_or_else(|| vm.type_error("descriptor needs an argument"))
}

/// Raises `ValueError` if `obj.closed` is true.
pub fn check_closed(vm: &Vm, obj: &Value) -> PyResult<()> {
    let c = vm.getattr_str(obj, "closed")?;
    if vm.truthy(&c)? {
        return Err(closed_file(vm));
    }
    Ok(())
}

fn enter(vm: &Vm, a: FnArgs) -> PyResult {
    let s = me(vm, &a)?;
    check_closed(vm, s)?;
    Ok(s.clone())
}

fn exit(vm: &Vm, a: FnArgs) -> PyResult {
    call_method(vm, me(vm, &a)?, "close", &[])
}

fn iter(vm: &Vm, a: FnArgs) -> PyResult {
    enter(vm, a)
}

fn is_empty(v: &Value) -> bool {
    if let Some(s) = v.downcast::<StrObj>() {
        return s.s.is_empty();
    }
    if let Some(b) = v.downcast::<BytesObj>() {
        return b.b.is_empty();
    }
    v.downcast::<ByteArrayObj>()
        .is_some_and(|b| b.0.borrow().is_empty())
}

fn next(vm: &Vm, a: FnArgs) -> PyResult {
    let l = call_method(vm, me(vm, &a)?, "readline", &[])?;
    if is_empty(&l) {
        return Err(vm.stop_iteration(None));
    }
    Ok(l)
}

fn readlines(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "readlines", 0, 1)?;
    let hint = size_arg(vm, p.first())?;
    let s = me(vm, &a)?;
    let mut lines = Vec::new();
    let mut total = 0usize;
    loop {
        let l = call_method(vm, s, "readline", &[])?;
        if is_empty(&l) {
            break;
        }
        total += vm.len(&l)?;
        lines.push(l);
        if hint > 0 && total > hint as usize {
            break;
        }
    }
    Ok(vm.new_list(lines))
}

fn writelines(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "writelines", 1, 1)?;
    let s = me(vm, &a)?;
    check_closed(vm, s)?;
    for line in vm.to_vec(&p[0])? {
        call_method(vm, s, "write", &[line])?;
    }
    Ok(vm.none())
}

fn closed(vm: &Vm, a: FnArgs) -> PyResult {
    let s = me(vm, &a)?;
    let c = vm
        .instance_dict(s)
        .and_then(|d| strata_tier1::dict::dict_get_str(vm, &d, CLOSED_ATTR));
    Ok(c.unwrap_or_else(|| vm.false_.clone()))
}

fn close(vm: &Vm, a: FnArgs) -> PyResult {
    let s = me(vm, &a)?;
    let c = vm.getattr_str(s, "closed")?;
    if vm.truthy(&c)? {
        return Ok(vm.none());
    }
    let r = call_method(vm, s, "flush", &[]);
    if let Some(d) = vm.instance_dict(s) {
        strata_tier1::dict::dict_set_str(vm, &d, CLOSED_ATTR, vm.true_.clone());
    }
    r.map(|_| vm.none())
}

fn flush(vm: &Vm, a: FnArgs) -> PyResult {
    check_closed(vm, me(vm, &a)?)?;
    Ok(vm.none())
}

fn no(vm: &Vm, _a: FnArgs) -> PyResult {
    Ok(vm.false_.clone())
}

fn isatty(vm: &Vm, a: FnArgs) -> PyResult {
    check_closed(vm, me(vm, &a)?)?;
    Ok(vm.false_.clone())
}

fn seek(vm: &Vm, _a: FnArgs) -> PyResult {
    Err(unsupported(vm, "seek"))
}

fn truncate(vm: &Vm, _a: FnArgs) -> PyResult {
    Err(unsupported(vm, "truncate"))
}

fn fileno(vm: &Vm, _a: FnArgs) -> PyResult {
    Err(unsupported(vm, "fileno"))
}

fn tell(vm: &Vm, a: FnArgs) -> PyResult {
    call_method(vm, me(vm, &a)?, "seek", &[vm.new_int(0), vm.new_int(1)])
}

/// `IOBase.readline`: reads one byte at a time with `self.read(1)`.
fn readline(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "readline", 0, 1)?;
    let limit = size_arg(vm, p.first())?;
    let s = me(vm, &a)?;
    let mut out = Vec::new();
    while limit < 0 || (out.len() as i64) < limit {
        let b = call_method(vm, s, "read", &[vm.new_int(1)])?;
        let Some(bytes) = strata_tier1::ops::bytes_view(&b) else {
            return Err(vm.os_error(format!(
                "read() should have returned a bytes object, not '{}'",
                vm.type_name(&b)
            )));
        };
        if bytes.is_empty() {
            break;
        }
        out.extend_from_slice(&bytes);
        if out.ends_with(b"\n") {
            break;
        }
    }
    Ok(vm.new_bytes(out))
}

/// `RawIOBase.read(size)`: `readall()` for a negative size, else
/// `readinto` a fresh bytearray.
fn raw_read(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "read", 0, 1)?;
    let n = size_arg(vm, p.first())?;
    let s = me(vm, &a)?;
    if n < 0 {
        return call_method(vm, s, "readall", &[]);
    }
    let mut data = Vec::new();
    vm.try_reserve(&mut data, n as usize)?;
    data.resize(n as usize, 0);
    let buf = vm.alloc(
        &vm.types.bytearray,
        ByteArrayObj(std::cell::RefCell::new(data)),
    );
    let got = call_method(vm, s, "readinto", std::slice::from_ref(&buf))?;
    if got.is(&vm.none) {
        return Ok(vm.none());
    }
    let k = vm.index_i64(&got)?.clamp(0, n) as usize;
    let data = buf
        .downcast::<ByteArrayObj>()
        .map(|b| b.0.borrow()[..k].to_vec())
        .unwrap_or_default();
    Ok(vm.new_bytes(data))
}

/// `RawIOBase.readall()`: `read(8192)` until end of file.
fn raw_readall(vm: &Vm, a: FnArgs) -> PyResult {
    let s = me(vm, &a)?;
    let mut out = Vec::new();
    loop {
        let b = call_method(vm, s, "read", &[vm.new_int(super::CHUNK as i64)])?;
        if b.is(&vm.none) {
            break;
        }
        let bytes = strata_tier1::ops::bytes_view(&b).unwrap_or_default();
        if bytes.is_empty() {
            break;
        }
        out.extend_from_slice(&bytes);
    }
    Ok(vm.new_bytes(out))
}

fn unsupported_named(vm: &Vm, a: &FnArgs, name: &str) -> PyResult {
    let _ = a;
    Err(unsupported(vm, name))
}

fn read_unsupported(vm: &Vm, a: FnArgs) -> PyResult {
    unsupported_named(vm, &a, "read")
}

fn write_unsupported(vm: &Vm, a: FnArgs) -> PyResult {
    unsupported_named(vm, &a, "write")
}

fn readline_unsupported(vm: &Vm, a: FnArgs) -> PyResult {
    unsupported_named(vm, &a, "readline")
}

fn detach_unsupported(vm: &Vm, a: FnArgs) -> PyResult {
    unsupported_named(vm, &a, "detach")
}

fn none_attr(vm: &Vm, _a: FnArgs) -> PyResult {
    Ok(vm.none())
}

/// Adds the generic methods to the four abstract bases.
pub fn setup(vm: &Vm, iobase: &Value, raw: &Value, buffered: &Value, text: &Value) {
    for (name, f) in [
        ("__enter__", enter as NativeFn),
        ("__exit__", exit),
        ("__iter__", iter),
        ("__next__", next),
        ("readline", readline),
        ("readlines", readlines),
        ("writelines", writelines),
        ("close", close),
        ("flush", flush),
        ("readable", no),
        ("writable", no),
        ("seekable", no),
        ("isatty", isatty),
        ("seek", seek),
        ("tell", tell),
        ("truncate", truncate),
        ("fileno", fileno),
    ] {
        add_method(vm, iobase, name, f);
    }
    super::add_getter(vm, iobase, "closed", closed);
    add_method(vm, raw, "read", raw_read);
    add_method(vm, raw, "readall", raw_readall);
    for (name, f) in [
        ("read", read_unsupported as NativeFn),
        ("read1", read_unsupported),
        ("readinto", read_unsupported),
        ("write", write_unsupported),
        ("detach", detach_unsupported),
    ] {
        add_method(vm, buffered, name, f);
    }
    for (name, f) in [
        ("read", read_unsupported as NativeFn),
        ("readline", readline_unsupported),
        ("write", write_unsupported),
        ("detach", detach_unsupported),
    ] {
        add_method(vm, text, name, f);
    }
    for name in ["encoding", "newlines", "errors"] {
        super::add_getter(vm, text, name, none_attr);
    }
}

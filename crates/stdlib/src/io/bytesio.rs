//! `io.BytesIO`: an in-memory binary stream (a byte vector and a position;
//! writing past the end pads with zero bytes).

use std::cell::{RefCell, RefMut};

use strata_object::payloads::{ByteArrayObj, BytesObj};
use strata_object::{TypeFlags, Value};
use strata_tier1::runtime::{FnArgs, NativeFn};
use strata_tier1::typeobj::alloc_instance;
use strata_tier1::typeslots::{add_method, add_static};
use strata_tier1::{PyResult, Vm};

use super::errors::closed_file;
use crate::fnargs::{bind, call_method, int_arg, positional, size_arg};

/// Payload of a BytesIO.
#[derive(Default)]
pub struct BytesIOObj(RefCell<State>);

#[derive(Default)]
struct State {
    buf: Vec<u8>,
    pos: usize,
    closed: bool,
}

impl State {
    fn read(&mut self, n: i64) -> Vec<u8> {
        let start = self.pos.min(self.buf.len());
        let end = if n < 0 {
            self.buf.len()
        } else {
            start.saturating_add(n as usize).min(self.buf.len())
        };
        self.pos = end.max(self.pos);
        self.buf[start..end].to_vec()
    }

    fn readline(&mut self, n: i64) -> Vec<u8> {
        let start = self.pos.min(self.buf.len());
        let rest = &self.buf[start..];
        let mut end = match rest.iter().position(|&b| b == b'\n') {
            Some(i) => start + i + 1,
            None => self.buf.len(),
        };
        if n >= 0 {
            end = end.min(start.saturating_add(n as usize));
        }
        self.pos = end.max(self.pos);
        self.buf[start..end].to_vec()
    }

    fn write(&mut self, b: &[u8]) {
        if self.pos > self.buf.len() {
            self.buf.resize(self.pos, 0);
        }
        let end = self.pos + b.len();
        if end > self.buf.len() {
            self.buf.resize(end, 0);
        }
        self.buf[self.pos..end].copy_from_slice(b);
        self.pos = end;
    }
}

/// The bytes of a bytes-like argument (`a bytes-like object is required,
/// not 'str'`).
pub fn bytes_like(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    strata_tier1::ops::bytes_view(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

fn this<'a>(vm: &Vm, a: &FnArgs<'a>, name: &str) -> PyResult<&'a BytesIOObj> {
    a.args
        .first()
        .and_then(|v| v.downcast::<BytesIOObj>())
        .ok_or_else(|| {
            vm.type_error(format!(
                "descriptor '{}' for '_io.BytesIO' objects doesn't apply to this object",
                name
            ))
        })
}

fn open_state<'a>(vm: &Vm, a: &FnArgs<'a>, name: &str) -> PyResult<RefMut<'a, State>> {
    let st = this(vm, a, name)?.0.borrow_mut();
    if st.closed {
        return Err(closed_file(vm));
    }
    Ok(st)
}

fn new(vm: &Vm, a: FnArgs) -> PyResult {
    let cls = a
        .args
        .first()
        .ok_or_else(|| vm.type_error("BytesIO.__new__(): not enough arguments"))?;
    alloc_instance(vm, cls, BytesIOObj::default())
}

fn init(vm: &Vm, a: FnArgs) -> PyResult {
    let me = this(vm, &a, "__init__")?;
    let v = bind(vm, &a, 1, "BytesIO", &["initial_bytes"], 0, 1)?;
    let buf = match &v[0] {
        Some(x) if !x.is(&vm.none) => bytes_like(vm, x)?,
        _ => Vec::new(),
    };
    *me.0.borrow_mut() = State {
        buf,
        pos: 0,
        closed: false,
    };
    Ok(vm.none())
}

fn getvalue(vm: &Vm, a: FnArgs) -> PyResult {
    positional(vm, &a, 1, "getvalue", 0, 0)?;
    let st = open_state(vm, &a, "getvalue")?;
    Ok(vm.new_bytes(st.buf.clone()))
}

fn read(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "read", 0, 1)?;
    let n = size_arg(vm, p.first())?;
    let b = open_state(vm, &a, "read")?.read(n);
    Ok(vm.new_bytes(b))
}

fn read1(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "read1", 0, 1)?;
    let n = size_arg(vm, p.first())?;
    let b = open_state(vm, &a, "read1")?.read(n);
    Ok(vm.new_bytes(b))
}

fn readline(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "readline", 0, 1)?;
    let n = size_arg(vm, p.first())?;
    let b = open_state(vm, &a, "readline")?.readline(n);
    Ok(vm.new_bytes(b))
}

fn readlines(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "readlines", 0, 1)?;
    let hint = size_arg(vm, p.first())?;
    let mut st = open_state(vm, &a, "readlines")?;
    let mut lines = Vec::new();
    let mut total = 0usize;
    loop {
        let l = st.readline(-1);
        if l.is_empty() {
            break;
        }
        total += l.len();
        lines.push(vm.new_bytes(l));
        if hint > 0 && total >= hint as usize {
            break;
        }
    }
    Ok(vm.new_list(lines))
}

fn readinto(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "readinto", 1, 1)?;
    let Some(target) = p[0].downcast::<ByteArrayObj>() else {
        return Err(vm.type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {}",
            vm.type_name(&p[0])
        )));
    };
    let len = target.0.borrow().len();
    let data = open_state(vm, &a, "readinto")?.read(len as i64);
    target.0.borrow_mut()[..data.len()].copy_from_slice(&data);
    Ok(vm.new_int(data.len() as i64))
}

fn next(vm: &Vm, a: FnArgs) -> PyResult {
    if vm.type_has(&a.args[0], TypeFlags::HEAPTYPE) {
        let l = call_method(vm, &a.args[0], "readline", &[])?;
        if l.downcast::<BytesObj>().is_some_and(|b| b.b.is_empty()) {
            return Err(vm.stop_iteration(None));
        }
        return Ok(l);
    }
    let l = open_state(vm, &a, "__next__")?.readline(-1);
    if l.is_empty() {
        return Err(vm.stop_iteration(None));
    }
    Ok(vm.new_bytes(l))
}

fn write(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "write", 1, 1)?;
    open_state(vm, &a, "write")?;
    let b = bytes_like(vm, &p[0])?;
    let mut st = open_state(vm, &a, "write")?;
    let need = st.pos.max(st.buf.len()).saturating_add(b.len());
    let extra = need - st.buf.len();
    vm.try_reserve(&mut st.buf, extra)?;
    st.write(&b);
    Ok(vm.new_int(b.len() as i64))
}

fn writelines(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "writelines", 1, 1)?;
    open_state(vm, &a, "writelines")?;
    for line in vm.to_vec(&p[0])? {
        call_method(vm, &a.args[0], "write", &[line])?;
    }
    Ok(vm.none())
}

fn seek(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "seek", 1, 2)?;
    let pos = int_arg(vm, &p[0])?;
    let whence = match p.get(1) {
        Some(w) => int_arg(vm, w)?,
        None => 0,
    };
    let mut st = open_state(vm, &a, "seek")?;
    let new = match whence {
        0 if pos < 0 => return Err(vm.value_error(format!("negative seek value {}", pos))),
        0 => pos,
        1 => (st.pos as i64).saturating_add(pos).max(0),
        2 => (st.buf.len() as i64).saturating_add(pos).max(0),
        w => return Err(vm.value_error(format!("invalid whence ({}, should be 0, 1 or 2)", w))),
    };
    st.pos = new as usize;
    Ok(vm.new_int(new))
}

fn tell(vm: &Vm, a: FnArgs) -> PyResult {
    positional(vm, &a, 1, "tell", 0, 0)?;
    Ok(vm.new_int(open_state(vm, &a, "tell")?.pos as i64))
}

fn truncate(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "truncate", 0, 1)?;
    open_state(vm, &a, "truncate")?;
    let size = match p.first() {
        Some(v) if !v.is(&vm.none) => int_arg(vm, v)?,
        _ => open_state(vm, &a, "truncate")?.pos as i64,
    };
    if size < 0 {
        return Err(vm.value_error(format!("negative size value {}", size)));
    }
    let mut st = open_state(vm, &a, "truncate")?;
    if (size as usize) < st.buf.len() {
        st.buf.truncate(size as usize);
    }
    Ok(vm.new_int(size))
}

fn close(vm: &Vm, a: FnArgs) -> PyResult {
    positional(vm, &a, 1, "close", 0, 0)?;
    let mut st = this(vm, &a, "close")?.0.borrow_mut();
    st.closed = true;
    st.buf = Vec::new();
    Ok(vm.none())
}

fn closed(vm: &Vm, a: FnArgs) -> PyResult {
    Ok(vm.bool(this(vm, &a, "closed")?.0.borrow().closed))
}

fn yes(vm: &Vm, a: FnArgs) -> PyResult {
    positional(vm, &a, 1, "readable", 0, 0)?;
    open_state(vm, &a, "readable")?;
    Ok(vm.true_.clone())
}

fn flush(vm: &Vm, a: FnArgs) -> PyResult {
    positional(vm, &a, 1, "flush", 0, 0)?;
    open_state(vm, &a, "flush")?;
    Ok(vm.none())
}

/// Adds BytesIO's methods to `ty`.
pub fn setup(vm: &Vm, ty: &Value) {
    add_static(vm, ty, "__new__", new);
    add_method(vm, ty, "__init__", init);
    add_method(vm, ty, "__next__", next);
    for (name, f) in [
        ("getvalue", getvalue as NativeFn),
        ("read", read),
        ("read1", read1),
        ("readline", readline),
        ("readlines", readlines),
        ("readinto", readinto),
        ("write", write),
        ("writelines", writelines),
        ("seek", seek),
        ("tell", tell),
        ("truncate", truncate),
        ("close", close),
        ("flush", flush),
        ("readable", yes),
        ("writable", yes),
        ("seekable", yes),
    ] {
        add_method(vm, ty, name, f);
    }
    super::add_getter(vm, ty, "closed", closed);
}

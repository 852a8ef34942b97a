//! `io.BufferedReader`, `io.BufferedWriter` and `io.BufferedRandom`: a
//! read buffer and a write buffer over a raw stream (a FileIO, reached
//! directly, or any object with the raw methods, reached by calls).
//!
//! Invariants: at most one buffer holds data (writing first drops the
//! read-ahead by moving the raw position back; reading first flushes), and
//! no `RefCell` borrow of the state spans a call into Python. Pending
//! writes to a FileIO are flushed when the object dies.

use std::cell::RefCell;

use strata_object::payloads::{ByteArrayObj, BytesObj};
use strata_object::{TypeFlags, Value};
use strata_tier1::runtime::{FnArgs, NativeFn};
use strata_tier1::typeobj::alloc_instance;
use strata_tier1::typeslots::{add_method, add_static};
use strata_tier1::{PyResult, Vm};

use super::errors::unsupported;
use super::fileio::FileIOObj;
use crate::fnargs::{bind, call_method, int_arg, positional, size_arg};

/// Which of the three buffered classes an object is.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
pub enum Kind {
    #[default]
    Reader,
    Writer,
    Random,
}

#[derive(Default)]
struct State {
    raw: Option<Value>,
    kind: Kind,
    rbuf: Vec<u8>,
    rpos: usize,
    wbuf: Vec<u8>,
    size: usize,
}

/// Payload of the buffered classes.
#[derive(Default)]
pub struct BufferedObj(RefCell<State>);

impl Drop for BufferedObj {
    fn drop(&mut self) {
        let st = self.0.get_mut();
        if st.wbuf.is_empty() {
            return;
        }
        if let Some(f) = st.raw.as_ref().and_then(|r| r.downcast::<FileIOObj>()) {
            if let Ok(mut fs) = f.0.try_borrow_mut() {
                fs.write_silently(&st.wbuf);
            }
        }
    }
}

/// The FileIO behind `raw`, when it is a plain FileIO (not a subclass).
fn fast_raw(raw: &Value) -> Option<&FileIOObj> {
    raw.downcast::<FileIOObj>()
}

fn raw_read(vm: &Vm, raw: &Value, n: i64) -> PyResult<Vec<u8>> {
    if let Some(f) = fast_raw(raw) {
        return f.0.borrow_mut().read(vm, n);
    }
    let r = if n < 0 {
        call_method(vm, raw, "readall", &[])?
    } else {
        call_method(vm, raw, "read", &[vm.new_int(n)])?
    };
    if r.is(&vm.none) {
        return Ok(Vec::new());
    }
    strata_tier1::ops::bytes_view(&r).ok_or_else(|| {
        vm.type_error(format!(
            "read() should return bytes, not '{}'",
            vm.type_name(&r)
        ))
    })
}

fn raw_write(vm: &Vm, raw: &Value, b: &[u8]) -> PyResult<()> {
    if let Some(f) = fast_raw(raw) {
        return f.0.borrow_mut().write(vm, b).map(|_| ());
    }
    let mut done = 0;
    while done < b.len() {
        let r = call_method(vm, raw, "write", &[vm.new_bytes(b[done..].to_vec())])?;
        let n = if r.is(&vm.none) { 0 } else { vm.index_i64(&r)? };
        if n <= 0 {
            return Err(vm.os_error("raw write() returned invalid length"));
        }
        done += n as usize;
    }
    Ok(())
}

fn raw_seek(vm: &Vm, raw: &Value, pos: i64, whence: i64) -> PyResult<i64> {
    if let Some(f) = fast_raw(raw) {
        return f.0.borrow_mut().seek(vm, pos, whence).map(|p| p as i64);
    }
    let r = call_method(vm, raw, "seek", &[vm.new_int(pos), vm.new_int(whence)])?;
    vm.index_i64(&r)
}

fn raw_closed(vm: &Vm, raw: &Value) -> PyResult<bool> {
    if let Some(f) = fast_raw(raw) {
        return Ok(f.0.borrow().is_closed());
    }
    let c = vm.getattr_str(raw, "closed")?;
    vm.truthy(&c)
}

fn obj<'a>(vm: &Vm, a: &FnArgs<'a>) -> PyResult<&'a BufferedObj> {
    a.args
        .first()
        .and_then(|v| v.downcast::<BufferedObj>())
        .ok_or_else(|| vm.type_error("descriptor requires a buffered object"))
}

/// The raw stream (`raw stream has been detached`).
fn raw_of(vm: &Vm, b: &BufferedObj) -> PyResult<Value> {
    b.0.borrow()
        .raw
        .clone()
        .ok_or_else(|| vm.value_error("raw stream has been detached"))
}

/// Checks the stream is open (`what`: the closed-file message).
fn check_open(vm: &Vm, b: &BufferedObj, what: &str) -> PyResult<Value> {
    let raw = raw_of(vm, b)?;
    if raw_closed(vm, &raw)? {
        return Err(vm.value_error(what));
    }
    Ok(raw)
}

fn check_readable(vm: &Vm, b: &BufferedObj) -> PyResult<()> {
    if b.0.borrow().kind == Kind::Writer {
        return Err(unsupported(vm, "read"));
    }
    Ok(())
}

fn check_writable(vm: &Vm, b: &BufferedObj) -> PyResult<()> {
    if b.0.borrow().kind == Kind::Reader {
        return Err(unsupported(vm, "write"));
    }
    Ok(())
}

/// Writes out the write buffer.
fn flush_writes(vm: &Vm, b: &BufferedObj, raw: &Value) -> PyResult<()> {
    let data = std::mem::take(&mut b.0.borrow_mut().wbuf);
    if data.is_empty() {
        return Ok(());
    }
    raw_write(vm, raw, &data)
}

/// Drops the read-ahead, moving the raw position back to the logical one.
fn drop_readahead(vm: &Vm, b: &BufferedObj, raw: &Value) -> PyResult<()> {
    let unread = {
        let mut st = b.0.borrow_mut();
        let n = st.rbuf.len() - st.rpos;
        st.rbuf.clear();
        st.rpos = 0;
        n
    };
    if unread > 0 {
        raw_seek(vm, raw, -(unread as i64), 1)?;
    }
    Ok(())
}

/// Reads one chunk into the (empty) read buffer; false at end of file.
fn fill(vm: &Vm, b: &BufferedObj, raw: &Value) -> PyResult<bool> {
    let size = b.0.borrow().size;
    let chunk = raw_read(vm, raw, size as i64)?;
    let mut st = b.0.borrow_mut();
    let used = st.rpos;
    st.rbuf.drain(..used);
    st.rpos = 0;
    let got = !chunk.is_empty();
    st.rbuf.extend_from_slice(&chunk);
    Ok(got)
}

fn read_impl(vm: &Vm, b: &BufferedObj, raw: &Value, n: i64) -> PyResult<Vec<u8>> {
    flush_writes(vm, b, raw)?;
    let mut out = {
        let mut st = b.0.borrow_mut();
        let avail = st.rbuf.len() - st.rpos;
        let take = if n < 0 { avail } else { avail.min(n as usize) };
        let start = st.rpos;
        st.rpos += take;
        st.rbuf[start..start + take].to_vec()
    };
    if n < 0 {
        out.extend(raw_read(vm, raw, -1)?);
        return Ok(out);
    }
    while out.len() < n as usize {
        if !fill(vm, b, raw)? {
            break;
        }
        let mut st = b.0.borrow_mut();
        let want = n as usize - out.len();
        let take = st.rbuf.len().min(want);
        out.extend_from_slice(&st.rbuf[..take]);
        st.rpos = take;
    }
    Ok(out)
}

fn readline_impl(vm: &Vm, b: &BufferedObj, raw: &Value, limit: i64) -> PyResult<Vec<u8>> {
    flush_writes(vm, b, raw)?;
    let mut out = Vec::new();
    loop {
        {
            let mut st = b.0.borrow_mut();
            let start = st.rpos;
            let avail = &st.rbuf[start..];
            let room = if limit < 0 {
                usize::MAX
            } else {
                limit as usize - out.len()
            };
            let (take, done) = match avail.iter().position(|&c| c == b'\n') {
                Some(i) if i < room => (i + 1, true),
                _ if avail.len() >= room => (room, true),
                _ => (avail.len(), false),
            };
            out.extend_from_slice(&avail[..take]);
            st.rpos += take;
            if done {
                return Ok(out);
            }
        }
        if !fill(vm, b, raw)? {
            return Ok(out);
        }
    }
}

fn new(vm: &Vm, a: FnArgs) -> PyResult {
    let cls = a
        .args
        .first()
        .ok_or_else(|| vm.type_error("__new__(): not enough arguments"))?;
    let kind = if vm.is_subtype(cls, &super::io_attr(vm, "BufferedRandom")?) {
        Kind::Random
    } else if vm.is_subtype(cls, &super::io_attr(vm, "BufferedWriter")?) {
        Kind::Writer
    } else {
        Kind::Reader
    };
    alloc_instance(
        vm,
        cls,
        BufferedObj(RefCell::new(State {
            kind,
            size: super::CHUNK,
            ..State::default()
        })),
    )
}

fn init(vm: &Vm, a: FnArgs) -> PyResult {
    let b = obj(vm, &a)?;
    let name = vm.type_name(&a.args[0]);
    let v = bind(vm, &a, 1, &name, &["raw", "buffer_size"], 1, 2)?;
    let size = match &v[1] {
        Some(s) => int_arg(vm, s)?,
        None => super::CHUNK as i64,
    };
    if size <= 0 {
        return Err(vm.value_error("buffer size must be strictly positive"));
    }
    let raw = v[0].clone().unwrap_or_else(|| vm.none());
    let kind = b.0.borrow().kind;
    if kind != Kind::Writer {
        let r = call_method(vm, &raw, "readable", &[])?;
        if !vm.truthy(&r)? {
            return Err(vm.os_error("\"raw\" argument must be readable."));
        }
    }
    if kind != Kind::Reader {
        let w = call_method(vm, &raw, "writable", &[])?;
        if !vm.truthy(&w)? {
            return Err(vm.os_error("\"raw\" argument must be writable."));
        }
    }
    let mut st = b.0.borrow_mut();
    st.raw = Some(raw);
    st.size = size as usize;
    st.rbuf.clear();
    st.rpos = 0;
    st.wbuf.clear();
    Ok(vm.none())
}

fn read(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "read", 0, 1)?;
    let n = size_arg(vm, p.first())?;
    let b = obj(vm, &a)?;
    check_readable(vm, b)?;
    let raw = check_open(vm, b, "read of closed file")?;
    if n < -1 {
        return Err(vm.value_error("read length must be non-negative or -1"));
    }
    Ok(vm.new_bytes(read_impl(vm, b, &raw, n)?))
}

fn read1(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "read1", 0, 1)?;
    let n = size_arg(vm, p.first())?;
    let b = obj(vm, &a)?;
    check_readable(vm, b)?;
    let raw = check_open(vm, b, "read of closed file")?;
    flush_writes(vm, b, &raw)?;
    let empty = b.0.borrow().rpos >= b.0.borrow().rbuf.len();
    if empty && n != 0 {
        fill(vm, b, &raw)?;
    }
    let mut st = b.0.borrow_mut();
    let avail = st.rbuf.len() - st.rpos;
    let take = if n < 0 { avail } else { avail.min(n as usize) };
    let start = st.rpos;
    st.rpos += take;
    Ok(vm.new_bytes(st.rbuf[start..start + take].to_vec()))
}

fn peek(vm: &Vm, a: FnArgs) -> PyResult {
    positional(vm, &a, 1, "peek", 0, 1)?;
    let b = obj(vm, &a)?;
    check_readable(vm, b)?;
    let raw = check_open(vm, b, "peek of closed file")?;
    flush_writes(vm, b, &raw)?;
    let empty = b.0.borrow().rpos >= b.0.borrow().rbuf.len();
    if empty {
        fill(vm, b, &raw)?;
    }
    let st = b.0.borrow();
    Ok(vm.new_bytes(st.rbuf[st.rpos..].to_vec()))
}

fn readline(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "readline", 0, 1)?;
    let n = size_arg(vm, p.first())?;
    let b = obj(vm, &a)?;
    check_readable(vm, b)?;
    let raw = check_open(vm, b, "readline of closed file")?;
    Ok(vm.new_bytes(readline_impl(vm, b, &raw, n)?))
}

fn next(vm: &Vm, a: FnArgs) -> PyResult {
    if vm.type_has(&a.args[0], TypeFlags::HEAPTYPE) {
        let l = call_method(vm, &a.args[0], "readline", &[])?;
        if l.downcast::<BytesObj>().is_some_and(|x| x.b.is_empty()) {
            return Err(vm.stop_iteration(None));
        }
        return Ok(l);
    }
    let b = obj(vm, &a)?;
    check_readable(vm, b)?;
    let raw = check_open(vm, b, "readline of closed file")?;
    let l = readline_impl(vm, b, &raw, -1)?;
    if l.is_empty() {
        return Err(vm.stop_iteration(None));
    }
    Ok(vm.new_bytes(l))
}

fn readinto(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "readinto", 1, 1)?;
    let Some(target) = p[0].downcast::<ByteArrayObj>() else {
        return Err(vm.type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {}",
            vm.type_name(&p[0])
        )));
    };
    let b = obj(vm, &a)?;
    check_readable(vm, b)?;
    let raw = check_open(vm, b, "readinto of closed file")?;
    let len = target.0.borrow().len();
    let data = read_impl(vm, b, &raw, len as i64)?;
    target.0.borrow_mut()[..data.len()].copy_from_slice(&data);
    Ok(vm.new_int(data.len() as i64))
}

/// The buffered object `v`, when it is one of the three classes itself
/// (not a Python subclass, which may override methods).
fn plain<'a>(vm: &Vm, v: &'a Value) -> Option<&'a BufferedObj> {
    if vm.type_has(v, TypeFlags::HEAPTYPE) {
        return None;
    }
    v.downcast::<BufferedObj>()
}

/// `v.closed` without an attribute lookup when `v` is a plain buffered
/// object; `None` otherwise.
pub fn fast_closed(vm: &Vm, v: &Value) -> Option<PyResult<bool>> {
    let b = plain(vm, v)?;
    Some(raw_of(vm, b).and_then(|raw| raw_closed(vm, &raw)))
}

/// `v.write(data)` without a method call when `v` is a plain buffered
/// object; `None` otherwise.
pub fn fast_write(vm: &Vm, v: &Value, data: &[u8]) -> Option<PyResult<()>> {
    let b = plain(vm, v)?;
    Some(write_impl(vm, b, data))
}

fn write_impl(vm: &Vm, b: &BufferedObj, data: &[u8]) -> PyResult<()> {
    check_writable(vm, b)?;
    let raw = check_open(vm, b, "write to closed file")?;
    drop_readahead(vm, b, &raw)?;
    let full = {
        let mut st = b.0.borrow_mut();
        st.wbuf.extend_from_slice(data);
        st.wbuf.len() >= st.size
    };
    if full {
        flush_writes(vm, b, &raw)?;
    }
    Ok(())
}

fn write(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "write", 1, 1)?;
    let b = obj(vm, &a)?;
    check_writable(vm, b)?;
    let raw = check_open(vm, b, "write to closed file")?;
    let data = super::bytesio::bytes_like(vm, &p[0])?;
    drop_readahead(vm, b, &raw)?;
    let full = {
        let mut st = b.0.borrow_mut();
        st.wbuf.extend_from_slice(&data);
        st.wbuf.len() >= st.size
    };
    if full {
        flush_writes(vm, b, &raw)?;
    }
    Ok(vm.new_int(data.len() as i64))
}

fn flush(vm: &Vm, a: FnArgs) -> PyResult {
    positional(vm, &a, 1, "flush", 0, 0)?;
    let b = obj(vm, &a)?;
    let raw = check_open(vm, b, "flush of closed file")?;
    flush_writes(vm, b, &raw)?;
    Ok(vm.none())
}

fn seek(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "seek", 1, 2)?;
    let mut pos = int_arg(vm, &p[0])?;
    let whence = match p.get(1) {
        Some(w) => int_arg(vm, w)?,
        None => 0,
    };
    if !(0..=2).contains(&whence) {
        return Err(vm.value_error(format!("whence value {} unsupported", whence)));
    }
    let b = obj(vm, &a)?;
    let raw = check_open(vm, b, "seek of closed file")?;
    flush_writes(vm, b, &raw)?;
    if whence == 1 {
        let mut st = b.0.borrow_mut();
        pos -= (st.rbuf.len() - st.rpos) as i64;
        st.rbuf.clear();
        st.rpos = 0;
    } else {
        let mut st = b.0.borrow_mut();
        st.rbuf.clear();
        st.rpos = 0;
    }
    Ok(vm.new_int(raw_seek(vm, &raw, pos, whence)?))
}

fn tell_impl(vm: &Vm, b: &BufferedObj, raw: &Value) -> PyResult<i64> {
    let r = raw_seek(vm, raw, 0, 1)?;
    let st = b.0.borrow();
    Ok((r - (st.rbuf.len() - st.rpos) as i64 + st.wbuf.len() as i64).max(0))
}

fn tell(vm: &Vm, a: FnArgs) -> PyResult {
    positional(vm, &a, 1, "tell", 0, 0)?;
    let b = obj(vm, &a)?;
    let raw = check_open(vm, b, "I/O operation on closed file")?;
    Ok(vm.new_int(tell_impl(vm, b, &raw)?))
}

fn truncate(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "truncate", 0, 1)?;
    let b = obj(vm, &a)?;
    let raw = check_open(vm, b, "truncate of closed file")?;
    check_writable(vm, b).map_err(|_| unsupported(vm, "truncate"))?;
    flush_writes(vm, b, &raw)?;
    let pos = match p.first() {
        Some(v) if !v.is(&vm.none) => int_arg(vm, v)?,
        _ => tell_impl(vm, b, &raw)?,
    };
    drop_readahead(vm, b, &raw)?;
    call_method(vm, &raw, "truncate", &[vm.new_int(pos)])
}

fn close(vm: &Vm, a: FnArgs) -> PyResult {
    positional(vm, &a, 1, "close", 0, 0)?;
    let b = obj(vm, &a)?;
    let raw = raw_of(vm, b)?;
    if raw_closed(vm, &raw)? {
        return Ok(vm.none());
    }
    let flushed = flush_writes(vm, b, &raw);
    {
        let mut st = b.0.borrow_mut();
        st.rbuf.clear();
        st.rpos = 0;
    }
    call_method(vm, &raw, "close", &[])?;
    flushed?;
    Ok(vm.none())
}

fn detach(vm: &Vm, a: FnArgs) -> PyResult {
    let b = obj(vm, &a)?;
    let raw = check_open(vm, b, "raw stream has been detached")?;
    flush_writes(vm, b, &raw)?;
    drop_readahead(vm, b, &raw)?;
    b.0.borrow_mut().raw = None;
    Ok(raw)
}

fn delegate(vm: &Vm, a: &FnArgs, name: &str) -> PyResult {
    let raw = raw_of(vm, obj(vm, a)?)?;
    call_method(vm, &raw, name, &[])
}

fn readable(vm: &Vm, a: FnArgs) -> PyResult {
    delegate(vm, &a, "readable")
}

fn writable(vm: &Vm, a: FnArgs) -> PyResult {
    delegate(vm, &a, "writable")
}

fn seekable(vm: &Vm, a: FnArgs) -> PyResult {
    delegate(vm, &a, "seekable")
}

fn fileno(vm: &Vm, a: FnArgs) -> PyResult {
    delegate(vm, &a, "fileno")
}

fn isatty(vm: &Vm, a: FnArgs) -> PyResult {
    delegate(vm, &a, "isatty")
}

fn raw_attr(vm: &Vm, a: &FnArgs, name: &str) -> PyResult {
    let raw = raw_of(vm, obj(vm, a)?)?;
    vm.getattr_str(&raw, name)
}

fn closed(vm: &Vm, a: FnArgs) -> PyResult {
    let raw = raw_of(vm, obj(vm, &a)?)?;
    Ok(vm.bool(raw_closed(vm, &raw)?))
}

fn name(vm: &Vm, a: FnArgs) -> PyResult {
    raw_attr(vm, &a, "name")
}

fn mode(vm: &Vm, a: FnArgs) -> PyResult {
    raw_attr(vm, &a, "mode")
}

fn raw(vm: &Vm, a: FnArgs) -> PyResult {
    raw_of(vm, obj(vm, &a)?)
}

fn repr(vm: &Vm, a: FnArgs) -> PyResult {
    let tn = vm.type_name(&a.args[0]);
    // Native types are named `_io.X` already (their tp_name).
    let q = tn.to_string();
    match vm.getattr_opt(&a.args[0], "name") {
        Ok(Some(n)) => Ok(vm.new_string(format!("<{} name={}>", q, vm.repr_string(&n)?))),
        Ok(None) => Ok(vm.new_string(format!("<{}>", q))),
        Err(e) if vm.exc_matches(&e, &vm.exc.value_error) => Ok(vm.new_string(format!("<{}>", q))),
        Err(e) => Err(e),
    }
}

/// Adds the buffered methods to `ty`.
pub fn setup(vm: &Vm, ty: &Value) {
    add_static(vm, ty, "__new__", new);
    for (n, f) in [
        ("__init__", init as NativeFn),
        ("__repr__", repr),
        ("__next__", next),
        ("read", read),
        ("read1", read1),
        ("peek", peek),
        ("readline", readline),
        ("readinto", readinto),
        ("write", write),
        ("flush", flush),
        ("seek", seek),
        ("tell", tell),
        ("truncate", truncate),
        ("close", close),
        ("detach", detach),
        ("readable", readable),
        ("writable", writable),
        ("seekable", seekable),
        ("fileno", fileno),
        ("isatty", isatty),
    ] {
        add_method(vm, ty, n, f);
    }
    for (n, f) in [
        ("closed", closed as NativeFn),
        ("name", name),
        ("mode", mode),
        ("raw", raw),
    ] {
        super::add_getter(vm, ty, n, f);
    }
}

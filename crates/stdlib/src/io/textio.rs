//! `io.TextIOWrapper`: text over a binary buffer. Reads decode chunks of
//! `CHUNK` bytes (keeping an incomplete UTF-8 sequence for the next chunk)
//! into a character buffer that stays untranslated, so `tell()` is the
//! buffer position minus the encoded size of what is not yet consumed;
//! newline translation happens as characters are handed out. Writes encode
//! and go straight to the buffer (which does the buffering).
//!
//! No `RefCell` borrow of the state spans a call into Python.

use std::cell::RefCell;

use strata_object::payloads::StrObj;
use strata_object::{TypeFlags, Value};
use strata_tier1::runtime::{FnArgs, NativeFn};
use strata_tier1::typeobj::alloc_instance;
use strata_tier1::typeslots::{add_method, add_static};
use strata_tier1::{PyResult, Vm};

use super::errors::{closed_file, unsupported};
use super::newlines::{newlines_value, scan, seen_in, seen_in_str, Newline, ScanEnd};
use crate::fnargs::{bind, call_method, int_arg, positional, size_arg, str_of};

/// The codec family of the encoding (what incremental decoding and
/// `tell()` need to know).
#[derive(Clone, Copy, PartialEq, Eq, Default)]
enum Codec {
    #[default]
    Utf8,
    /// ascii / latin-1: one byte per character.
    SingleByte,
}

#[derive(Default)]
struct State {
    buffer: Option<Value>,
    encoding: String,
    codec: Codec,
    errors: String,
    newline: Option<Newline>,
    line_buffering: bool,
    write_through: bool,
    readable: bool,
    writable: bool,
    seekable: bool,
    decoded: Vec<char>,
    dpos: usize,
    pending: Vec<u8>,
    eof: bool,
    seen: u8,
    /// How much of `decoded` the `newlines` tracking has looked at (a
    /// final `\r` waits for the next chunk, which may start with `\n`).
    seen_upto: usize,
}

impl State {
    fn nl(&self) -> Newline {
        self.newline.unwrap_or(Newline::Universal)
    }

    fn clear_read(&mut self) {
        self.decoded.clear();
        self.dpos = 0;
        self.pending.clear();
        self.eof = false;
        self.seen_upto = 0;
    }

    /// Encoded size of the decoded characters not yet handed out.
    fn unread_bytes(&self) -> usize {
        let rest = &self.decoded[self.dpos.min(self.decoded.len())..];
        let n = match self.codec {
            Codec::Utf8 => rest.iter().map(|c| c.len_utf8()).sum(),
            Codec::SingleByte => rest.len(),
        };
        n + self.pending.len()
    }
}

/// Payload of a TextIOWrapper.
#[derive(Default)]
pub struct TextObj(RefCell<State>);

fn obj<'a>(vm: &Vm, a: &FnArgs<'a>) -> PyResult<&'a TextObj> {
    a.args
        .first()
        .and_then(|v| v.downcast::<TextObj>())
        .ok_or_else(|| vm.type_error("descriptor requires a '_io.TextIOWrapper' object"))
}

fn buffer_of(vm: &Vm, t: &TextObj) -> PyResult<Value> {
    t.0.borrow()
        .buffer
        .clone()
        .ok_or_else(|| vm.value_error("underlying buffer has been detached"))
}

fn buffer_closed(vm: &Vm, buffer: &Value) -> PyResult<bool> {
    if let Some(r) = super::buffered::fast_closed(vm, buffer) {
        return r;
    }
    let c = vm.getattr_str(buffer, "closed")?;
    vm.truthy(&c)
}

/// The buffer of an open wrapper (`I/O operation on closed file.`).
fn open_buffer(vm: &Vm, t: &TextObj) -> PyResult<Value> {
    let b = buffer_of(vm, t)?;
    if buffer_closed(vm, &b)? {
        return Err(closed_file(vm));
    }
    Ok(b)
}

fn check_readable(vm: &Vm, t: &TextObj) -> PyResult<Value> {
    let b = open_buffer(vm, t)?;
    if !t.0.borrow().readable {
        return Err(unsupported(vm, "not readable"));
    }
    Ok(b)
}

/// Where an incomplete UTF-8 sequence at the end of `b` starts.
fn utf8_complete_len(b: &[u8]) -> usize {
    let n = b.len();
    for back in 1..=3.min(n) {
        let c = b[n - back];
        if c & 0xC0 == 0x80 {
            continue;
        }
        let need = match c {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            _ => 1,
        };
        return if back < need { n - back } else { n };
    }
    n
}

/// Decodes `data` with the wrapper's encoding and error handler.
fn decode(vm: &Vm, enc: &str, errors: &str, codec: Codec, data: Vec<u8>) -> PyResult<String> {
    if codec == Codec::Utf8 {
        if let Ok(s) = std::str::from_utf8(&data) {
            return Ok(s.to_string());
        }
    } else if data.is_ascii() {
        return Ok(data.iter().map(|&c| c as char).collect());
    }
    let b = vm.new_bytes(data);
    let s = call_method(vm, &b, "decode", &[vm.new_str(enc), vm.new_str(errors)])?;
    Ok(str_of(&s).unwrap_or_default().to_string())
}

/// Reads and decodes one more chunk; returns false at end of file.
fn fill(vm: &Vm, t: &TextObj, buffer: &Value) -> PyResult<bool> {
    let chunk = match vm.getattr_opt(buffer, "read1")? {
        Some(m) => vm.call(&m, &[vm.new_int(super::CHUNK as i64)])?,
        None => call_method(vm, buffer, "read", &[vm.new_int(super::CHUNK as i64)])?,
    };
    let bytes = if chunk.is(&vm.none) {
        Vec::new()
    } else {
        strata_tier1::ops::bytes_view(&chunk).ok_or_else(|| {
            vm.type_error(format!(
                "underlying read1() should have returned a bytes-like object, not '{}'",
                vm.type_name(&chunk)
            ))
        })?
    };
    let eof = bytes.is_empty();
    let (mut data, enc, errors, codec) = {
        let mut st = t.0.borrow_mut();
        let mut data = std::mem::take(&mut st.pending);
        data.extend_from_slice(&bytes);
        (data, st.encoding.clone(), st.errors.clone(), st.codec)
    };
    let keep = if !eof && codec == Codec::Utf8 {
        data.split_off(utf8_complete_len(&data))
    } else {
        Vec::new()
    };
    let text = decode(vm, &enc, &errors, codec, data)?;
    let mut st = t.0.borrow_mut();
    if st.dpos > 0 {
        let dpos = st.dpos;
        st.decoded.drain(..dpos);
        st.dpos = 0;
        st.seen_upto = st.seen_upto.saturating_sub(dpos);
    }
    st.decoded.extend(text.chars());
    if st.nl().universal() {
        let mut end = st.decoded.len();
        if !eof && st.decoded.last() == Some(&'\r') {
            end -= 1;
        }
        if end > st.seen_upto {
            let seen = seen_in(&st.decoded[st.seen_upto..end]);
            st.seen |= seen;
            st.seen_upto = end;
        }
    }
    st.pending = keep;
    st.eof = eof;
    Ok(!eof)
}

/// Hands out up to `limit` characters (a line when `line`), decoding more
/// input as needed.
fn read_chars(vm: &Vm, t: &TextObj, buffer: &Value, limit: usize, line: bool) -> PyResult<String> {
    let mut out = String::new();
    let mut remaining = limit;
    loop {
        if remaining == 0 {
            return Ok(out);
        }
        {
            let mut st = t.0.borrow_mut();
            let nl = st.nl();
            let translate = st.newline.is_none();
            let eof = st.eof;
            let dpos = st.dpos;
            let (used, produced, end) = scan(
                &st.decoded[dpos..],
                &mut out,
                remaining,
                line,
                nl,
                translate,
                eof,
            );
            st.dpos += used;
            remaining -= produced;
            match end {
                ScanEnd::Done => return Ok(out),
                ScanEnd::Exhausted if eof => return Ok(out),
                _ => {}
            }
        }
        fill(vm, t, buffer)?;
    }
}

fn new(vm: &Vm, a: FnArgs) -> PyResult {
    let cls = a
        .args
        .first()
        .ok_or_else(|| vm.type_error("TextIOWrapper.__new__(): not enough arguments"))?;
    alloc_instance(vm, cls, TextObj::default())
}

fn opt_str(vm: &Vm, v: &Option<Value>, arg: &str) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(x) if x.is(&vm.none) => Ok(None),
        Some(x) => match str_of(x) {
            Some(s) => Ok(Some(s.to_string())),
            None => Err(vm.type_error(format!(
                "TextIOWrapper() argument '{}' must be str or None, not {}",
                arg,
                vm.type_name(x)
            ))),
        },
    }
}

/// Checks that `encoding` names a codec and says which family it is.
pub fn codec_of(vm: &Vm, encoding: &str) -> PyResult<()> {
    let empty = vm.new_bytes(Vec::new());
    call_method(vm, &empty, "decode", &[vm.new_str(encoding)])?;
    Ok(())
}

fn init(vm: &Vm, a: FnArgs) -> PyResult {
    let t = obj(vm, &a)?;
    let v = bind(
        vm,
        &a,
        1,
        "TextIOWrapper",
        &[
            "buffer",
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ],
        1,
        6,
    )?;
    let buffer = v[0].clone().unwrap_or_else(|| vm.none());
    let encoding = match opt_str(vm, &v[1], "encoding")? {
        None => "UTF-8".to_string(),
        Some(e) if e == "locale" => "UTF-8".to_string(),
        Some(e) => e,
    };
    if encoding.contains('\0') {
        return Err(vm.value_error("embedded null character"));
    }
    let errors = opt_str(vm, &v[2], "errors")?.unwrap_or_else(|| "strict".to_string());
    let newline = match &v[3] {
        None => None,
        Some(x) if x.is(&vm.none) => None,
        Some(x) => Some(Newline::parse(vm, Some(x), false)?),
    };
    let flag = |x: &Option<Value>| -> PyResult<bool> {
        match x {
            None => Ok(false),
            Some(x) => vm.truthy(x),
        }
    };
    let line_buffering = flag(&v[4])?;
    let write_through = flag(&v[5])?;
    codec_of(vm, &encoding)?;
    let norm = encoding.to_ascii_lowercase().replace(['-', ' '], "_");
    let codec = if norm.starts_with("utf") || norm == "u8" || norm == "cp65001" {
        Codec::Utf8
    } else {
        Codec::SingleByte
    };
    let ask = |name: &str| -> PyResult<bool> {
        let r = call_method(vm, &buffer, name, &[])?;
        vm.truthy(&r)
    };
    let readable = ask("readable")?;
    let writable = ask("writable")?;
    let seekable = ask("seekable")?;
    *t.0.borrow_mut() = State {
        buffer: Some(buffer),
        encoding,
        codec,
        errors,
        newline,
        line_buffering,
        write_through,
        readable,
        writable,
        seekable,
        ..State::default()
    };
    Ok(vm.none())
}

fn read(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "read", 0, 1)?;
    let n = size_arg(vm, p.first())?;
    let t = obj(vm, &a)?;
    let b = check_readable(vm, t)?;
    if n >= 0 {
        return Ok(vm.new_string(read_chars(vm, t, &b, n as usize, false)?));
    }
    // Everything: one read of the rest, decoded as a final chunk (so
    // decoding errors report positions in it, as CPython's do).
    let rest = call_method(vm, &b, "read", &[])?;
    let rest = if rest.is(&vm.none) {
        Vec::new()
    } else {
        strata_tier1::ops::bytes_view(&rest).unwrap_or_default()
    };
    let (mut data, enc, errors, codec) = {
        let mut st = t.0.borrow_mut();
        let data = std::mem::take(&mut st.pending);
        (data, st.encoding.clone(), st.errors.clone(), st.codec)
    };
    data.extend_from_slice(&rest);
    let text = decode(vm, &enc, &errors, codec, data)?;
    let mut st = t.0.borrow_mut();
    if st.dpos >= st.decoded.len() && !(st.newline.is_none() && text.contains('\r')) {
        // Nothing buffered and nothing to translate: the text as decoded.
        if st.nl().universal() {
            st.seen |= seen_in_str(&text);
        }
        st.clear_read();
        return Ok(vm.new_string(text));
    }
    let from = st.dpos.min(st.decoded.len());
    let start = st.seen_upto.saturating_sub(from);
    let mut chars: Vec<char> = st.decoded.drain(from..).collect();
    chars.extend(text.chars());
    let start = start.min(chars.len());
    if st.nl().universal() {
        st.seen |= seen_in(&chars[start..]);
    }
    st.clear_read();
    let mut out = String::new();
    let (nl, translate) = (st.nl(), st.newline.is_none());
    scan(&chars, &mut out, usize::MAX, false, nl, translate, true);
    Ok(vm.new_string(out))
}

fn readline(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "readline", 0, 1)?;
    let n = size_arg(vm, p.first())?;
    let t = obj(vm, &a)?;
    let b = check_readable(vm, t)?;
    let limit = if n < 0 { usize::MAX } else { n as usize };
    Ok(vm.new_string(read_chars(vm, t, &b, limit, true)?))
}

fn next(vm: &Vm, a: FnArgs) -> PyResult {
    let l = if vm.type_has(&a.args[0], TypeFlags::HEAPTYPE) {
        call_method(vm, &a.args[0], "readline", &[])?
    } else {
        let t = obj(vm, &a)?;
        let b = check_readable(vm, t)?;
        vm.new_string(read_chars(vm, t, &b, usize::MAX, true)?)
    };
    if l.downcast::<StrObj>().is_some_and(|s| s.s.is_empty()) {
        return Err(vm.stop_iteration(None));
    }
    Ok(l)
}

fn write(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "write", 1, 1)?;
    let t = obj(vm, &a)?;
    let b = open_buffer(vm, t)?;
    if !t.0.borrow().writable {
        return Err(unsupported(vm, "not writable"));
    }
    let s = p[0].downcast::<StrObj>().ok_or_else(|| {
        vm.type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(&p[0])
        ))
    })?;
    let (nl, codec, enc, errors, line_buffering) = {
        let mut st = t.0.borrow_mut();
        st.clear_read();
        (
            st.nl(),
            st.codec,
            st.encoding.clone(),
            st.errors.clone(),
            st.line_buffering,
        )
    };
    let text: std::borrow::Cow<str> = match nl.write_nl() {
        Some(w) if s.s.contains('\n') => s.s.replace('\n', w).into(),
        _ => (&*s.s).into(),
    };
    if codec == Codec::Utf8 || text.is_ascii() {
        match super::buffered::fast_write(vm, &b, text.as_bytes()) {
            Some(r) => r?,
            None => {
                call_method(vm, &b, "write", &[vm.new_bytes(text.as_bytes().to_vec())])?;
            }
        }
    } else {
        let sv = vm.new_str(&text);
        let bytes = call_method(vm, &sv, "encode", &[vm.new_str(&enc), vm.new_str(&errors)])?;
        call_method(vm, &b, "write", &[bytes])?;
    }
    if line_buffering && (text.contains('\n') || text.contains('\r')) {
        call_method(vm, &b, "flush", &[])?;
    }
    Ok(vm.new_int(s.char_len as i64))
}

fn flush(vm: &Vm, a: FnArgs) -> PyResult {
    positional(vm, &a, 1, "flush", 0, 0)?;
    let t = obj(vm, &a)?;
    let b = open_buffer(vm, t)?;
    call_method(vm, &b, "flush", &[])?;
    Ok(vm.none())
}

fn close(vm: &Vm, a: FnArgs) -> PyResult {
    positional(vm, &a, 1, "close", 0, 0)?;
    let t = obj(vm, &a)?;
    let b = buffer_of(vm, t)?;
    if buffer_closed(vm, &b)? {
        return Ok(vm.none());
    }
    let flushed = call_method(vm, &b, "flush", &[]);
    call_method(vm, &b, "close", &[])?;
    flushed?;
    Ok(vm.none())
}

fn tell_impl(vm: &Vm, t: &TextObj, b: &Value) -> PyResult<i64> {
    if !t.0.borrow().seekable {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    call_method(vm, b, "flush", &[])?;
    let pos = vm.index_i64(&call_method(vm, b, "tell", &[])?)?;
    Ok(pos - t.0.borrow().unread_bytes() as i64)
}

fn tell(vm: &Vm, a: FnArgs) -> PyResult {
    positional(vm, &a, 1, "tell", 0, 0)?;
    let t = obj(vm, &a)?;
    let b = open_buffer(vm, t)?;
    Ok(vm.new_int(tell_impl(vm, t, &b)?))
}

fn seek(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "seek", 1, 2)?;
    let t = obj(vm, &a)?;
    let b = open_buffer(vm, t)?;
    let mut cookie = int_arg(vm, &p[0])?;
    let whence = match p.get(1) {
        Some(w) => int_arg(vm, w)?,
        None => 0,
    };
    if !t.0.borrow().seekable {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    match whence {
        1 if cookie != 0 => return Err(unsupported(vm, "can't do nonzero cur-relative seeks")),
        1 => cookie = tell_impl(vm, t, &b)?,
        2 if cookie != 0 => return Err(unsupported(vm, "can't do nonzero end-relative seeks")),
        2 => {
            call_method(vm, &b, "flush", &[])?;
            t.0.borrow_mut().clear_read();
            return call_method(vm, &b, "seek", &[vm.new_int(0), vm.new_int(2)]);
        }
        0 => {}
        w => return Err(vm.value_error(format!("invalid whence ({}, should be 0, 1 or 2)", w))),
    }
    if cookie < 0 {
        return Err(vm.value_error(format!("negative seek position {}", cookie)));
    }
    call_method(vm, &b, "flush", &[])?;
    call_method(vm, &b, "seek", &[vm.new_int(cookie)])?;
    t.0.borrow_mut().clear_read();
    Ok(vm.new_int(cookie))
}

fn truncate(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "truncate", 0, 1)?;
    let t = obj(vm, &a)?;
    let b = open_buffer(vm, t)?;
    call_method(vm, &b, "flush", &[])?;
    let pos = p.first().cloned().unwrap_or_else(|| vm.none());
    call_method(vm, &b, "truncate", &[pos])
}

fn detach(vm: &Vm, a: FnArgs) -> PyResult {
    let t = obj(vm, &a)?;
    let b = open_buffer(vm, t)?;
    call_method(vm, &b, "flush", &[])?;
    t.0.borrow_mut().buffer = None;
    Ok(b)
}

fn delegate(vm: &Vm, a: &FnArgs, name: &str) -> PyResult {
    let b = buffer_of(vm, obj(vm, a)?)?;
    call_method(vm, &b, name, &[])
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

fn closed(vm: &Vm, a: FnArgs) -> PyResult {
    let b = buffer_of(vm, obj(vm, &a)?)?;
    vm.getattr_str(&b, "closed")
}

fn name(vm: &Vm, a: FnArgs) -> PyResult {
    let b = buffer_of(vm, obj(vm, &a)?)?;
    vm.getattr_str(&b, "name")
}

fn buffer(vm: &Vm, a: FnArgs) -> PyResult {
    buffer_of(vm, obj(vm, &a)?)
}

fn encoding(vm: &Vm, a: FnArgs) -> PyResult {
    Ok(vm.new_str(&obj(vm, &a)?.0.borrow().encoding))
}

fn errors(vm: &Vm, a: FnArgs) -> PyResult {
    Ok(vm.new_str(&obj(vm, &a)?.0.borrow().errors))
}

fn line_buffering(vm: &Vm, a: FnArgs) -> PyResult {
    Ok(vm.bool(obj(vm, &a)?.0.borrow().line_buffering))
}

fn write_through(vm: &Vm, a: FnArgs) -> PyResult {
    Ok(vm.bool(obj(vm, &a)?.0.borrow().write_through))
}

fn newlines(vm: &Vm, a: FnArgs) -> PyResult {
    let st = obj(vm, &a)?.0.borrow();
    if !st.nl().universal() {
        return Ok(vm.none());
    }
    Ok(newlines_value(vm, st.seen))
}

fn repr(vm: &Vm, a: FnArgs) -> PyResult {
    let me = &a.args[0];
    let tn = vm.type_name(me);
    // Native types are named `_io.X` already (their tp_name).
    let mut s = format!("<{}", tn);
    for attr in ["name", "mode"] {
        match vm.getattr_opt(me, attr) {
            Ok(Some(v)) => s.push_str(&format!(" {}={}", attr, vm.repr_string(&v)?)),
            Ok(None) => {}
            Err(e) if vm.exc_matches(&e, &vm.exc.value_error) => {}
            Err(e) => return Err(e),
        }
    }
    let enc = obj(vm, &a)?.0.borrow().encoding.clone();
    s.push_str(&format!(
        " encoding={}>",
        vm.repr_string(&vm.new_string(enc))?
    ));
    Ok(vm.new_string(s))
}

/// Adds TextIOWrapper's methods to `ty`.
pub fn setup(vm: &Vm, ty: &Value) {
    add_static(vm, ty, "__new__", new);
    for (n, f) in [
        ("__init__", init as NativeFn),
        ("__repr__", repr),
        ("__next__", next),
        ("read", read),
        ("readline", readline),
        ("write", write),
        ("flush", flush),
        ("close", close),
        ("tell", tell),
        ("seek", seek),
        ("truncate", truncate),
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
        ("buffer", buffer),
        ("encoding", encoding),
        ("errors", errors),
        ("line_buffering", line_buffering),
        ("write_through", write_through),
        ("newlines", newlines),
    ] {
        super::add_getter(vm, ty, n, f);
    }
}

//! The `bytes` and `bytearray` types: constructors, the named methods
//! (searching, splitting, padding, ASCII case mapping and classification,
//! `hex`/`fromhex`, translation, and the bytearray mutators) and
//! `bytes.decode` (the codecs are in `codecs.rs`).

use std::cell::{Cell, RefCell};

use num_traits::ToPrimitive;
use strata_object::payloads::*;
use strata_object::text::unicode::is_ascii_space_byte;
use strata_object::Value;

use crate::codecs::{codec_name_arg, decode_bytes, encode_str};
use crate::numeric::as_int;
use crate::ops::bytes_view;
use crate::runtime::*;
use crate::str_methods::{
    clinic_args, int_arg, kw_args, no_args, no_kwargs, one_arg, range_args, tuple_args,
};
use crate::typeobj::alloc_instance;
use crate::typeslots::{add_classmethod, add_method, add_static};
use crate::vm::{PyResult, Vm};

// ---------------------------------------------------------------------------
// Helpers.

/// The receiver's contents, and whether it is a bytearray.
fn self_buf(vm: &Vm, a: &FnArgs, meth: &str) -> PyResult<(Vec<u8>, bool)> {
    let Some(v) = a.pos().first() else {
        return Err(vm.type_error(format!(
            "descriptor '{}' of 'bytes' object needs an argument",
            meth
        )));
    };
    if let Some(b) = v.downcast::<BytesObj>() {
        return Ok((b.b.to_vec(), false));
    }
    if let Some(b) = v.downcast::<ByteArrayObj>() {
        return Ok((b.0.borrow().clone(), true));
    }
    Err(vm.type_error(format!(
        "descriptor '{}' for 'bytes' objects doesn't apply to a '{}' object",
        meth,
        vm.type_name(v)
    )))
}

fn self_bytearray<'a>(vm: &Vm, a: &FnArgs<'a>, meth: &str) -> PyResult<&'a ByteArrayObj> {
    crate::str_methods::receiver::<ByteArrayObj>(vm, a, "bytearray", meth)
}

/// A new bytes, or bytearray when `ba`.
fn mk(vm: &Vm, ba: bool, v: Vec<u8>) -> Value {
    if ba {
        vm.alloc(&vm.types.bytearray, ByteArrayObj(RefCell::new(v)))
    } else {
        vm.new_bytes(v)
    }
}

/// A bytes-like argument (`a bytes-like object is required, not 'str'`).
fn buf(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    bytes_view(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

/// An int in range(256) (`msg` is the ValueError text).
fn byte_val(vm: &Vm, v: &Value, msg: &str) -> PyResult<u8> {
    let i = vm.index(v)?;
    i.to_u8().ok_or_else(|| vm.value_error(msg))
}

/// The `sub` argument of find/count/index: an int or bytes-like.
fn sub_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_view(v) {
        return Ok(b);
    }
    if as_int(v).is_some() || vm.lookup_special(v, "__index__").is_some() {
        return Ok(vec![byte_val(vm, v, "byte must be in range(0, 256)")?]);
    }
    Err(vm.type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        vm.type_name(v)
    )))
}

fn find_bytes(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    if n.len() > h.len() {
        return None;
    }
    h.windows(n.len()).position(|w| w == n)
}

fn rfind_bytes(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(h.len());
    }
    if n.len() > h.len() {
        return None;
    }
    h.windows(n.len()).rposition(|w| w == n)
}

fn count_bytes(h: &[u8], n: &[u8]) -> usize {
    if n.is_empty() {
        return h.len() + 1;
    }
    let mut c = 0;
    let mut i = 0;
    while let Some(p) = find_bytes(&h[i..], n) {
        c += 1;
        i += p + n.len();
    }
    c
}

/// Splits `h` on `sep`, at most `max` times (negative: unlimited).
fn split_on<'a>(h: &'a [u8], sep: &[u8], max: i64) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut rest = h;
    while max < 0 || (out.len() as i64) < max {
        match find_bytes(rest, sep) {
            Some(p) => {
                out.push(&rest[..p]);
                rest = &rest[p + sep.len()..];
            }
            None => break,
        }
    }
    out.push(rest);
    out
}

fn rsplit_on<'a>(h: &'a [u8], sep: &[u8], max: i64) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut rest = h;
    while max < 0 || (out.len() as i64) < max {
        match rfind_bytes(rest, sep) {
            Some(p) => {
                out.push(&rest[p + sep.len()..]);
                rest = &rest[..p];
            }
            None => break,
        }
    }
    out.push(rest);
    out.reverse();
    out
}

fn split_ws(h: &[u8], max: i64, rev: bool) -> Vec<&[u8]> {
    let ws = |c: &u8| is_ascii_space_byte(*c);
    let mut out = Vec::new();
    if !rev {
        let mut i = 0;
        loop {
            while i < h.len() && ws(&h[i]) {
                i += 1;
            }
            if i >= h.len() {
                break;
            }
            if max >= 0 && out.len() as i64 >= max {
                out.push(&h[i..]);
                break;
            }
            let j = h[i..].iter().position(ws).map_or(h.len(), |p| i + p);
            out.push(&h[i..j]);
            i = j;
        }
    } else {
        let mut j = h.len();
        loop {
            while j > 0 && ws(&h[j - 1]) {
                j -= 1;
            }
            if j == 0 {
                break;
            }
            if max >= 0 && out.len() as i64 >= max {
                out.push(&h[..j]);
                break;
            }
            let i = h[..j].iter().rposition(ws).map_or(0, |p| p + 1);
            out.push(&h[i..j]);
            j = i;
        }
        out.reverse();
    }
    out
}

fn slot(v: &[Option<Value>], i: usize) -> Option<&Value> {
    v.get(i).and_then(|x| x.as_ref())
}

// ---------------------------------------------------------------------------
// Constructors.

/// The bytes of `bytes(x)` / `bytearray(x)` for a single non-str source:
/// `__bytes__`, a bytes-like, a count, or an iterable of ints.
pub(crate) fn bytes_from_source(vm: &Vm, x: &Value, tyname: &str) -> PyResult<Vec<u8>> {
    let range_msg = if tyname == "bytes" {
        "bytes must be in range(0, 256)"
    } else {
        "byte must be in range(0, 256)"
    };
    if tyname == "bytes" {
        if let Some(m) = vm.user_special(x, "__bytes__") {
            let r = vm.call_bound_special(&m, x, &[])?;
            return match r.downcast::<BytesObj>() {
                Some(b) => Ok(b.b.to_vec()),
                None => Err(vm.type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    vm.type_name(&r)
                ))),
            };
        }
    }
    if let Some(b) = bytes_view(x) {
        return Ok(b);
    }
    if as_int(x).is_some() || vm.user_special(x, "__index__").is_some() {
        let n = vm.index(x)?;
        let Some(n) = n.to_i64() else {
            return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
        };
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        if n > (1 << 34) {
            return Err(vm.memory_error(""));
        }
        return Ok(vec![0; n as usize]);
    }
    if x.payload_is::<StrObj>() {
        return Err(vm.type_error("string argument without an encoding"));
    }
    let it = match vm.iter(x) {
        Ok(it) => it,
        Err(e) if vm.exc_matches(&e, &vm.exc.type_error) => {
            return Err(vm.type_error(format!(
                "cannot convert '{}' object to {}",
                vm.type_name(x),
                tyname
            )))
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(v) = vm.next(&it)? {
        out.push(byte_val(vm, &v, range_msg)?);
    }
    Ok(out)
}

fn construct(vm: &Vm, a: &FnArgs, tyname: &str) -> PyResult<Vec<u8>> {
    let v = kw_args(vm, a, tyname, &["source", "encoding", "errors"], 3, 0)?;
    let enc = codec_name_arg(vm, slot(&v, 1), tyname, "encoding")?;
    let errors = codec_name_arg(vm, slot(&v, 2), tyname, "errors")?;
    match slot(&v, 0) {
        None => {
            if enc.is_some() {
                return Err(vm.type_error("encoding without a string argument"));
            }
            if errors.is_some() {
                return Err(vm.type_error("errors without a string argument"));
            }
            Ok(Vec::new())
        }
        Some(x) => {
            if let Some(s) = x.downcast::<StrObj>() {
                let Some(enc) = enc else {
                    return Err(vm.type_error("string argument without an encoding"));
                };
                return encode_str(vm, x, &s.s, &enc, errors.as_deref().unwrap_or("strict"));
            }
            if enc.is_some() {
                return Err(vm.type_error("encoding without a string argument"));
            }
            if errors.is_some() {
                return Err(vm.type_error("errors without a string argument"));
            }
            bytes_from_source(vm, x, tyname)
        }
    }
}

fn bytes_new(vm: &Vm, a: FnArgs) -> PyResult {
    let cls = crate::str_methods::cls_arg(vm, &a, "bytes")?;
    // bytes(b) for an exact bytes returns it unchanged.
    if cls.is(&vm.types.bytes)
        && a.kwnames.is_empty()
        && a.args.len() == 2
        && vm.is_exact(&a.args[1], &vm.types.bytes)
    {
        return Ok(a.args[1].clone());
    }
    let b = construct(vm, &a, "bytes")?;
    if cls.is(&vm.types.bytes) {
        return Ok(vm.new_bytes(b));
    }
    alloc_instance(
        vm,
        &cls,
        BytesObj {
            b: b.into_boxed_slice(),
            hash: Cell::new(-1),
        },
    )
}

fn bytearray_new(vm: &Vm, a: FnArgs) -> PyResult {
    let cls = crate::str_methods::cls_arg(vm, &a, "bytearray")?;
    let b = construct(vm, &a, "bytearray")?;
    alloc_instance(vm, &cls, ByteArrayObj(RefCell::new(b)))
}

fn bytes_bytes(vm: &Vm, a: FnArgs) -> PyResult {
    let (b, _) = self_buf(vm, &a, "__bytes__")?;
    no_args(vm, &a, "bytes.__bytes__")?;
    if vm.is_exact(&a.args[0], &vm.types.bytes) {
        return Ok(a.args[0].clone());
    }
    Ok(vm.new_bytes(b))
}

// ---------------------------------------------------------------------------
// Methods common to bytes and bytearray.

fn b_decode(vm: &Vm, a: FnArgs) -> PyResult {
    let (b, _) = self_buf(vm, &a, "decode")?;
    let v = kw_args(vm, &a, "decode", &["encoding", "errors"], 2, 0)?;
    let enc = codec_name_arg(vm, slot(&v, 0), "decode", "encoding")?;
    let errors = codec_name_arg(vm, slot(&v, 1), "decode", "errors")?;
    let s = decode_bytes(
        vm,
        &a.args[0],
        &b,
        enc.as_deref().unwrap_or("utf-8"),
        errors.as_deref().unwrap_or("strict"),
    )?;
    Ok(vm.new_string(s))
}

fn b_hex(vm: &Vm, a: FnArgs) -> PyResult {
    let (b, _) = self_buf(vm, &a, "hex")?;
    let v = kw_args(vm, &a, "hex", &["sep", "bytes_per_sep"], 2, 0)?;
    let sep = match slot(&v, 0) {
        None => None,
        Some(s) => {
            let sb: Vec<u8> = if let Some(st) = s.downcast::<StrObj>() {
                if !st.s.is_ascii() {
                    if st.char_len == 1 {
                        return Err(vm.value_error("sep must be ASCII."));
                    }
                    return Err(vm.value_error("sep must be length 1."));
                }
                st.s.as_bytes().to_vec()
            } else if let Some(bb) = bytes_view(s) {
                bb
            } else {
                return Err(
                    vm.type_error(format!("sep must be str or bytes, not {}", vm.type_name(s)))
                );
            };
            if sb.len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            if sb[0] >= 0x80 {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(sb[0] as char)
        }
    };
    let per = match slot(&v, 1) {
        Some(n) => int_arg(vm, n)?,
        None => 1,
    };
    let hexes: Vec<String> = b.iter().map(|c| format!("{:02x}", c)).collect();
    let Some(sep) = sep.filter(|_| per != 0 && !b.is_empty()) else {
        return Ok(vm.new_string(hexes.concat()));
    };
    let n = per.unsigned_abs() as usize;
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        // Groups counted from the right.
        let first = b.len() % n;
        if first > 0 {
            groups.push(hexes[..first].concat());
        }
        let mut i = first;
        while i < b.len() {
            groups.push(hexes[i..i + n].concat());
            i += n;
        }
    } else {
        for chunk in hexes.chunks(n) {
            groups.push(chunk.concat());
        }
    }
    Ok(vm.new_string(groups.join(&sep.to_string())))
}

fn b_fromhex(vm: &Vm, a: FnArgs) -> PyResult {
    let cls = a.args[0].clone();
    let s = one_arg(vm, &a, "fromhex")?;
    let s = s.downcast::<StrObj>().ok_or_else(|| {
        vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(s)
        ))
    })?;
    let chars: Vec<char> = s.s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let err = |i: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {}",
            i
        ))
    };
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() || chars[i] == '\x0b' {
            i += 1;
            continue;
        }
        let hi = chars[i]
            .to_digit(16)
            .filter(|_| chars[i].is_ascii())
            .ok_or_else(|| err(i))?;
        let lo = chars
            .get(i + 1)
            .filter(|c| c.is_ascii())
            .and_then(|c| c.to_digit(16))
            .ok_or_else(|| err(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    if cls.is(&vm.types.bytes) {
        return Ok(vm.new_bytes(out));
    }
    if cls.is(&vm.types.bytearray) {
        return Ok(mk(vm, true, out));
    }
    let base_ba = vm.is_subtype(&cls, &vm.types.bytearray);
    let v = mk(vm, base_ba, out);
    vm.call(&cls, &[v])
}

fn b_join(vm: &Vm, a: FnArgs) -> PyResult {
    let (sep, ba) = self_buf(vm, &a, "join")?;
    let it = one_arg(vm, &a, "join")?;
    let items = vm.to_vec(it)?;
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        let Some(b) = bytes_view(x) else {
            return Err(vm.type_error(format!(
                "sequence item {}: expected a bytes-like object, {} found",
                i,
                vm.type_name(x)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(mk(vm, ba, out))
}

fn split_common(vm: &Vm, a: &FnArgs, name: &str, rev: bool) -> PyResult {
    let (h, ba) = self_buf(vm, a, name)?;
    let v = kw_args(vm, a, name, &["sep", "maxsplit"], 2, 0)?;
    let max = match slot(&v, 1) {
        Some(m) => int_arg(vm, m)?,
        None => -1,
    };
    let parts = match slot(&v, 0).filter(|s| !s.is(&vm.none)) {
        None => split_ws(&h, max, rev),
        Some(sep) => {
            let sep = buf(vm, sep)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if rev {
                rsplit_on(&h, &sep, max)
            } else {
                split_on(&h, &sep, max)
            }
        }
    };
    Ok(vm.new_list(parts.into_iter().map(|p| mk(vm, ba, p.to_vec())).collect()))
}

fn b_split(vm: &Vm, a: FnArgs) -> PyResult {
    split_common(vm, &a, "split", false)
}

fn b_rsplit(vm: &Vm, a: FnArgs) -> PyResult {
    split_common(vm, &a, "rsplit", true)
}

fn b_splitlines(vm: &Vm, a: FnArgs) -> PyResult {
    let (h, ba) = self_buf(vm, &a, "splitlines")?;
    let v = kw_args(vm, &a, "splitlines", &["keepends"], 1, 0)?;
    let keep = match slot(&v, 0) {
        Some(k) => vm.truthy(k)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < h.len() {
        let c = h[i];
        if c == b'\n' || c == b'\r' {
            let mut end = i + 1;
            if c == b'\r' && h.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            out.push(mk(vm, ba, h[start..if keep { end } else { i }].to_vec()));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < h.len() {
        out.push(mk(vm, ba, h[start..].to_vec()));
    }
    Ok(vm.new_list(out))
}

fn strip_common(vm: &Vm, a: &FnArgs, name: &str, left: bool, right: bool) -> PyResult {
    let (h, ba) = self_buf(vm, a, name)?;
    let p = clinic_args(vm, a, name, &format!("bytes.{}", name), 0, 1)?;
    let set: Option<Vec<u8>> = match p.first().filter(|c| !c.is(&vm.none)) {
        None => None,
        Some(c) => Some(buf(vm, c)?),
    };
    let strip = |c: &u8| match &set {
        None => is_ascii_space_byte(*c),
        Some(s) => s.contains(c),
    };
    let mut i = 0;
    let mut j = h.len();
    if left {
        while i < j && strip(&h[i]) {
            i += 1;
        }
    }
    if right {
        while j > i && strip(&h[j - 1]) {
            j -= 1;
        }
    }
    if !ba && i == 0 && j == h.len() && vm.is_exact(&a.args[0], &vm.types.bytes) {
        return Ok(a.args[0].clone());
    }
    Ok(mk(vm, ba, h[i..j].to_vec()))
}

fn b_strip(vm: &Vm, a: FnArgs) -> PyResult {
    strip_common(vm, &a, "strip", true, true)
}

fn b_lstrip(vm: &Vm, a: FnArgs) -> PyResult {
    strip_common(vm, &a, "lstrip", true, false)
}

fn b_rstrip(vm: &Vm, a: FnArgs) -> PyResult {
    strip_common(vm, &a, "rstrip", false, true)
}

fn find_common(vm: &Vm, a: &FnArgs, name: &str, rev: bool) -> PyResult<Option<usize>> {
    let (h, _) = self_buf(vm, a, name)?;
    let p = tuple_args(vm, a, name, name, 1, 3)?;
    let sub = sub_arg(vm, &p[0])?;
    let (s, e) = range_args(vm, p, 1, h.len())?;
    if e - s < sub.len() as i64 {
        return Ok(None);
    }
    let hay = &h[s as usize..e as usize];
    let r = if rev {
        rfind_bytes(hay, &sub)
    } else {
        find_bytes(hay, &sub)
    };
    Ok(r.map(|i| i + s as usize))
}

fn b_find(vm: &Vm, a: FnArgs) -> PyResult {
    let r = find_common(vm, &a, "find", false)?;
    Ok(vm.new_int(r.map_or(-1, |i| i as i64)))
}

fn b_rfind(vm: &Vm, a: FnArgs) -> PyResult {
    let r = find_common(vm, &a, "rfind", true)?;
    Ok(vm.new_int(r.map_or(-1, |i| i as i64)))
}

fn b_index(vm: &Vm, a: FnArgs) -> PyResult {
    match find_common(vm, &a, "index", false)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn b_rindex(vm: &Vm, a: FnArgs) -> PyResult {
    match find_common(vm, &a, "rindex", true)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn b_count(vm: &Vm, a: FnArgs) -> PyResult {
    let (h, _) = self_buf(vm, &a, "count")?;
    let p = tuple_args(vm, &a, "count", "count", 1, 3)?;
    let sub = sub_arg(vm, &p[0])?;
    let (s, e) = range_args(vm, p, 1, h.len())?;
    if e - s < sub.len() as i64 {
        return Ok(vm.new_int(0));
    }
    Ok(vm.new_int(count_bytes(&h[s as usize..e as usize], &sub) as i64))
}

fn affix(vm: &Vm, a: &FnArgs, name: &str, start: bool) -> PyResult {
    let (h, _) = self_buf(vm, a, name)?;
    let p = tuple_args(vm, a, name, name, 1, 3)?;
    let (s, e) = range_args(vm, p, 1, h.len())?;
    let test = |sub: &[u8]| -> bool {
        if e - (sub.len() as i64) < s {
            return false;
        }
        let hay = &h[s as usize..e as usize];
        if start {
            hay.starts_with(sub)
        } else {
            hay.ends_with(sub)
        }
    };
    if let Some(t) = p[0].downcast::<TupleObj>() {
        for x in t.0.iter() {
            let sub = bytes_view(x).ok_or_else(|| {
                vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(x)
                ))
            })?;
            if test(&sub) {
                return Ok(vm.true_.clone());
            }
        }
        return Ok(vm.false_.clone());
    }
    let sub = bytes_view(&p[0]).ok_or_else(|| {
        vm.type_error(format!(
            "{} first arg must be bytes or a tuple of bytes, not {}",
            name,
            vm.type_name(&p[0])
        ))
    })?;
    Ok(vm.bool(test(&sub)))
}

fn b_startswith(vm: &Vm, a: FnArgs) -> PyResult {
    affix(vm, &a, "startswith", true)
}

fn b_endswith(vm: &Vm, a: FnArgs) -> PyResult {
    affix(vm, &a, "endswith", false)
}

fn b_replace(vm: &Vm, a: FnArgs) -> PyResult {
    let (h, ba) = self_buf(vm, &a, "replace")?;
    let p = clinic_args(vm, &a, "replace", "bytes.replace", 2, 3)?;
    let old = buf(vm, &p[0])?;
    let new = buf(vm, &p[1])?;
    let mut count = match p.get(2) {
        Some(c) => int_arg(vm, c)?,
        None => -1,
    };
    let mut out = Vec::with_capacity(h.len());
    if old.is_empty() {
        for c in h.iter() {
            if count != 0 {
                out.extend_from_slice(&new);
                count -= 1;
            }
            out.push(*c);
        }
        if count != 0 {
            out.extend_from_slice(&new);
        }
        return Ok(mk(vm, ba, out));
    }
    let mut i = 0;
    while count != 0 {
        match find_bytes(&h[i..], &old) {
            Some(p) => {
                out.extend_from_slice(&h[i..i + p]);
                out.extend_from_slice(&new);
                i += p + old.len();
                count -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&h[i..]);
    Ok(mk(vm, ba, out))
}

fn partition_common(vm: &Vm, a: &FnArgs, name: &str, rev: bool) -> PyResult {
    let (h, ba) = self_buf(vm, a, name)?;
    let sep = one_arg(vm, a, name)?;
    let sep = buf(vm, sep)?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if rev {
        rfind_bytes(&h, &sep)
    } else {
        find_bytes(&h, &sep)
    };
    let e = || mk(vm, ba, Vec::new());
    Ok(match found {
        Some(i) => vm.new_tuple(vec![
            mk(vm, ba, h[..i].to_vec()),
            mk(vm, ba, sep.clone()),
            mk(vm, ba, h[i + sep.len()..].to_vec()),
        ]),
        None if rev => vm.new_tuple(vec![e(), e(), mk(vm, ba, h)]),
        None => vm.new_tuple(vec![mk(vm, ba, h), e(), e()]),
    })
}

fn b_partition(vm: &Vm, a: FnArgs) -> PyResult {
    partition_common(vm, &a, "partition", false)
}

fn b_rpartition(vm: &Vm, a: FnArgs) -> PyResult {
    partition_common(vm, &a, "rpartition", true)
}

fn pad_common(vm: &Vm, a: &FnArgs, name: &str, how: u8) -> PyResult {
    let (h, ba) = self_buf(vm, a, name)?;
    let p = clinic_args(vm, a, name, &format!("bytes.{}", name), 1, 2)?;
    let width = vm.ssize_arg(&p[0])?;
    let fill = match p.get(1) {
        None => b' ',
        Some(f) => match bytes_view(f) {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                return Err(vm.type_error(format!(
                    "{}() argument 2 must be a byte string of length 1, not {}",
                    name,
                    vm.type_name(f)
                )))
            }
        },
    };
    let len = h.len() as i64;
    if width <= len {
        return Ok(mk(vm, ba, h));
    }
    if width > isize::MAX as i64 - 64 {
        return Err(vm.overflow_error("byte string is too large"));
    }
    let marg = width - len;
    let (left, right) = match how {
        0 => (0, marg),
        1 => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & width & 1);
            (left, marg - left)
        }
    };
    let mut out = Vec::new();
    vm.try_reserve(&mut out, width as usize)?;
    out.extend(std::iter::repeat_n(fill, left as usize));
    out.extend_from_slice(&h);
    out.extend(std::iter::repeat_n(fill, right as usize));
    Ok(mk(vm, ba, out))
}

fn b_ljust(vm: &Vm, a: FnArgs) -> PyResult {
    pad_common(vm, &a, "ljust", 0)
}

fn b_rjust(vm: &Vm, a: FnArgs) -> PyResult {
    pad_common(vm, &a, "rjust", 1)
}

fn b_center(vm: &Vm, a: FnArgs) -> PyResult {
    pad_common(vm, &a, "center", 2)
}

fn b_zfill(vm: &Vm, a: FnArgs) -> PyResult {
    let (h, ba) = self_buf(vm, &a, "zfill")?;
    let w = one_arg(vm, &a, "zfill")?;
    let width = vm.ssize_arg(w)?;
    if width <= h.len() as i64 {
        return Ok(mk(vm, ba, h));
    }
    if width > isize::MAX as i64 - 64 {
        return Err(vm.overflow_error("byte string is too large"));
    }
    let fill = width as usize - h.len();
    let mut out = Vec::new();
    vm.try_reserve(&mut out, width as usize)?;
    let body = match h.first() {
        Some(c @ (b'+' | b'-')) => {
            out.push(*c);
            &h[1..]
        }
        _ => &h[..],
    };
    out.extend(std::iter::repeat_n(b'0', fill));
    out.extend_from_slice(body);
    Ok(mk(vm, ba, out))
}

fn b_expandtabs(vm: &Vm, a: FnArgs) -> PyResult {
    let (h, ba) = self_buf(vm, &a, "expandtabs")?;
    let v = kw_args(vm, &a, "expandtabs", &["tabsize"], 1, 0)?;
    let tab = match slot(&v, 0) {
        Some(t) => vm.c_int_arg(t)? as i64,
        None => 8,
    };
    let mut out = Vec::new();
    let mut col: i64 = 0;
    for &c in &h {
        if c == b'\t' {
            if tab > 0 {
                let incr = tab - col % tab;
                col += incr;
                vm.try_reserve(&mut out, incr as usize)?;
                out.extend(std::iter::repeat_n(b' ', incr as usize));
            }
        } else {
            col += 1;
            out.push(c);
            if c == b'\n' || c == b'\r' {
                col = 0;
            }
        }
    }
    Ok(mk(vm, ba, out))
}

fn affix_remove(vm: &Vm, a: &FnArgs, name: &str, prefix: bool) -> PyResult {
    let (h, ba) = self_buf(vm, a, name)?;
    let x = one_arg(vm, a, name)?;
    let x = buf(vm, x)?;
    let r = if prefix {
        h.strip_prefix(&x[..])
    } else {
        h.strip_suffix(&x[..])
    };
    match r {
        Some(r) if !x.is_empty() => Ok(mk(vm, ba, r.to_vec())),
        _ => {
            if !ba && vm.is_exact(&a.args[0], &vm.types.bytes) {
                return Ok(a.args[0].clone());
            }
            Ok(mk(vm, ba, h))
        }
    }
}

fn b_removeprefix(vm: &Vm, a: FnArgs) -> PyResult {
    affix_remove(vm, &a, "removeprefix", true)
}

fn b_removesuffix(vm: &Vm, a: FnArgs) -> PyResult {
    affix_remove(vm, &a, "removesuffix", false)
}

macro_rules! b_map {
    ($( $fn:ident, $name:literal => |$h:ident| $body:expr ;)*) => {
        $(
            fn $fn(vm: &Vm, a: FnArgs) -> PyResult {
                let ($h, ba) = self_buf(vm, &a, $name)?;
                no_args(vm, &a, concat!("bytes.", $name))?;
                Ok(mk(vm, ba, $body))
            }
        )*
    };
}

b_map! {
    b_upper, "upper" => |h| h.to_ascii_uppercase();
    b_lower, "lower" => |h| h.to_ascii_lowercase();
    b_swapcase, "swapcase" => |h| h.iter().map(|c| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() }).collect();
    b_capitalize, "capitalize" => |h| h.iter().enumerate().map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect();
    b_title, "title" => |h| {
        let mut prev = false;
        h.iter().map(|&c| {
            let r = if prev { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
            prev = c.is_ascii_alphabetic();
            r
        }).collect()
    };
}

macro_rules! b_pred {
    ($( $fn:ident, $name:literal, $empty:expr => |$h:ident| $body:expr ;)*) => {
        $(
            fn $fn(vm: &Vm, a: FnArgs) -> PyResult {
                let ($h, _) = self_buf(vm, &a, $name)?;
                no_args(vm, &a, concat!("bytes.", $name))?;
                if $h.is_empty() {
                    return Ok(vm.bool($empty));
                }
                Ok(vm.bool($body))
            }
        )*
    };
}

b_pred! {
    b_isdigit, "isdigit", false => |h| h.iter().all(u8::is_ascii_digit);
    b_isalpha, "isalpha", false => |h| h.iter().all(u8::is_ascii_alphabetic);
    b_isalnum, "isalnum", false => |h| h.iter().all(u8::is_ascii_alphanumeric);
    b_isspace, "isspace", false => |h| h.iter().all(|c| is_ascii_space_byte(*c));
    b_isascii, "isascii", true => |h| h.is_ascii();
    b_isupper, "isupper", false => |h| h.iter().any(u8::is_ascii_uppercase) && !h.iter().any(u8::is_ascii_lowercase);
    b_islower, "islower", false => |h| h.iter().any(u8::is_ascii_lowercase) && !h.iter().any(u8::is_ascii_uppercase);
    b_istitle, "istitle", false => |h| {
        let mut cased = false;
        let mut prev = false;
        let mut ok = true;
        for c in h.iter() {
            if c.is_ascii_uppercase() {
                if prev { ok = false; break; }
                prev = true;
                cased = true;
            } else if c.is_ascii_lowercase() {
                if !prev { ok = false; break; }
                prev = true;
                cased = true;
            } else {
                prev = false;
            }
        }
        ok && cased
    };
}

fn b_maketrans(vm: &Vm, a: FnArgs) -> PyResult {
    no_kwargs(vm, &a, "maketrans")?;
    let p = a.pos();
    if p.len() != 2 {
        return Err(vm.type_error(format!("maketrans expected 2 arguments, got {}", p.len())));
    }
    let x = buf(vm, &p[0])?;
    let y = buf(vm, &p[1])?;
    if x.len() != y.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in x.iter().zip(y.iter()) {
        table[*f as usize] = *t;
    }
    Ok(vm.new_bytes(table))
}

fn b_translate(vm: &Vm, a: FnArgs) -> PyResult {
    let (h, ba) = self_buf(vm, &a, "translate")?;
    let v = kw_args(vm, &a, "translate", &["table", "delete"], 2, 1)?;
    let table = match slot(&v, 0).filter(|t| !t.is(&vm.none)) {
        None => None,
        Some(t) => {
            let t = buf(vm, t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match slot(&v, 1) {
        Some(d) => buf(vm, d)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = h
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(mk(vm, ba, out))
}

fn b_getnewargs(vm: &Vm, a: FnArgs) -> PyResult {
    let (h, _) = self_buf(vm, &a, "__getnewargs__")?;
    no_args(vm, &a, "bytes.__getnewargs__")?;
    Ok(vm.new_tuple(vec![vm.new_bytes(h)]))
}

// ---------------------------------------------------------------------------
// bytearray mutators.

fn ba_append(vm: &Vm, a: FnArgs) -> PyResult {
    let ba = self_bytearray(vm, &a, "append")?;
    let x = one_arg(vm, &a, "bytearray.append")?;
    let b = byte_val(vm, x, "byte must be in range(0, 256)")?;
    ba.0.borrow_mut().push(b);
    Ok(vm.none())
}

fn ba_extend(vm: &Vm, a: FnArgs) -> PyResult {
    let ba = self_bytearray(vm, &a, "extend")?;
    let x = one_arg(vm, &a, "bytearray.extend")?;
    let items = if let Some(b) = bytes_view(x) {
        b
    } else {
        let it = match vm.iter(x) {
            Ok(it) => it,
            Err(e) if vm.exc_matches(&e, &vm.exc.type_error) => {
                return Err(
                    vm.type_error(format!("can't extend bytearray with {}", vm.type_name(x)))
                )
            }
            Err(e) => return Err(e),
        };
        let mut out = Vec::new();
        while let Some(v) = vm.next(&it)? {
            out.push(byte_val(vm, &v, "byte must be in range(0, 256)")?);
        }
        out
    };
    ba.0.borrow_mut().extend(items);
    Ok(vm.none())
}

fn ba_pop(vm: &Vm, a: FnArgs) -> PyResult {
    let ba = self_bytearray(vm, &a, "pop")?;
    let p = clinic_args(vm, &a, "pop", "bytearray.pop", 0, 1)?;
    let i = match p.first() {
        Some(x) => int_arg(vm, x)?,
        None => -1,
    };
    let len = ba.0.borrow().len() as i64;
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(vm.index_error("pop index out of range"));
    }
    let b = ba.0.borrow_mut().remove(j as usize);
    Ok(vm.new_int(b as i64))
}

fn ba_insert(vm: &Vm, a: FnArgs) -> PyResult {
    let ba = self_bytearray(vm, &a, "insert")?;
    let p = clinic_args(vm, &a, "insert", "bytearray.insert", 2, 2)?;
    let i = int_arg(vm, &p[0])?;
    let b = byte_val(vm, &p[1], "byte must be in range(0, 256)")?;
    let len = ba.0.borrow().len() as i64;
    let j = if i < 0 { (i + len).max(0) } else { i.min(len) };
    ba.0.borrow_mut().insert(j as usize, b);
    Ok(vm.none())
}

fn ba_remove(vm: &Vm, a: FnArgs) -> PyResult {
    let ba = self_bytearray(vm, &a, "remove")?;
    let x = one_arg(vm, &a, "bytearray.remove")?;
    let b = byte_val(vm, x, "byte must be in range(0, 256)")?;
    let pos = ba.0.borrow().iter().position(|c| *c == b);
    match pos {
        Some(i) => {
            ba.0.borrow_mut().remove(i);
            Ok(vm.none())
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn ba_reverse(vm: &Vm, a: FnArgs) -> PyResult {
    let ba = self_bytearray(vm, &a, "reverse")?;
    no_args(vm, &a, "bytearray.reverse")?;
    ba.0.borrow_mut().reverse();
    Ok(vm.none())
}

fn ba_clear(vm: &Vm, a: FnArgs) -> PyResult {
    let ba = self_bytearray(vm, &a, "clear")?;
    no_args(vm, &a, "bytearray.clear")?;
    ba.0.borrow_mut().clear();
    Ok(vm.none())
}

fn ba_copy(vm: &Vm, a: FnArgs) -> PyResult {
    let ba = self_bytearray(vm, &a, "copy")?;
    no_args(vm, &a, "bytearray.copy")?;
    let v = ba.0.borrow().clone();
    Ok(mk(vm, true, v))
}

fn ba_iadd(vm: &Vm, a: FnArgs) -> PyResult {
    let ba = self_bytearray(vm, &a, "__iadd__")?;
    let x = one_arg(vm, &a, "bytearray.__iadd__")?;
    let Some(b) = bytes_view(x) else {
        return Err(vm.type_error(format!("can't concat {} to bytearray", vm.type_name(x))));
    };
    ba.0.borrow_mut().extend(b);
    Ok(a.args[0].clone())
}

/// Registers the bytes and bytearray methods and constructors.
pub fn init(vm: &Vm) {
    let t = &vm.types;
    add_static(vm, &t.bytes, "__new__", bytes_new);
    add_static(vm, &t.bytearray, "__new__", bytearray_new);
    add_method(vm, &t.bytes, "__bytes__", bytes_bytes);
    for ty in [&t.bytes, &t.bytearray] {
        add_classmethod(vm, ty, "fromhex", b_fromhex);
        add_static(vm, ty, "maketrans", b_maketrans);
        for (n, f) in [
            ("decode", b_decode as NativeFn),
            ("hex", b_hex),
            ("join", b_join),
            ("split", b_split),
            ("rsplit", b_rsplit),
            ("splitlines", b_splitlines),
            ("strip", b_strip),
            ("lstrip", b_lstrip),
            ("rstrip", b_rstrip),
            ("find", b_find),
            ("rfind", b_rfind),
            ("index", b_index),
            ("rindex", b_rindex),
            ("count", b_count),
            ("startswith", b_startswith),
            ("endswith", b_endswith),
            ("replace", b_replace),
            ("partition", b_partition),
            ("rpartition", b_rpartition),
            ("ljust", b_ljust),
            ("rjust", b_rjust),
            ("center", b_center),
            ("zfill", b_zfill),
            ("expandtabs", b_expandtabs),
            ("removeprefix", b_removeprefix),
            ("removesuffix", b_removesuffix),
            ("upper", b_upper),
            ("lower", b_lower),
            ("swapcase", b_swapcase),
            ("capitalize", b_capitalize),
            ("title", b_title),
            ("isdigit", b_isdigit),
            ("isalpha", b_isalpha),
            ("isalnum", b_isalnum),
            ("isspace", b_isspace),
            ("isascii", b_isascii),
            ("isupper", b_isupper),
            ("islower", b_islower),
            ("istitle", b_istitle),
            ("translate", b_translate),
        ] {
            add_method(vm, ty, n, f);
        }
    }
    add_method(vm, &t.bytes, "__getnewargs__", b_getnewargs);
    for (n, f) in [
        ("append", ba_append as NativeFn),
        ("extend", ba_extend),
        ("pop", ba_pop),
        ("insert", ba_insert),
        ("remove", ba_remove),
        ("reverse", ba_reverse),
        ("clear", ba_clear),
        ("copy", ba_copy),
        ("__iadd__", ba_iadd),
    ] {
        add_method(vm, &t.bytearray, n, f);
    }
}

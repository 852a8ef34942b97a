//! `memoryview`: one-dimensional views of the memory of bytes and
//! bytearray objects, with CPython 3.11's behaviour for indexing, slicing,
//! item assignment, `cast` between the byte formats and the native
//! single-character formats, `tobytes`/`tolist`/`hex`, comparison,
//! hashing, `release()` and the context manager protocol.
//!
//! A view is the exporting object plus a byte offset, an item count, a
//! byte stride and an item format; slicing makes a new view of the same
//! object. Every access checks the bounds against the exporter's current
//! size (a bytearray may have been resized), so no access can go out of
//! range.

use std::cell::Cell;
use std::rc::Rc;

use strata_object::payloads::*;
use strata_object::types::type_layout;
use strata_object::{TypeFlags, Value};

use crate::numeric::as_int;
use crate::runtime::*;
use crate::typeslots::{add_method, add_static, check_args};
use crate::vm::{PyResult, Vm};

/// Payload of `memoryview`.
pub struct MemoryViewObj {
    /// The exporting bytes or bytearray.
    obj: Value,
    /// Byte offset of the first item.
    offset: usize,
    /// Number of items.
    len: usize,
    /// Bytes from one item to the next (negative for reversed slices).
    stride: isize,
    itemsize: usize,
    /// The item format (`"B"`, `"i"`, ...).
    format: Rc<str>,
    readonly: bool,
    released: Cell<bool>,
}

/// Size of a native single-character struct format, or None if
/// memoryview does not support it.
fn format_size(f: &str) -> Option<usize> {
    let f = f.strip_prefix('@').unwrap_or(f);
    Some(match f {
        "B" | "b" | "c" | "?" => 1,
        "h" | "H" | "e" => 2,
        "i" | "I" | "f" => 4,
        "l" | "L" | "q" | "Q" | "n" | "N" | "d" | "P" => 8,
        _ => return None,
    })
}

fn is_byte_format(f: &str) -> bool {
    matches!(f.strip_prefix('@').unwrap_or(f), "B" | "b" | "c")
}

fn released_error(vm: &Vm) -> Value {
    vm.value_error("operation forbidden on released memoryview object")
}

fn view<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a MemoryViewObj> {
    let m = v
        .downcast::<MemoryViewObj>()
        .ok_or_else(|| vm.type_error("descriptor requires a 'memoryview' object"))?;
    if m.released.get() {
        return Err(released_error(vm));
    }
    Ok(m)
}

fn arg_view<'a>(vm: &Vm, a: &'a FnArgs) -> PyResult<&'a MemoryViewObj> {
    let s = a
        .args
        .first()
        .ok_or_else(|| vm.type_error("descriptor needs an argument"))?;
    view(vm, s)
}

/// Runs `f` on the exporter's bytes.
fn with_data<R>(obj: &Value, f: impl FnOnce(&[u8]) -> R) -> R {
    if let Some(b) = obj.downcast::<BytesObj>() {
        return f(&b.b);
    }
    match obj.downcast::<ByteArrayObj>() {
        Some(b) => f(&b.0.borrow()),
        None => f(&[]),
    }
}

impl MemoryViewObj {
    /// Byte offset of item `i`.
    fn item_offset(&self, i: usize) -> isize {
        self.offset as isize + i as isize * self.stride
    }

    /// The bytes of every item, in order.
    fn gather(&self, vm: &Vm) -> PyResult<Vec<u8>> {
        with_data(&self.obj, |d| {
            let mut out = Vec::with_capacity(self.len * self.itemsize);
            for i in 0..self.len {
                let o = self.item_offset(i);
                let end = o + self.itemsize as isize;
                if o < 0 || end as usize > d.len() {
                    return Err(vm.value_error("memoryview: underlying buffer was resized"));
                }
                out.extend_from_slice(&d[o as usize..end as usize]);
            }
            Ok(out)
        })
    }

    /// The bytes of item `i`.
    fn item_bytes(&self, vm: &Vm, i: usize) -> PyResult<Vec<u8>> {
        let o = self.item_offset(i);
        with_data(&self.obj, |d| {
            let end = o + self.itemsize as isize;
            if o < 0 || end as usize > d.len() {
                return Err(vm.value_error("memoryview: underlying buffer was resized"));
            }
            Ok(d[o as usize..end as usize].to_vec())
        })
    }

    fn contiguous(&self) -> bool {
        self.len <= 1 || self.stride == self.itemsize as isize
    }
}

/// The bytes of a contiguous memoryview (for the buffer protocol of the
/// bytes functions); None for other objects or released views.
pub fn view_bytes(v: &Value) -> Option<Vec<u8>> {
    let m = v.downcast::<MemoryViewObj>()?;
    if m.released.get() {
        return None;
    }
    with_data(&m.obj, |d| {
        let mut out = Vec::with_capacity(m.len * m.itemsize);
        for i in 0..m.len {
            let o = m.item_offset(i);
            let end = o + m.itemsize as isize;
            if o < 0 || end as usize > d.len() {
                return None;
            }
            out.extend_from_slice(&d[o as usize..end as usize]);
        }
        Some(out)
    })
}

/// Whether `v` is a memoryview.
pub fn is_memoryview(v: &Value) -> bool {
    v.payload_is::<MemoryViewObj>()
}

/// Decodes one item of format `f`.
fn unpack(vm: &Vm, f: &str, b: &[u8]) -> Value {
    let f = f.strip_prefix('@').unwrap_or(f);
    let arr8 = |b: &[u8]| {
        let mut a = [0u8; 8];
        a[..b.len()].copy_from_slice(b);
        a
    };
    match f {
        "B" => vm.new_int(b[0] as i64),
        "b" => vm.new_int(b[0] as i8 as i64),
        "c" => vm.new_bytes(vec![b[0]]),
        "?" => vm.bool(b[0] != 0),
        "h" => vm.new_int(i16::from_ne_bytes([b[0], b[1]]) as i64),
        "H" => vm.new_int(u16::from_ne_bytes([b[0], b[1]]) as i64),
        "i" => vm.new_int(i32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64),
        "I" => vm.new_int(u32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64),
        "l" | "q" | "n" => vm.new_int(i64::from_ne_bytes(arr8(b))),
        "L" | "Q" | "N" | "P" => vm.new_bigint(u64::from_ne_bytes(arr8(b)).into()),
        "f" => vm.new_float(f32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as f64),
        "d" => vm.new_float(f64::from_ne_bytes(arr8(b))),
        "e" => vm.new_float(half_to_f64(u16::from_ne_bytes([b[0], b[1]]))),
        _ => vm.none(),
    }
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((h >> 10) & 0x1f) as i32;
    let frac = (h & 0x3ff) as f64;
    sign * match exp {
        0 => frac * 2f64.powi(-24),
        31 if frac == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        e => (1.0 + frac / 1024.0) * 2f64.powi(e - 15),
    }
}

/// Encodes `v` as one item of format `f`.
fn pack(vm: &Vm, f: &str, v: &Value) -> PyResult<Vec<u8>> {
    let f = f.strip_prefix('@').unwrap_or(f);
    let invalid_type = || vm.type_error(format!("memoryview: invalid type for format '{f}'"));
    let invalid_value = || vm.value_error(format!("memoryview: invalid value for format '{f}'"));
    let int = |lo: i128, hi: i128| -> PyResult<i128> {
        if as_int(v).is_none() && vm.lookup_special(v, "__index__").is_none() {
            return Err(invalid_type());
        }
        let i = vm.index(v)?;
        let i: i128 = num_traits::ToPrimitive::to_i128(&i).ok_or_else(invalid_value)?;
        if i < lo || i > hi {
            return Err(invalid_value());
        }
        Ok(i)
    };
    Ok(match f {
        "B" => vec![int(0, 255)? as u8],
        "b" => vec![int(-128, 127)? as i8 as u8],
        "c" => match v.downcast::<BytesObj>() {
            Some(b) if b.b.len() == 1 => vec![b.b[0]],
            Some(_) => return Err(invalid_value()),
            None => return Err(invalid_type()),
        },
        "?" => vec![vm.truthy(v)? as u8],
        "h" => (int(i16::MIN as i128, i16::MAX as i128)? as i16)
            .to_ne_bytes()
            .to_vec(),
        "H" => (int(0, u16::MAX as i128)? as u16).to_ne_bytes().to_vec(),
        "i" => (int(i32::MIN as i128, i32::MAX as i128)? as i32)
            .to_ne_bytes()
            .to_vec(),
        "I" => (int(0, u32::MAX as i128)? as u32).to_ne_bytes().to_vec(),
        "l" | "q" | "n" => (int(i64::MIN as i128, i64::MAX as i128)? as i64)
            .to_ne_bytes()
            .to_vec(),
        "L" | "Q" | "N" | "P" => (int(0, u64::MAX as i128)? as u64).to_ne_bytes().to_vec(),
        "f" | "d" => {
            let Some(x) = crate::numeric::as_float(v)
                .or_else(|| as_int(v).and_then(|i| vm.int_to_f64(&i).ok()))
            else {
                return Err(invalid_type());
            };
            if f == "f" {
                (x as f32).to_ne_bytes().to_vec()
            } else {
                x.to_ne_bytes().to_vec()
            }
        }
        _ => return Err(vm.not_implemented_error(format!("memoryview: format {f} not supported"))),
    })
}

/// A new view of `obj` (a bytes, bytearray or memoryview).
pub fn new_view(vm: &Vm, obj: &Value) -> PyResult {
    if let Some(m) = obj.downcast::<MemoryViewObj>() {
        if m.released.get() {
            return Err(released_error(vm));
        }
        return Ok(vm.alloc(
            &vm.types.memoryview,
            MemoryViewObj {
                obj: m.obj.clone(),
                offset: m.offset,
                len: m.len,
                stride: m.stride,
                itemsize: m.itemsize,
                format: m.format.clone(),
                readonly: m.readonly,
                released: Cell::new(false),
            },
        ));
    }
    let (len, readonly) = if let Some(b) = obj.downcast::<BytesObj>() {
        (b.b.len(), true)
    } else if let Some(b) = obj.downcast::<ByteArrayObj>() {
        (b.0.borrow().len(), false)
    } else {
        return Err(vm.type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            vm.type_name(obj)
        )));
    };
    Ok(vm.alloc(
        &vm.types.memoryview,
        MemoryViewObj {
            obj: obj.clone(),
            offset: 0,
            len,
            stride: 1,
            itemsize: 1,
            format: Rc::from("B"),
            readonly,
            released: Cell::new(false),
        },
    ))
}

fn derived(m: &MemoryViewObj, offset: usize, len: usize, stride: isize) -> MemoryViewObj {
    MemoryViewObj {
        obj: m.obj.clone(),
        offset,
        len,
        stride,
        itemsize: m.itemsize,
        format: m.format.clone(),
        readonly: m.readonly,
        released: Cell::new(false),
    }
}

fn mv_new(vm: &Vm, a: FnArgs) -> PyResult {
    let v = crate::builtins::builtin_kw_args(
        vm,
        &FnArgs {
            args: &a.args[1..],
            kwnames: a.kwnames,
        },
        "memoryview",
        &["object"],
        1,
        1,
    )?;
    new_view(vm, v[0].as_ref().expect("object"))
}

/// An item index in range, CPython's messages otherwise.
fn item_index(vm: &Vm, m: &MemoryViewObj, key: &Value) -> PyResult<usize> {
    let i = vm.index(key)?;
    let i = num_traits::ToPrimitive::to_i64(&i)
        .ok_or_else(|| vm.index_error("cannot fit 'int' into an index-sized integer"))?;
    let n = m.len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("index out of bounds on dimension 1"));
    }
    Ok(j as usize)
}

fn mv_getitem(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__getitem__", &a, 2, 2)?;
    let m = arg_view(vm, &a)?;
    let key = &a.args[1];
    if let Some(s) = key.downcast::<SliceObj>() {
        let idx = crate::objects::sequence::slice_indices(vm, s, m.len)?;
        let offset = if idx.len == 0 {
            m.offset
        } else {
            m.item_offset(idx.start as usize) as usize
        };
        let nv = derived(m, offset, idx.len, m.stride * idx.step);
        return Ok(vm.alloc(&vm.types.memoryview, nv));
    }
    if let Some(t) = key.downcast::<TupleObj>() {
        return Err(vm.type_error(format!(
            "cannot index 1-dimension view with {}-element tuple",
            t.0.len()
        )));
    }
    if as_int(key).is_none() && vm.lookup_special(key, "__index__").is_none() {
        return Err(vm.type_error("memoryview: invalid slice key"));
    }
    let i = item_index(vm, m, key)?;
    let b = m.item_bytes(vm, i)?;
    Ok(unpack(vm, &m.format, &b))
}

/// Writes `bytes` at the byte offset of item `i`.
fn store(vm: &Vm, m: &MemoryViewObj, i: usize, bytes: &[u8]) -> PyResult<()> {
    let Some(ba) = m.obj.downcast::<ByteArrayObj>() else {
        return Err(vm.type_error("cannot modify read-only memory"));
    };
    let mut d = ba.0.borrow_mut();
    let o = m.item_offset(i);
    let end = o + bytes.len() as isize;
    if o < 0 || end as usize > d.len() {
        return Err(vm.value_error("memoryview: underlying buffer was resized"));
    }
    d[o as usize..end as usize].copy_from_slice(bytes);
    Ok(())
}

fn mv_setitem(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__setitem__", &a, 3, 3)?;
    let m = arg_view(vm, &a)?;
    if m.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let (key, value) = (&a.args[1], &a.args[2]);
    if let Some(s) = key.downcast::<SliceObj>() {
        let idx = crate::objects::sequence::slice_indices(vm, s, m.len)?;
        let src = crate::ops::bytes_view(value).ok_or_else(|| {
            vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(value)
            ))
        })?;
        let src_fmt_ok = match value.downcast::<MemoryViewObj>() {
            Some(o) => o.format == m.format,
            None => is_byte_format(&m.format),
        };
        if !src_fmt_ok || src.len() != idx.len * m.itemsize {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        for (k, i) in idx.indices().enumerate() {
            store(vm, m, i, &src[k * m.itemsize..(k + 1) * m.itemsize])?;
        }
        return Ok(vm.none());
    }
    if let Some(t) = key.downcast::<TupleObj>() {
        return Err(vm.type_error(format!(
            "cannot index 1-dimension view with {}-element tuple",
            t.0.len()
        )));
    }
    if as_int(key).is_none() && vm.lookup_special(key, "__index__").is_none() {
        return Err(vm.type_error("memoryview: invalid slice key"));
    }
    let i = item_index(vm, m, key)?;
    let bytes = pack(vm, &m.format, value)?;
    store(vm, m, i, &bytes)?;
    Ok(vm.none())
}

fn mv_delitem(vm: &Vm, a: FnArgs) -> PyResult {
    arg_view(vm, &a)?;
    Err(vm.type_error("cannot delete memory"))
}

fn mv_len(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__len__", &a, 1, 1)?;
    Ok(vm.new_int(arg_view(vm, &a)?.len as i64))
}

fn mv_tobytes(vm: &Vm, a: FnArgs) -> PyResult {
    let v = crate::str_methods::kw_args(vm, &a, "tobytes", &["order"], 1, 0)?;
    if let Some(o) = &v[0] {
        if !o.is(&vm.none) {
            let ok = o
                .downcast::<StrObj>()
                .is_some_and(|s| matches!(&*s.s, "C" | "F" | "A"));
            if !ok {
                return Err(vm.value_error("order must be 'C', 'F' or 'A'"));
            }
        }
    }
    let m = arg_view(vm, &a)?;
    Ok(vm.new_bytes(m.gather(vm)?))
}

fn mv_tolist(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "tolist", &a, 1, 1)?;
    let m = arg_view(vm, &a)?;
    let mut out = Vec::with_capacity(m.len);
    for i in 0..m.len {
        let b = m.item_bytes(vm, i)?;
        out.push(unpack(vm, &m.format, &b));
    }
    Ok(vm.new_list(out))
}

fn mv_hex(vm: &Vm, a: FnArgs) -> PyResult {
    let m = arg_view(vm, &a)?;
    let b = vm.new_bytes(m.gather(vm)?);
    let f = vm.getattr_str(&b, "hex")?;
    vm.call_args(
        &f,
        FnArgs {
            args: &a.args[1..],
            kwnames: a.kwnames,
        },
    )
}

fn mv_cast(vm: &Vm, a: FnArgs) -> PyResult {
    let v = crate::str_methods::kw_args(vm, &a, "cast", &["format", "shape"], 2, 1)?;
    let m = arg_view(vm, &a)?;
    let fmt_v = v[0].as_ref().expect("format");
    let Some(fmt) = fmt_v.downcast::<StrObj>() else {
        return Err(vm.type_error(format!(
            "cast() argument 'format' must be str, not {}",
            vm.type_name(fmt_v)
        )));
    };
    let fmt: &str = &fmt.s;
    if !m.contiguous() {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let Some(size) = format_size(fmt) else {
        return Err(vm.value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    if !is_byte_format(fmt) && !is_byte_format(&m.format) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = m.len * m.itemsize;
    if nbytes % size != 0 {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    let mut len = nbytes / size;
    if let Some(shape) = v[1].as_ref().filter(|s| !s.is(&vm.none)) {
        let dims = vm.to_vec(shape)?;
        if dims.len() != 1 {
            return Err(
                vm.not_implemented_error("memoryview: multi-dimensional casts are not supported")
            );
        }
        let d = vm.index(&dims[0])?;
        let d = num_traits::ToPrimitive::to_usize(&d).ok_or_else(|| {
            vm.value_error("memoryview.cast(): elements of shape must be integers > 0")
        })?;
        if d * size != nbytes {
            return Err(vm.type_error("memoryview: product(shape) * itemsize != buffer size"));
        }
        len = d;
    }
    Ok(vm.alloc(
        &vm.types.memoryview,
        MemoryViewObj {
            obj: m.obj.clone(),
            offset: m.offset,
            len,
            stride: size as isize,
            itemsize: size,
            format: Rc::from(fmt),
            readonly: m.readonly,
            released: Cell::new(false),
        },
    ))
}

fn mv_release(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "release", &a, 1, 1)?;
    if let Some(m) = a.args[0].downcast::<MemoryViewObj>() {
        m.released.set(true);
    }
    Ok(vm.none())
}

fn mv_toreadonly(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "toreadonly", &a, 1, 1)?;
    let m = arg_view(vm, &a)?;
    let mut nv = derived(m, m.offset, m.len, m.stride);
    nv.readonly = true;
    Ok(vm.alloc(&vm.types.memoryview, nv))
}

fn mv_enter(vm: &Vm, a: FnArgs) -> PyResult {
    arg_view(vm, &a)?;
    Ok(a.args[0].clone())
}

fn mv_exit(vm: &Vm, a: FnArgs) -> PyResult {
    mv_release(vm, FnArgs::positional(&a.args[..1]))
}

fn mv_repr(vm: &Vm, a: FnArgs) -> PyResult {
    let v = &a.args[0];
    let released = v
        .downcast::<MemoryViewObj>()
        .is_some_and(|m| m.released.get());
    Ok(vm.new_string(format!(
        "<{}memory at {:#x}>",
        if released { "released " } else { "" },
        v.word()
    )))
}

/// The items of a buffer as values, for comparison.
fn items_of(vm: &Vm, v: &Value) -> PyResult<Option<Vec<Value>>> {
    if let Some(m) = v.downcast::<MemoryViewObj>() {
        if m.released.get() {
            return Ok(None);
        }
        let mut out = Vec::with_capacity(m.len);
        for i in 0..m.len {
            let b = m.item_bytes(vm, i)?;
            out.push(unpack(vm, &m.format, &b));
        }
        return Ok(Some(out));
    }
    Ok(crate::ops::bytes_view(v).map(|b| b.iter().map(|&x| vm.new_int(x as i64)).collect()))
}

fn mv_eq(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__eq__", &a, 2, 2)?;
    let (x, y) = (&a.args[0], &a.args[1]);
    if x.is(y) {
        return Ok(vm.true_.clone());
    }
    let (Some(p), Some(q)) = (items_of(vm, x)?, items_of(vm, y)?) else {
        let released = |v: &Value| {
            v.downcast::<MemoryViewObj>()
                .is_some_and(|m| m.released.get())
        };
        if released(x) || released(y) {
            return Ok(vm.false_.clone());
        }
        return Ok(vm.not_implemented.clone());
    };
    if p.len() != q.len() {
        return Ok(vm.false_.clone());
    }
    for (i, j) in p.iter().zip(q.iter()) {
        if !vm.eq(i, j)? {
            return Ok(vm.false_.clone());
        }
    }
    Ok(vm.true_.clone())
}

fn mv_ne(vm: &Vm, a: FnArgs) -> PyResult {
    let r = mv_eq(vm, a)?;
    if r.is(&vm.not_implemented) {
        return Ok(r);
    }
    Ok(vm.bool(!r.is(&vm.true_)))
}

fn mv_hash(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "__hash__", &a, 1, 1)?;
    let m = arg_view(vm, &a)?;
    if !m.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    if !is_byte_format(&m.format) {
        return Err(vm.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    let b = vm.new_bytes(m.gather(vm)?);
    let h = vm.hash(&b)?;
    // CPython also hashes the exporter (a bytearray is unhashable).
    vm.hash(&m.obj)?;
    Ok(vm.new_int(h))
}

/// Reads a memoryview attribute; `Ok(None)` for other names or objects.
pub fn getattr(vm: &Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(m) = obj.downcast::<MemoryViewObj>() else {
        return Ok(None);
    };
    let known = matches!(
        name,
        "obj"
            | "nbytes"
            | "readonly"
            | "itemsize"
            | "format"
            | "ndim"
            | "shape"
            | "strides"
            | "suboffsets"
            | "c_contiguous"
            | "f_contiguous"
            | "contiguous"
    );
    if !known {
        return Ok(None);
    }
    if m.released.get() {
        return Err(released_error(vm));
    }
    Ok(Some(match name {
        "obj" => m.obj.clone(),
        "nbytes" => vm.new_int((m.len * m.itemsize) as i64),
        "readonly" => vm.bool(m.readonly),
        "itemsize" => vm.new_int(m.itemsize as i64),
        "format" => vm.new_str(&m.format),
        "ndim" => vm.new_int(1),
        "shape" => vm.new_tuple(vec![vm.new_int(m.len as i64)]),
        "strides" => vm.new_tuple(vec![vm.new_int(m.stride as i64)]),
        "suboffsets" => vm.empty_tuple.clone(),
        _ => vm.bool(m.contiguous()),
    }))
}

/// Sets up the `memoryview` type and builtin.
pub fn init(vm: &Vm) {
    let t = &vm.types.memoryview;
    let tl = type_layout(t);
    tl.flags.set(tl.flags.get() | TypeFlags::NATIVE_EXT);
    add_static(vm, t, "__new__", mv_new);
    for (n, f) in [
        ("__getitem__", mv_getitem as NativeFn),
        ("__setitem__", mv_setitem),
        ("__delitem__", mv_delitem),
        ("__len__", mv_len),
        ("__repr__", mv_repr),
        ("__eq__", mv_eq),
        ("__ne__", mv_ne),
        ("__hash__", mv_hash),
        ("__enter__", mv_enter),
        ("__exit__", mv_exit),
        ("tobytes", mv_tobytes),
        ("tolist", mv_tolist),
        ("hex", mv_hex),
        ("cast", mv_cast),
        ("release", mv_release),
        ("toreadonly", mv_toreadonly),
    ] {
        add_method(vm, t, n, f);
    }
    for n in [
        "obj",
        "nbytes",
        "readonly",
        "itemsize",
        "format",
        "ndim",
        "shape",
        "strides",
        "suboffsets",
        "c_contiguous",
        "f_contiguous",
        "contiguous",
    ] {
        let d = vm.alloc(
            &vm.types.getset_descriptor,
            crate::attr::GetSetDescrObj {
                name: Rc::from(n),
                owner: t.clone(),
            },
        );
        tl.namespace.borrow_mut().insert(Rc::from(n), d);
    }
    crate::dict::dict_set_str(vm, &vm.builtins, "memoryview", t.clone());
}

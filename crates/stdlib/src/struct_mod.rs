//! The `_struct` module behind `struct`: `pack`, `unpack`, `calcsize`,
//! `pack_into`, `unpack_from`, `iter_unpack`, the `Struct` class and
//! `struct.error`, with CPython 3.11's conversions and messages. Formats
//! are parsed by [`crate::struct_format`].
//!
//! Writable buffers for `pack_into` are bytearrays and `array.array`s;
//! readable ones anything bytes-like (bytes, bytearray, array).

use std::cell::{Cell, RefCell};

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use strata_object::payloads::{ByteArrayObj, BytesObj, StrObj};
use strata_object::types::type_layout;
use strata_object::{PayloadInfo, TypeFlags, Value};
use strata_tier1::numeric::as_int;
use strata_tier1::runtime::{FnArgs, NativeFn, NativeFunctionObj, NativeImpl, PropertyObj};
use strata_tier1::sysmod::{module_fn, new_module};
use strata_tier1::typeslots::{add_method, add_static};
use strata_tier1::{PyResult, Vm};

use crate::args;
use crate::array::ArrayObj;
use crate::struct_format::{self as sf, Layout, Table};

/// Payload of `Struct` objects (set by `__init__`, so subclasses can
/// choose the format there).
pub struct StructObj {
    layout: RefCell<Layout>,
    format: RefCell<String>,
}

/// Payload of the iterators `iter_unpack` returns.
pub struct UnpackIterObj {
    layout: Layout,
    data: Vec<u8>,
    pos: Cell<usize>,
}

/// `struct.error`, found through the `_struct` module.
fn struct_error(vm: &Vm, msg: impl AsRef<str>) -> Value {
    let ty = strata_tier1::import::import_module(vm, "_struct")
        .and_then(|m| vm.getattr_str(&m, "error"))
        .unwrap_or_else(|_| vm.exc.exception.clone());
    vm.new_exception_msg(&ty, msg.as_ref())
}

/// The text of a format argument (str or bytes).
fn format_text(vm: &Vm, v: &Value) -> PyResult<String> {
    if let Some(s) = v.downcast::<StrObj>() {
        return Ok(s.s.to_string());
    }
    if let Some(b) = v.downcast::<BytesObj>() {
        return Ok(String::from_utf8_lossy(&b.b).into_owned());
    }
    Err(vm.type_error(format!(
        "Struct() argument 1 must be a str or bytes object, not {}",
        vm.type_name(v)
    )))
}

fn compile(vm: &Vm, fmt: &Value) -> PyResult<(Layout, String)> {
    let text = format_text(vm, fmt)?;
    let layout = sf::parse(text.as_bytes()).map_err(|m| struct_error(vm, m))?;
    Ok((layout, text))
}

/// The `Struct` behind a format argument or a `Struct` receiver.
fn layout_of(vm: &Vm, v: &Value) -> PyResult<Layout> {
    if let Some(s) = v.downcast::<StructObj>() {
        return Ok(s.layout.borrow().clone());
    }
    compile(vm, v).map(|(l, _)| l)
}

/// An integer argument as an i128 (`None` beyond that range).
fn int_arg(vm: &Vm, v: &Value) -> PyResult<Option<i128>> {
    let big: BigInt = match as_int(v) {
        Some(i) => i.to_big(),
        None if vm.user_special(v, "__index__").is_some() => vm.index(v)?,
        None => return Err(struct_error(vm, "required argument is not an integer")),
    };
    Ok(big.to_i128())
}

fn float_arg(vm: &Vm, v: &Value) -> PyResult<f64> {
    args::to_f64(vm, v).map_err(|_| struct_error(vm, "required argument is not a float"))
}

/// Packs `values` into `out` (which is `layout.size` bytes, zeroed).
fn pack_values(vm: &Vm, layout: &Layout, values: &[Value], out: &mut [u8]) -> PyResult<()> {
    let table = layout.table;
    let mut vals = values.iter();
    let mut next = || vals.next().expect("argument count checked");
    for item in &layout.items {
        let c = item.code;
        match c {
            b'x' => {}
            b's' | b'p' => {
                let v = next();
                let data = match (v.downcast::<BytesObj>(), v.downcast::<ByteArrayObj>()) {
                    (Some(b), _) => b.b.to_vec(),
                    (None, Some(b)) => b.0.borrow().clone(),
                    _ => {
                        return Err(struct_error(
                            vm,
                            format!("argument for '{}' must be a bytes object", c as char),
                        ))
                    }
                };
                let field = &mut out[item.offset..item.offset + item.count];
                if c == b's' {
                    let n = data.len().min(item.count);
                    field[..n].copy_from_slice(&data[..n]);
                } else if item.count > 0 {
                    let n = data.len().min(item.count - 1);
                    field[1..1 + n].copy_from_slice(&data[..n]);
                    field[0] = n.min(255) as u8;
                }
            }
            _ => {
                for k in 0..item.count {
                    let v = next();
                    let at = item.offset + k * item.size;
                    let field = &mut out[at..at + item.size];
                    pack_one(vm, c, table, v, field)?;
                }
            }
        }
    }
    Ok(())
}

fn pack_one(vm: &Vm, c: u8, table: Table, v: &Value, field: &mut [u8]) -> PyResult<()> {
    match c {
        b'c' => match v.downcast::<BytesObj>() {
            Some(b) if b.b.len() == 1 => field[0] = b.b[0],
            _ => {
                return Err(struct_error(
                    vm,
                    "char format requires a bytes object of length 1",
                ))
            }
        },
        b'?' => field[0] = vm.truthy(v)? as u8,
        b'e' => {
            let x = float_arg(vm, v)?;
            let h = sf::f64_to_f16(x)
                .ok_or_else(|| vm.overflow_error("float too large to pack with e format"))?;
            sf::put_int(field, h as i128, table);
        }
        b'f' => {
            let x = float_arg(vm, v)?;
            let y = x as f32;
            if y.is_infinite() && !x.is_infinite() && table != Table::Native {
                return Err(vm.overflow_error("float too large to pack with f format"));
            }
            sf::put_int(field, y.to_bits() as i128, table);
        }
        b'd' => {
            let x = float_arg(vm, v)?;
            sf::put_int(field, x.to_bits() as i128, table);
        }
        _ => {
            let n = int_arg(vm, v)?;
            let x = sf::check_int(n, c, table)
                .map_err(|sf::IntError::Message(m)| struct_error(vm, m))?;
            sf::put_int(field, x, table);
        }
    }
    Ok(())
}

/// Unpacks `data` (exactly `layout.size` bytes).
fn unpack_values(vm: &Vm, layout: &Layout, data: &[u8]) -> Vec<Value> {
    let table = layout.table;
    let mut out = Vec::with_capacity(layout.nargs);
    for item in &layout.items {
        let c = item.code;
        match c {
            b'x' => {}
            b's' => out.push(vm.new_bytes(data[item.offset..item.offset + item.count].to_vec())),
            b'p' => {
                let field = &data[item.offset..item.offset + item.count];
                let n = match field.first() {
                    Some(&len) => (len as usize).min(item.count - 1),
                    None => 0,
                };
                out.push(vm.new_bytes(field.get(1..1 + n).unwrap_or(&[]).to_vec()));
            }
            _ => {
                for k in 0..item.count {
                    let at = item.offset + k * item.size;
                    out.push(unpack_one(vm, c, table, &data[at..at + item.size]));
                }
            }
        }
    }
    out
}

fn unpack_one(vm: &Vm, c: u8, table: Table, field: &[u8]) -> Value {
    match c {
        b'c' => vm.new_bytes(field.to_vec()),
        b'?' => vm.bool(field[0] != 0),
        b'e' => vm.new_float(sf::f16_to_f64(sf::get_int(field, table, false) as u16)),
        b'f' => vm.new_float(f32::from_bits(sf::get_int(field, table, false) as u32) as f64),
        b'd' => vm.new_float(f64::from_bits(sf::get_int(field, table, false) as u64)),
        _ => {
            let x = sf::get_int(field, table, sf::is_signed(c));
            match i64::try_from(x) {
                Ok(i) => vm.new_int(i),
                Err(_) => vm.new_bigint(BigInt::from(x)),
            }
        }
    }
}

/// The bytes of a readable buffer argument.
fn read_buffer(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = strata_tier1::ops::bytes_view(v) {
        return Ok(b);
    }
    if let Some(a) = v.downcast::<ArrayObj>() {
        return Ok(a.data.borrow().to_bytes());
    }
    Err(vm.type_error(format!(
        "a bytes-like object is required, not '{}'",
        vm.type_name(v)
    )))
}

fn pack_checked(vm: &Vm, layout: &Layout, values: &[Value], what: &str) -> PyResult<Vec<u8>> {
    if values.len() != layout.nargs {
        return Err(struct_error(
            vm,
            format!(
                "{} expected {} items for packing (got {})",
                what,
                layout.nargs,
                values.len()
            ),
        ));
    }
    let mut out = vec![0u8; layout.size];
    pack_values(vm, layout, values, &mut out)?;
    Ok(out)
}

fn unpack_checked(vm: &Vm, layout: &Layout, buffer: &Value) -> PyResult {
    let data = read_buffer(vm, buffer)?;
    if data.len() != layout.size {
        return Err(struct_error(
            vm,
            format!("unpack requires a buffer of {} bytes", layout.size),
        ));
    }
    Ok(vm.new_tuple(unpack_values(vm, layout, &data)))
}

fn unpack_from_impl(vm: &Vm, layout: &Layout, buffer: &Value, offset: Option<&Value>) -> PyResult {
    let data = read_buffer(vm, buffer)?;
    let mut off = match offset {
        Some(o) => vm.index_i64(o)?,
        None => 0,
    };
    let (len, size) = (data.len() as i64, layout.size as i64);
    if off < 0 {
        if off + len < 0 {
            return Err(struct_error(
                vm,
                format!("offset {} out of range for {}-byte buffer", off, len),
            ));
        }
        if off + size > 0 {
            return Err(struct_error(
                vm,
                format!("not enough data to unpack {} bytes at offset {}", size, off),
            ));
        }
        off += len;
    }
    if len - off < size {
        return Err(struct_error(
            vm,
            format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
                size + off,
                size,
                off,
                len
            ),
        ));
    }
    let off = off as usize;
    Ok(vm.new_tuple(unpack_values(vm, layout, &data[off..off + layout.size])))
}

/// Packs into a writable buffer (`args` = buffer, offset, values...).
fn pack_into_impl(vm: &Vm, layout: &Layout, a: &[Value]) -> PyResult {
    if a.len() != 2 + layout.nargs {
        return Err(match a.len() {
            0 => struct_error(vm, "pack_into expected buffer argument"),
            1 => struct_error(vm, "pack_into expected offset argument"),
            n => struct_error(
                vm,
                format!(
                    "pack_into expected {} items for packing (got {})",
                    layout.nargs,
                    n - 2
                ),
            ),
        });
    }
    let buffer = &a[0];
    let writable = buffer.payload_is::<ByteArrayObj>() || buffer.payload_is::<ArrayObj>();
    if !writable {
        return Err(vm.type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            vm.type_name(buffer)
        )));
    }
    let mut off = vm.index_i64(&a[1])?;
    let len = read_buffer(vm, buffer)?.len() as i64;
    let size = layout.size as i64;
    if off < 0 {
        if off + size > 0 {
            return Err(struct_error(
                vm,
                format!("no space to pack {} bytes at offset {}", size, off),
            ));
        }
        if off + len < 0 {
            return Err(struct_error(
                vm,
                format!("offset {} out of range for {}-byte buffer", off, len),
            ));
        }
        off += len;
    }
    if len - off < size {
        return Err(struct_error(
            vm,
            format!(
                "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})",
                size + off,
                size,
                off,
                len
            ),
        ));
    }
    let mut packed = vec![0u8; layout.size];
    pack_values(vm, layout, &a[2..], &mut packed)?;
    let off = off as usize;
    if let Some(b) = buffer.downcast::<ByteArrayObj>() {
        let mut v = b.0.borrow_mut();
        if v.len() >= off + packed.len() {
            v[off..off + packed.len()].copy_from_slice(&packed);
        }
    } else if let Some(arr) = buffer.downcast::<ArrayObj>() {
        let mut bytes = arr.data.borrow().to_bytes();
        if bytes.len() >= off + packed.len() {
            bytes[off..off + packed.len()].copy_from_slice(&packed);
            let mut fresh = arr.code.empty();
            fresh.extend_bytes(&bytes);
            *arr.data.borrow_mut() = fresh;
        }
    }
    Ok(vm.none())
}

fn iter_unpack_impl(vm: &Vm, layout: &Layout, buffer: &Value) -> PyResult {
    let data = read_buffer(vm, buffer)?;
    if layout.size == 0 {
        return Err(struct_error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if data.len() % layout.size != 0 {
        return Err(struct_error(
            vm,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                layout.size
            ),
        ));
    }
    let m = strata_tier1::import::import_module(vm, "_struct")?;
    let ty = vm.getattr_str(&m, "_unpack_iterator")?;
    Ok(vm.alloc(
        &ty,
        UnpackIterObj {
            layout: layout.clone(),
            data,
            pos: Cell::new(0),
        },
    ))
}

// ---------------------------------------------------------------------------
// Module functions.

/// The format argument of a module function and the rest.
fn split_format<'a>(vm: &Vm, a: &FnArgs<'a>) -> PyResult<(Layout, &'a [Value])> {
    let fmt = a
        .args
        .first()
        .ok_or_else(|| vm.type_error("missing format argument"))?;
    Ok((layout_of(vm, fmt)?, &a.args[1..]))
}

fn pack(vm: &Vm, a: FnArgs) -> PyResult {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("pack() takes no keyword arguments"));
    }
    let (layout, rest) = split_format(vm, &a)?;
    Ok(vm.new_bytes(pack_checked(vm, &layout, rest, "pack")?))
}

fn unpack(vm: &Vm, a: FnArgs) -> PyResult {
    let p = args::positional(vm, &a, "unpack", "unpack", 2, 2)?;
    let layout = layout_of(vm, &p[0])?;
    unpack_checked(vm, &layout, &p[1])
}

fn calcsize(vm: &Vm, a: FnArgs) -> PyResult {
    let fmt = args::one(vm, &a, "_struct.calcsize")?;
    Ok(vm.new_int(layout_of(vm, fmt)?.size as i64))
}

fn pack_into(vm: &Vm, a: FnArgs) -> PyResult {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("pack_into() takes no keyword arguments"));
    }
    let (layout, rest) = split_format(vm, &a)?;
    pack_into_impl(vm, &layout, rest)
}

fn unpack_from(vm: &Vm, a: FnArgs) -> PyResult {
    let v = args::keywords(
        vm,
        &a,
        "unpack_from",
        &["format", "buffer", "offset"],
        (1, 3),
        2,
    )?;
    let layout = layout_of(vm, v[0].as_ref().expect("required"))?;
    unpack_from_impl(vm, &layout, v[1].as_ref().expect("required"), v[2].as_ref())
}

fn iter_unpack(vm: &Vm, a: FnArgs) -> PyResult {
    let p = args::positional(vm, &a, "iter_unpack", "iter_unpack", 2, 2)?;
    let layout = layout_of(vm, &p[0])?;
    iter_unpack_impl(vm, &layout, &p[1])
}

fn clearcache(vm: &Vm, _a: FnArgs) -> PyResult {
    Ok(vm.none())
}

// ---------------------------------------------------------------------------
// The Struct class.

fn this<'a>(vm: &Vm, a: &'a FnArgs, meth: &str) -> PyResult<&'a StructObj> {
    a.args
        .first()
        .and_then(|v| v.downcast::<StructObj>())
        .ok_or_else(|| {
            vm.type_error(format!(
                "descriptor '{}' for '_struct.Struct' objects doesn't apply to this object",
                meth
            ))
        })
}

fn rest<'a>(a: &FnArgs<'a>) -> FnArgs<'a> {
    FnArgs {
        args: &a.args[1..],
        kwnames: a.kwnames,
    }
}

fn struct_new(vm: &Vm, a: FnArgs) -> PyResult {
    let cls = a
        .args
        .first()
        .cloned()
        .ok_or_else(|| vm.type_error("Struct.__new__(): not enough arguments"))?;
    let empty = sf::parse(b"").map_err(|m| struct_error(vm, m))?;
    strata_tier1::typeobj::alloc_instance(
        vm,
        &cls,
        StructObj {
            layout: RefCell::new(empty),
            format: RefCell::new(String::new()),
        },
    )
}

fn struct_init(vm: &Vm, a: FnArgs) -> PyResult {
    let s = this(vm, &a, "__init__")?;
    let v = args::keywords(vm, &rest(&a), "Struct", &["format"], (0, 1), 1)?;
    let (layout, format) = compile(vm, v[0].as_ref().expect("required"))?;
    *s.layout.borrow_mut() = layout;
    *s.format.borrow_mut() = format;
    Ok(vm.none())
}

fn s_pack(vm: &Vm, a: FnArgs) -> PyResult {
    let s = this(vm, &a, "pack")?;
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("pack() takes no keyword arguments"));
    }
    let layout = s.layout.borrow().clone();
    Ok(vm.new_bytes(pack_checked(vm, &layout, &a.args[1..], "pack")?))
}

fn s_unpack(vm: &Vm, a: FnArgs) -> PyResult {
    let s = this(vm, &a, "unpack")?;
    let buf = args::one(vm, &rest(&a), "Struct.unpack")?;
    let layout = s.layout.borrow().clone();
    unpack_checked(vm, &layout, buf)
}

fn s_pack_into(vm: &Vm, a: FnArgs) -> PyResult {
    let s = this(vm, &a, "pack_into")?;
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("pack_into() takes no keyword arguments"));
    }
    let layout = s.layout.borrow().clone();
    pack_into_impl(vm, &layout, &a.args[1..])
}

fn s_unpack_from(vm: &Vm, a: FnArgs) -> PyResult {
    let s = this(vm, &a, "unpack_from")?;
    let v = args::keywords(
        vm,
        &rest(&a),
        "unpack_from",
        &["buffer", "offset"],
        (0, 2),
        1,
    )?;
    let layout = s.layout.borrow().clone();
    unpack_from_impl(vm, &layout, v[0].as_ref().expect("required"), v[1].as_ref())
}

fn s_iter_unpack(vm: &Vm, a: FnArgs) -> PyResult {
    let s = this(vm, &a, "iter_unpack")?;
    let buf = args::one(vm, &rest(&a), "Struct.iter_unpack")?;
    let layout = s.layout.borrow().clone();
    iter_unpack_impl(vm, &layout, buf)
}

fn s_format(vm: &Vm, a: FnArgs) -> PyResult {
    let s = this(vm, &a, "format")?;
    Ok(vm.new_str(&s.format.borrow()))
}

fn s_size(vm: &Vm, a: FnArgs) -> PyResult {
    let s = this(vm, &a, "size")?;
    Ok(vm.new_int(s.layout.borrow().size as i64))
}

fn iter_obj<'a>(vm: &Vm, a: &'a FnArgs) -> PyResult<&'a UnpackIterObj> {
    a.args
        .first()
        .and_then(|v| v.downcast::<UnpackIterObj>())
        .ok_or_else(|| vm.type_error("unpack_iterator method called on another object"))
}

fn it_next(vm: &Vm, a: FnArgs) -> PyResult {
    let it = iter_obj(vm, &a)?;
    let pos = it.pos.get();
    let size = it.layout.size;
    if pos + size > it.data.len() {
        return Err(vm.stop_iteration(None));
    }
    it.pos.set(pos + size);
    Ok(vm.new_tuple(unpack_values(vm, &it.layout, &it.data[pos..pos + size])))
}

fn it_iter(vm: &Vm, a: FnArgs) -> PyResult {
    iter_obj(vm, &a)?;
    Ok(a.args[0].clone())
}

fn it_length_hint(vm: &Vm, a: FnArgs) -> PyResult {
    let it = iter_obj(vm, &a)?;
    let left = (it.data.len() - it.pos.get()) / it.layout.size;
    Ok(vm.new_int(left as i64))
}

/// A read-only property whose getter is the native `get`.
fn getter(vm: &Vm, ty: &Value, name: &str, get: NativeFn) {
    let f = vm.alloc(
        &vm.types.native_function,
        NativeFunctionObj {
            name: name.into(),
            qualname: format!("Struct.{}", name).into(),
            func: NativeImpl::Plain(get),
            self_: None,
            is_method: false,
            is_classmethod: false,
            doc: None,
            objclass: None,
        },
    );
    let prop = vm.alloc(
        &vm.types.property,
        PropertyObj {
            fget: Some(f),
            fset: None,
            fdel: None,
            doc: RefCell::new(None),
            name: RefCell::new(Some(vm.new_str(name))),
        },
    );
    type_layout(ty).set_attr(name.into(), prop);
}

/// Builds the `_struct` module.
pub fn init(vm: &Vm) -> PyResult<Value> {
    let m = new_module(vm, "_struct");
    let ns = vm.new_dict();
    strata_tier1::dict::dict_set_str(vm, &ns, "__module__", vm.new_str("struct"));
    let error = vm.call(
        &vm.types.type_,
        &[
            vm.new_str("error"),
            vm.new_tuple(vec![vm.exc.exception.clone()]),
            ns,
        ],
    )?;
    vm.setattr(&m, &vm.intern("error"), error)?;

    let t = vm.new_native_type(
        "Struct",
        "_struct",
        None,
        PayloadInfo::of::<StructObj>(),
        TypeFlags::BASETYPE,
    );
    add_static(vm, &t, "__new__", struct_new);
    add_method(vm, &t, "__init__", struct_init);
    add_method(vm, &t, "pack", s_pack);
    add_method(vm, &t, "unpack", s_unpack);
    add_method(vm, &t, "pack_into", s_pack_into);
    add_method(vm, &t, "unpack_from", s_unpack_from);
    add_method(vm, &t, "iter_unpack", s_iter_unpack);
    getter(vm, &t, "format", s_format);
    getter(vm, &t, "size", s_size);

    let it = vm.new_native_type(
        "unpack_iterator",
        "_struct",
        None,
        PayloadInfo::of::<UnpackIterObj>(),
        TypeFlags::empty(),
    );
    add_method(vm, &it, "__next__", it_next);
    add_method(vm, &it, "__iter__", it_iter);
    add_method(vm, &it, "__length_hint__", it_length_hint);
    vm.setattr(&m, &vm.intern("_unpack_iterator"), it)?;
    vm.setattr(&m, &vm.intern("Struct"), t)?;

    let fns: &[(&str, NativeFn)] = &[
        ("pack", pack),
        ("unpack", unpack),
        ("calcsize", calcsize),
        ("pack_into", pack_into),
        ("unpack_from", unpack_from),
        ("iter_unpack", iter_unpack),
        ("_clearcache", clearcache),
    ];
    for (name, f) in fns {
        module_fn(vm, &m, name, *f);
    }
    Ok(m)
}

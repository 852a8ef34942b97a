//! Named methods and conversion dunders of `int`, `float` and `complex`
//! (`bit_length`, `to_bytes`/`from_bytes`, `as_integer_ratio`, `hex`/
//! `fromhex`, `__trunc__`/`__floor__`/`__ceil__`/`__round__`, `__int__`,
//! `__float__`, `__index__`, `__abs__`, ...), and the `complex(...)`
//! constructor, including its string syntax, and the `int(...)` and
//! `float(...)` constructors.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use strata_object::payloads::*;
use strata_object::text::float_ops;
use strata_object::text::number_parse::{
    parse_float, parse_float_bytes, parse_int, parse_int_bytes,
};
use strata_object::Value;

use crate::numeric::{as_float, as_int};
use crate::runtime::*;
use crate::str_methods::{clinic_args, kw_args, no_args, one_arg};
use crate::typeobj::alloc_instance;
use crate::typeslots::{add_classmethod, add_method, add_static};
use crate::vm::{PyResult, Vm};

fn slot(v: &[Option<Value>], i: usize) -> Option<&Value> {
    v.get(i).and_then(|x| x.as_ref())
}

// ---------------------------------------------------------------------------
// int

fn self_int(vm: &Vm, a: &FnArgs, meth: &str) -> PyResult<BigInt> {
    let Some(v) = a.pos().first() else {
        return Err(vm.type_error(format!(
            "descriptor '{}' of 'int' object needs an argument",
            meth
        )));
    };
    as_int(v).map(|i| i.to_big()).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{}' for 'int' objects doesn't apply to a '{}' object",
            meth,
            vm.type_name(v)
        ))
    })
}

macro_rules! int_unary {
    ($( $fn:ident, $name:literal => |$vm:ident, $x:ident| $body:expr ;)*) => {
        $(
            fn $fn($vm: &Vm, a: FnArgs) -> PyResult {
                let $x = self_int($vm, &a, $name)?;
                no_args($vm, &a, concat!("int.", $name))?;
                $body
            }
        )*
    };
}

int_unary! {
    int_bit_length, "bit_length" => |vm, x| Ok(vm.new_int(x.bits() as i64));
    int_bit_count, "bit_count" => |vm, x| Ok(vm.new_int(x.magnitude().count_ones() as i64));
    int_conjugate, "conjugate" => |vm, x| Ok(vm.new_bigint(x));
    int_int, "__int__" => |vm, x| Ok(vm.new_bigint(x));
    int_index, "__index__" => |vm, x| Ok(vm.new_bigint(x));
    int_trunc, "__trunc__" => |vm, x| Ok(vm.new_bigint(x));
    int_floor, "__floor__" => |vm, x| Ok(vm.new_bigint(x));
    int_ceil, "__ceil__" => |vm, x| Ok(vm.new_bigint(x));
    int_abs, "__abs__" => |vm, x| Ok(vm.new_bigint(x.abs()));
    int_float, "__float__" => |vm, x| float_ops::bigint_to_f64(&x).map(|f| vm.new_float(f)).map_err(|e| vm.num_error(e));
    int_is_integer, "is_integer" => |vm, _x| Ok(vm.true_.clone());
    int_as_integer_ratio, "as_integer_ratio" => |vm, x| Ok(vm.new_tuple(vec![vm.new_bigint(x), vm.new_int(1)]));
    int_getnewargs, "__getnewargs__" => |vm, x| Ok(vm.new_tuple(vec![vm.new_bigint(x)]));
}

fn int_round(vm: &Vm, a: FnArgs) -> PyResult {
    let x = self_int(vm, &a, "__round__")?;
    let p = clinic_args(vm, &a, "__round__", "int.__round__", 0, 1)?;
    let Some(nd) = p.first() else {
        return Ok(vm.new_bigint(x));
    };
    let nd = vm.index(nd)?;
    if !nd.is_negative() {
        return Ok(vm.new_bigint(x));
    }
    // Round to a multiple of 10**-nd, ties to even.
    let Some(k) = (-nd).to_u32() else {
        return Ok(vm.new_int(0));
    };
    if (k as u64) > x.bits() {
        return Ok(vm.new_int(0));
    }
    let m = num_traits::pow(BigInt::from(10), k as usize);
    let (q, r) = x.div_mod_floor(&m);
    let twice = &r * 2;
    let q = if twice > m || (twice == m && q.is_odd()) {
        q + 1
    } else {
        q
    };
    Ok(vm.new_bigint(q * m))
}

fn byteorder_arg(vm: &Vm, v: Option<&Value>) -> PyResult<bool> {
    let Some(v) = v else { return Ok(false) };
    let Some(s) = v.downcast::<StrObj>() else {
        return Err(vm.type_error(format!(
            "to_bytes() argument 'byteorder' must be str, not {}",
            vm.type_name(v)
        )));
    };
    match &*s.s {
        "little" => Ok(true),
        "big" => Ok(false),
        _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
}

fn int_to_bytes(vm: &Vm, a: FnArgs) -> PyResult {
    let x = self_int(vm, &a, "to_bytes")?;
    let v = kw_args(vm, &a, "to_bytes", &["length", "byteorder", "signed"], 2, 0)?;
    let length = match slot(&v, 0) {
        Some(l) => vm.index(l)?,
        None => BigInt::from(1),
    };
    if length.is_negative() {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let little = byteorder_arg(vm, slot(&v, 1))?;
    let signed = match slot(&v, 2) {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    if x.is_negative() && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        x.to_signed_bytes_le()
    } else {
        x.to_bytes_le().1
    };
    if x.is_zero() {
        bytes.clear();
    }
    let Some(n) = length.to_usize().filter(|n| *n < (1 << 34)) else {
        return Err(vm.overflow_error("int too big to convert"));
    };
    if bytes.len() > n {
        // A positive signed value may need no sign byte only if it fits.
        return Err(vm.overflow_error("int too big to convert"));
    }
    let pad = if x.is_negative() { 0xff } else { 0 };
    bytes.resize(n, pad);
    if !little {
        bytes.reverse();
    }
    Ok(vm.new_bytes(bytes))
}

fn int_from_bytes(vm: &Vm, a: FnArgs) -> PyResult {
    let cls = a.args[0].clone();
    let v = kw_args(
        vm,
        &a,
        "from_bytes",
        &["bytes", "byteorder", "signed"],
        2,
        1,
    )?;
    let src = slot(&v, 0).cloned().unwrap_or_else(|| vm.none());
    if src.payload_is::<StrObj>() {
        return Err(vm.type_error("cannot convert 'str' object to bytes"));
    }
    let b = crate::bytes_methods::bytes_from_source(vm, &src, "bytes")?;
    let little = byteorder_arg(vm, slot(&v, 1))?;
    let signed = match slot(&v, 2) {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let r = if little {
        if signed {
            BigInt::from_signed_bytes_le(&b)
        } else {
            BigInt::from_bytes_le(Sign::Plus, &b)
        }
    } else if signed {
        BigInt::from_signed_bytes_be(&b)
    } else {
        BigInt::from_bytes_be(Sign::Plus, &b)
    };
    let r = vm.new_bigint(r);
    if cls.is(&vm.types.int) {
        return Ok(r);
    }
    vm.call(&cls, &[r])
}

fn int_literal_error(vm: &Vm, x: &Value, base: u32) -> PyResult<Value> {
    Ok(vm.value_error(format!(
        "invalid literal for int() with base {}: {}",
        base,
        vm.repr_string(x)?
    )))
}

/// Parses a str/bytes/bytearray for `int(x, base)`; `None` if `x` is not
/// text.
fn int_from_text(vm: &Vm, x: &Value, base: u32) -> PyResult<Option<BigInt>> {
    let r = if let Some(s) = x.downcast::<StrObj>() {
        parse_int(&s.s, base)
    } else if let Some(b) = crate::ops::bytes_view(x) {
        parse_int_bytes(&b, base)
    } else {
        return Ok(None);
    };
    match r {
        Some(v) => Ok(Some(v)),
        None => Err(int_literal_error(vm, x, base)?),
    }
}

/// `int(x=0)` / `int(x, base=10)`.
fn int_new(vm: &Vm, a: FnArgs) -> PyResult {
    let cls = crate::str_methods::cls_arg(vm, &a, "int")?;
    if a.kwargs().any(|(k, _)| vm.str_lossy(k) == "x") {
        return Err(vm.type_error("'x' is an invalid keyword argument for int()"));
    }
    let v = kw_args(vm, &a, "int", &["x", "base"], 2, 0)?;
    let value: BigInt = match (slot(&v, 0), slot(&v, 1)) {
        (None, None) => BigInt::zero(),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), Some(b)) => {
            let base = vm.index(b)?;
            let base = base.to_u32().filter(|b| *b == 0 || (2..=36).contains(b));
            let Some(base) = base else {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            };
            match int_from_text(vm, x, base)? {
                Some(v) => v,
                None => {
                    return Err(vm.type_error("int() can't convert non-string with explicit base"))
                }
            }
        }
        (Some(x), None) => {
            if let Some(i) = as_int(x).filter(|_| vm.user_special(x, "__int__").is_none()) {
                i.to_big()
            } else if let Some(f) = as_float(x).filter(|_| vm.user_special(x, "__int__").is_none())
            {
                float_ops::float_to_bigint(f).map_err(|e| vm.num_error(e))?
            } else if let Some(m) = vm.user_special(x, "__int__") {
                let r = vm.call_bound_special(&m, x, &[])?;
                match as_int(&r) {
                    Some(i) => i.to_big(),
                    None => {
                        return Err(vm.type_error(format!(
                            "__int__ returned non-int (type {})",
                            vm.type_name(&r)
                        )))
                    }
                }
            } else if vm.user_special(x, "__index__").is_some() {
                vm.index(x)?
            } else if let Some(m) = vm.user_special(x, "__trunc__") {
                let r = vm.call_bound_special(&m, x, &[])?;
                match as_int(&r) {
                    Some(i) => i.to_big(),
                    None if vm.user_special(&r, "__index__").is_some() => vm.index(&r)?,
                    None => {
                        return Err(vm.type_error(format!(
                            "__trunc__ returned non-Integral (type {})",
                            vm.type_name(&r)
                        )))
                    }
                }
            } else if let Some(v) = int_from_text(vm, x, 10)? {
                v
            } else {
                return Err(vm.type_error(format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                    vm.type_name(x)
                )));
            }
        }
    };
    if cls.is(&vm.types.int) {
        return Ok(vm.new_bigint(value));
    }
    alloc_instance(vm, &cls, IntObj(value))
}

// ---------------------------------------------------------------------------
// float

/// `float(x=0.0)`.
fn float_new(vm: &Vm, a: FnArgs) -> PyResult {
    let cls = crate::str_methods::cls_arg(vm, &a, "float")?;
    let p = clinic_args(vm, &a, "float", "float", 0, 1)?;
    let f = match p.first() {
        None => 0.0,
        Some(x) => {
            if let Some(m) = vm.user_special(x, "__float__") {
                let r = vm.call_bound_special(&m, x, &[])?;
                as_float(&r).ok_or_else(|| {
                    vm.type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        vm.type_name(x),
                        vm.type_name(&r)
                    ))
                })?
            } else if let Some(f) = as_float(x) {
                f
            } else if let Some(i) = as_int(x) {
                vm.int_to_f64(&i)?
            } else if vm.user_special(x, "__index__").is_some() {
                let i = vm.index(x)?;
                float_ops::bigint_to_f64(&i).map_err(|e| vm.num_error(e))?
            } else {
                let parsed = if let Some(s) = x.downcast::<StrObj>() {
                    Some(parse_float(&s.s))
                } else {
                    crate::ops::bytes_view(x).map(|b| parse_float_bytes(&b))
                };
                match parsed {
                    Some(Some(f)) => f,
                    Some(None) => {
                        return Err(vm.value_error(format!(
                            "could not convert string to float: {}",
                            vm.repr_string(x)?
                        )))
                    }
                    None => {
                        return Err(vm.type_error(format!(
                            "float() argument must be a string or a real number, not '{}'",
                            vm.type_name(x)
                        )))
                    }
                }
            }
        }
    };
    if cls.is(&vm.types.float) {
        return Ok(vm.new_float(f));
    }
    alloc_instance(vm, &cls, FloatObj(f))
}

fn self_float(vm: &Vm, a: &FnArgs, meth: &str) -> PyResult<f64> {
    let Some(v) = a.pos().first() else {
        return Err(vm.type_error(format!(
            "descriptor '{}' of 'float' object needs an argument",
            meth
        )));
    };
    as_float(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{}' for 'float' objects doesn't apply to a '{}' object",
            meth,
            vm.type_name(v)
        ))
    })
}

fn to_int(vm: &Vm, f: f64) -> PyResult {
    float_ops::float_to_bigint(f)
        .map(|b| vm.new_bigint(b))
        .map_err(|e| vm.num_error(e))
}

macro_rules! float_unary {
    ($( $fn:ident, $name:literal => |$vm:ident, $x:ident| $body:expr ;)*) => {
        $(
            fn $fn($vm: &Vm, a: FnArgs) -> PyResult {
                let $x = self_float($vm, &a, $name)?;
                no_args($vm, &a, concat!("float.", $name))?;
                $body
            }
        )*
    };
}

float_unary! {
    float_is_integer, "is_integer" => |vm, x| Ok(vm.bool(x.is_finite() && x.fract() == 0.0));
    float_as_integer_ratio, "as_integer_ratio" => |vm, x| {
        let (n, d) = float_ops::float_as_integer_ratio(x).map_err(|e| vm.num_error(e))?;
        Ok(vm.new_tuple(vec![vm.new_bigint(n), vm.new_bigint(d)]))
    };
    float_hex, "hex" => |vm, x| Ok(vm.new_string(float_ops::float_hex(x)));
    float_conjugate, "conjugate" => |vm, x| Ok(vm.new_float(x));
    float_float, "__float__" => |vm, x| Ok(vm.new_float(x));
    float_abs, "__abs__" => |vm, x| Ok(vm.new_float(x.abs()));
    float_int, "__int__" => |vm, x| to_int(vm, x);
    float_trunc, "__trunc__" => |vm, x| to_int(vm, x);
    float_floor, "__floor__" => |vm, x| to_int(vm, x.floor());
    float_ceil, "__ceil__" => |vm, x| to_int(vm, x.ceil());
    float_getnewargs, "__getnewargs__" => |vm, x| Ok(vm.new_tuple(vec![vm.new_float(x)]));
}

fn float_round(vm: &Vm, a: FnArgs) -> PyResult {
    let x = self_float(vm, &a, "__round__")?;
    let p = clinic_args(vm, &a, "__round__", "float.__round__", 0, 1)?;
    match p.first().filter(|n| !n.is(&vm.none)) {
        None => float_ops::float_round_to_int(x)
            .map(|b| vm.new_bigint(b))
            .map_err(|e| vm.num_error(e)),
        Some(nd) => {
            let nd = vm.index(nd)?;
            let nd = nd
                .to_i64()
                .unwrap_or(if nd.is_negative() { i64::MIN } else { i64::MAX });
            float_ops::float_round(x, Some(nd))
                .map(|f| vm.new_float(f))
                .map_err(|e| vm.num_error(e))
        }
    }
}

fn float_fromhex(vm: &Vm, a: FnArgs) -> PyResult {
    let cls = a.args[0].clone();
    let s = one_arg(vm, &a, "float.fromhex")?;
    let s = s.downcast::<StrObj>().ok_or_else(|| {
        vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(s)
        ))
    })?;
    let f = float_ops::float_fromhex(&s.s).map_err(|e| vm.num_error(e))?;
    let v = vm.new_float(f);
    if cls.is(&vm.types.float) {
        return Ok(v);
    }
    vm.call(&cls, &[v])
}

// ---------------------------------------------------------------------------
// complex

fn self_complex(vm: &Vm, a: &FnArgs, meth: &str) -> PyResult<(f64, f64)> {
    let c = crate::str_methods::receiver::<ComplexObj>(vm, a, "complex", meth)?;
    Ok((c.re, c.im))
}

fn complex_conjugate(vm: &Vm, a: FnArgs) -> PyResult {
    let (re, im) = self_complex(vm, &a, "conjugate")?;
    no_args(vm, &a, "complex.conjugate")?;
    Ok(vm.new_complex(re, -im))
}

fn complex_abs(vm: &Vm, a: FnArgs) -> PyResult {
    let (re, im) = self_complex(vm, &a, "__abs__")?;
    no_args(vm, &a, "complex.__abs__")?;
    let r = re.hypot(im);
    if r.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(vm.overflow_error("absolute value too large"));
    }
    Ok(vm.new_float(r))
}

fn complex_complex(vm: &Vm, a: FnArgs) -> PyResult {
    let (re, im) = self_complex(vm, &a, "__complex__")?;
    no_args(vm, &a, "complex.__complex__")?;
    if vm.is_exact(&a.args[0], &vm.types.complex) {
        return Ok(a.args[0].clone());
    }
    Ok(vm.new_complex(re, im))
}

fn complex_getnewargs(vm: &Vm, a: FnArgs) -> PyResult {
    let (re, im) = self_complex(vm, &a, "__getnewargs__")?;
    no_args(vm, &a, "complex.__getnewargs__")?;
    Ok(vm.new_tuple(vec![vm.new_float(re), vm.new_float(im)]))
}

/// Scans a float literal (digits, point, exponent, underscores, or
/// inf/infinity/nan) at `pos`, without a sign; its end.
fn scan_float(b: &[u8], pos: usize) -> Option<usize> {
    let lower: Vec<u8> = b[pos..].iter().map(|c| c.to_ascii_lowercase()).collect();
    for word in [&b"infinity"[..], b"inf", b"nan"] {
        if lower.starts_with(word) {
            return Some(pos + word.len());
        }
    }
    let mut i = pos;
    let digits = |i: &mut usize| {
        let s = *i;
        while *i < b.len() && (b[*i].is_ascii_digit() || (b[*i] == b'_' && *i > s)) {
            *i += 1;
        }
        *i > s
    };
    let int_part = digits(&mut i);
    let mut frac = false;
    if i < b.len() && b[i] == b'.' {
        i += 1;
        frac = digits(&mut i);
    }
    if !int_part && !frac {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        if digits(&mut j) {
            i = j;
        }
    }
    Some(i)
}

/// Parses `complex(str)`; `None` if malformed.
fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let mut t = s.trim_matches(strata_object::text::unicode::is_python_space);
    if let Some(inner) = t.strip_prefix('(') {
        t = inner
            .strip_suffix(')')?
            .trim_matches(strata_object::text::unicode::is_python_space);
    }
    let b = t.as_bytes();
    if b.is_empty() || !t.is_ascii() {
        return None;
    }
    let num = |i: usize| -> Option<(f64, usize)> {
        // Optional sign, then a float literal.
        let mut j = i;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        let end = scan_float(b, j)?;
        Some((parse_float(&t[i..end])?, end))
    };
    let is_j = |i: usize| i < b.len() && (b[i] == b'j' || b[i] == b'J');
    let sign_at = |i: usize| -> Option<f64> {
        match b.get(i) {
            Some(b'+') => Some(1.0),
            Some(b'-') => Some(-1.0),
            _ => None,
        }
    };
    let (re, im, end) = match num(0) {
        Some((x, i)) => {
            if is_j(i) {
                (0.0, x, i + 1)
            } else if let Some(sg) = sign_at(i) {
                match num(i) {
                    Some((y, k)) if is_j(k) => (x, y, k + 1),
                    Some(_) => return None,
                    None if is_j(i + 1) => (x, sg, i + 2),
                    None => return None,
                }
            } else {
                (x, 0.0, i)
            }
        }
        None => {
            let (sg, i) = match sign_at(0) {
                Some(sg) => (sg, 1),
                None => (1.0, 0),
            };
            if is_j(i) {
                (0.0, sg, i + 1)
            } else {
                return None;
            }
        }
    };
    (end == b.len()).then_some((re, im))
}

/// A number as complex for the constructor (`__complex__`, `__float__`,
/// `__index__` honoured); `None` if it is not a number.
fn complex_of(vm: &Vm, v: &Value) -> PyResult<Option<(f64, f64, bool)>> {
    if let Some(c) = v.downcast::<ComplexObj>() {
        return Ok(Some((c.re, c.im, true)));
    }
    if let Some(m) = vm.user_special(v, "__complex__") {
        let r = vm.call_bound_special(&m, v, &[])?;
        return match r.downcast::<ComplexObj>() {
            Some(c) => Ok(Some((c.re, c.im, true))),
            None => Err(vm.type_error(format!(
                "__complex__ returned non-complex (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    if let Some(f) = as_float(v) {
        return Ok(Some((f, 0.0, false)));
    }
    if let Some(i) = as_int(v) {
        return Ok(Some((vm.int_to_f64(&i)?, 0.0, false)));
    }
    if let Some(m) = vm.user_special(v, "__float__") {
        let r = vm.call_bound_special(&m, v, &[])?;
        return match as_float(&r) {
            Some(f) => Ok(Some((f, 0.0, false))),
            None => Err(vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name(v),
                vm.type_name(&r)
            ))),
        };
    }
    if vm.user_special(v, "__index__").is_some() {
        let i = vm.index(v)?;
        let f = float_ops::bigint_to_f64(&i).map_err(|e| vm.num_error(e))?;
        return Ok(Some((f, 0.0, false)));
    }
    Ok(None)
}

fn complex_new(vm: &Vm, a: FnArgs) -> PyResult {
    let cls = crate::str_methods::cls_arg(vm, &a, "complex")?;
    let v = kw_args(vm, &a, "complex", &["real", "imag"], 2, 0)?;
    let real = slot(&v, 0);
    let imag = slot(&v, 1);
    let (re, im) = match (real, imag) {
        (None, None) => (0.0, 0.0),
        (Some(r), None) if vm.is_exact(r, &vm.types.complex) && cls.is(&vm.types.complex) => {
            return Ok(r.clone());
        }
        (Some(r), i) => {
            if let Some(s) = r.downcast::<StrObj>() {
                if i.is_some() {
                    return Err(
                        vm.type_error("complex() can't take second arg if first is a string")
                    );
                }
                parse_complex(&s.s)
                    .ok_or_else(|| vm.value_error("complex() arg is a malformed string"))?
            } else {
                let (rr, ri, rc) = complex_of(vm, r)?.ok_or_else(|| {
                    vm.type_error(format!(
                        "complex() first argument must be a string or a number, not '{}'",
                        vm.type_name(r)
                    ))
                })?;
                match i {
                    None => (rr, ri),
                    Some(i) => {
                        if i.payload_is::<StrObj>() {
                            return Err(vm.type_error("complex() second arg can't be a string"));
                        }
                        let (ir, ii, ic) = complex_of(vm, i)?.ok_or_else(|| {
                            vm.type_error(format!(
                                "complex() second argument must be a number, not '{}'",
                                vm.type_name(i)
                            ))
                        })?;
                        (if ic { rr - ii } else { rr }, if rc { ir + ri } else { ir })
                    }
                }
            }
        }
        (None, Some(i)) => {
            if i.payload_is::<StrObj>() {
                return Err(vm.type_error("complex() second arg can't be a string"));
            }
            let (ir, ii, ic) = complex_of(vm, i)?.ok_or_else(|| {
                vm.type_error(format!(
                    "complex() second argument must be a number, not '{}'",
                    vm.type_name(i)
                ))
            })?;
            (if ic { 0.0 - ii } else { 0.0 }, ir)
        }
    };
    if cls.is(&vm.types.complex) {
        return Ok(vm.new_complex(re, im));
    }
    alloc_instance(vm, &cls, ComplexObj { re, im })
}

/// Registers the int, float and complex methods and the complex
/// constructor.
/// `int.__repr__`: the decimal digits, also for bool and other int
/// subclasses.
fn int_repr(vm: &Vm, a: FnArgs) -> PyResult {
    crate::typeslots::check_args(vm, "__repr__", &a, 1, 1)?;
    match as_int(&a.args[0]) {
        Some(i) => Ok(vm.new_string(i.to_big().to_string())),
        None => Err(vm.type_error(format!(
            "descriptor '__repr__' requires a 'int' object but received a '{}'",
            vm.type_name(&a.args[0])
        ))),
    }
}

pub fn init(vm: &Vm) {
    let t = &vm.types;
    add_static(vm, &t.int, "__new__", int_new);
    add_static(vm, &t.float, "__new__", float_new);
    for (n, f) in [
        ("bit_length", int_bit_length as NativeFn),
        ("bit_count", int_bit_count),
        ("conjugate", int_conjugate),
        ("to_bytes", int_to_bytes),
        ("as_integer_ratio", int_as_integer_ratio),
        ("is_integer", int_is_integer),
        ("__int__", int_int),
        ("__index__", int_index),
        ("__float__", int_float),
        ("__abs__", int_abs),
        ("__trunc__", int_trunc),
        ("__floor__", int_floor),
        ("__ceil__", int_ceil),
        ("__round__", int_round),
        ("__getnewargs__", int_getnewargs),
        ("__repr__", int_repr),
    ] {
        add_method(vm, &t.int, n, f);
    }
    // bool keeps its own repr ('True'); `int.__repr__(True)` is '1'.
    add_method(vm, &t.bool_, "__repr__", |vm, a| {
        crate::typeslots::check_args(vm, "__repr__", &a, 1, 1)?;
        Ok(vm.new_string(vm.builtin_repr(&a.args[0])?))
    });
    add_classmethod(vm, &t.int, "from_bytes", int_from_bytes);
    for (n, f) in [
        ("is_integer", float_is_integer as NativeFn),
        ("as_integer_ratio", float_as_integer_ratio),
        ("hex", float_hex),
        ("conjugate", float_conjugate),
        ("__float__", float_float),
        ("__abs__", float_abs),
        ("__int__", float_int),
        ("__trunc__", float_trunc),
        ("__floor__", float_floor),
        ("__ceil__", float_ceil),
        ("__round__", float_round),
        ("__getnewargs__", float_getnewargs),
    ] {
        add_method(vm, &t.float, n, f);
    }
    add_classmethod(vm, &t.float, "fromhex", float_fromhex);
    add_static(vm, &t.complex, "__new__", complex_new);
    for (n, f) in [
        ("conjugate", complex_conjugate as NativeFn),
        ("__abs__", complex_abs),
        ("__complex__", complex_complex),
        ("__getnewargs__", complex_getnewargs),
    ] {
        add_method(vm, &t.complex, n, f);
    }
}

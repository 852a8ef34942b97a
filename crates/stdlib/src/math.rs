//! The `math` module: CPython 3.11's functions and constants with its
//! results and errors. Float functions convert arguments like
//! `PyFloat_AsDouble` (floats, ints, `__float__`, `__index__`) and report
//! "math domain error" (ValueError) / "math range error" (OverflowError)
//! as CPython's `math_1`/`math_2` wrappers do; the numeric algorithms live
//! in [`crate::math_kernels`], the integer functions in
//! [`crate::math_int`].

use num_traits::{Signed, ToPrimitive};
use strata_compiler::BinaryOp;
use strata_object::payloads::TupleObj;
use strata_object::text::float_ops;
use strata_object::Value;
use strata_tier1::numeric::{as_float, as_int, Int};
use strata_tier1::runtime::FnArgs;
use strata_tier1::sysmod::{module_fn, new_module};
use strata_tier1::{PyResult, Vm};

use crate::args::{self, to_f64};
use crate::libm;
use crate::math_kernels::{self as k, FsumError, MathError, MathResult};

/// Turns a kernel failure into CPython's exception.
pub fn math_err(vm: &Vm, e: MathError) -> Value {
    match e {
        MathError::Domain => vm.value_error("math domain error"),
        MathError::Range => vm.overflow_error("math range error"),
    }
}

fn float_result(vm: &Vm, r: MathResult) -> PyResult {
    r.map(|f| vm.new_float(f)).map_err(|e| math_err(vm, e))
}

/// Defines a one-argument function wrapped like CPython's `math_1`.
macro_rules! math1 {
    ($( $fn:ident, $name:literal, $can_overflow:expr => $f:expr; )*) => {
        $(
            fn $fn(vm: &Vm, a: FnArgs) -> PyResult {
                let x = to_f64(vm, args::one(vm, &a, concat!("math.", $name))?)?;
                let f: fn(f64) -> f64 = $f;
                float_result(vm, k::check1(x, f(x), $can_overflow))
            }
        )*
    };
}

math1! {
    acos, "acos", false => f64::acos;
    acosh, "acosh", false => libm::acosh;
    asin, "asin", false => f64::asin;
    asinh, "asinh", false => libm::asinh;
    atan, "atan", false => f64::atan;
    atanh, "atanh", false => libm::atanh;
    cbrt, "cbrt", false => k::cbrt;
    cos, "cos", false => f64::cos;
    cosh, "cosh", true => f64::cosh;
    exp, "exp", true => f64::exp;
    exp2, "exp2", true => f64::exp2;
    expm1, "expm1", true => f64::exp_m1;
    fabs, "fabs", false => f64::abs;
    log1p, "log1p", false => f64::ln_1p;
    sin, "sin", false => f64::sin;
    sinh, "sinh", true => f64::sinh;
    sqrt, "sqrt", false => f64::sqrt;
    tan, "tan", false => f64::tan;
    tanh, "tanh", false => f64::tanh;
}

/// Defines a one-argument function whose kernel reports its own errors
/// (CPython's `math_1a`).
macro_rules! math1a {
    ($( $fn:ident, $name:literal => $f:expr; )*) => {
        $(
            fn $fn(vm: &Vm, a: FnArgs) -> PyResult {
                let x = to_f64(vm, args::one(vm, &a, concat!("math.", $name))?)?;
                let f: fn(f64) -> MathResult = $f;
                float_result(vm, f(x))
            }
        )*
    };
}

math1a! {
    gamma, "gamma" => k::gamma;
    lgamma, "lgamma" => k::lgamma;
    erf, "erf" => |x| Ok(libm::erf(x));
    erfc, "erfc" => |x| Ok(libm::erfc(x));
}

/// Two float arguments of a positional-only function.
fn two_floats(vm: &Vm, a: &FnArgs, name: &str) -> PyResult<(f64, f64)> {
    let p = args::positional(vm, a, &format!("math.{}", name), name, 2, 2)?;
    Ok((to_f64(vm, &p[0])?, to_f64(vm, &p[1])?))
}

/// Defines a two-argument function wrapped like CPython's `math_2`.
macro_rules! math2 {
    ($( $fn:ident, $name:literal => $f:expr; )*) => {
        $(
            fn $fn(vm: &Vm, a: FnArgs) -> PyResult {
                let (x, y) = two_floats(vm, &a, $name)?;
                let f: fn(f64, f64) -> f64 = $f;
                float_result(vm, k::check2(x, y, f(x, y)))
            }
        )*
    };
}

math2! {
    atan2, "atan2" => k::atan2;
    copysign, "copysign" => f64::copysign;
    remainder, "remainder" => k::remainder;
}

fn fmod(vm: &Vm, a: FnArgs) -> PyResult {
    let (x, y) = two_floats(vm, &a, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(vm.new_float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(math_err(vm, MathError::Domain));
    }
    Ok(vm.new_float(r))
}

fn pow(vm: &Vm, a: FnArgs) -> PyResult {
    let (x, y) = two_floats(vm, &a, "pow")?;
    float_result(vm, k::pow(x, y))
}

fn nextafter(vm: &Vm, a: FnArgs) -> PyResult {
    let (x, y) = two_floats(vm, &a, "nextafter")?;
    Ok(vm.new_float(k::nextafter(x, y)))
}

fn ulp(vm: &Vm, a: FnArgs) -> PyResult {
    let x = to_f64(vm, args::one(vm, &a, "math.ulp")?)?;
    Ok(vm.new_float(k::ulp(x)))
}

fn degrees(vm: &Vm, a: FnArgs) -> PyResult {
    let x = to_f64(vm, args::one(vm, &a, "math.degrees")?)?;
    Ok(vm.new_float(x * (180.0 / std::f64::consts::PI)))
}

fn radians(vm: &Vm, a: FnArgs) -> PyResult {
    let x = to_f64(vm, args::one(vm, &a, "math.radians")?)?;
    Ok(vm.new_float(x * (std::f64::consts::PI / 180.0)))
}

fn isfinite(vm: &Vm, a: FnArgs) -> PyResult {
    let x = to_f64(vm, args::one(vm, &a, "math.isfinite")?)?;
    Ok(vm.bool(x.is_finite()))
}

fn isinf(vm: &Vm, a: FnArgs) -> PyResult {
    let x = to_f64(vm, args::one(vm, &a, "math.isinf")?)?;
    Ok(vm.bool(x.is_infinite()))
}

fn isnan(vm: &Vm, a: FnArgs) -> PyResult {
    let x = to_f64(vm, args::one(vm, &a, "math.isnan")?)?;
    Ok(vm.bool(x.is_nan()))
}

fn isclose(vm: &Vm, a: FnArgs) -> PyResult {
    let v = args::keywords(
        vm,
        &a,
        "isclose",
        &["a", "b", "rel_tol", "abs_tol"],
        (0, 2),
        2,
    )?;
    let x = to_f64(vm, v[0].as_ref().expect("required"))?;
    let y = to_f64(vm, v[1].as_ref().expect("required"))?;
    let rel_tol = match &v[2] {
        Some(t) => to_f64(vm, t)?,
        None => 1e-9,
    };
    let abs_tol = match &v[3] {
        Some(t) => to_f64(vm, t)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(vm.true_.clone());
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(vm.false_.clone());
    }
    let diff = (y - x).abs();
    Ok(vm.bool(diff <= (rel_tol * y).abs() || diff <= (rel_tol * x).abs() || diff <= abs_tol))
}

fn frexp(vm: &Vm, a: FnArgs) -> PyResult {
    let x = to_f64(vm, args::one(vm, &a, "math.frexp")?)?;
    let (m, e) = k::frexp(x);
    Ok(vm.new_tuple(vec![vm.new_float(m), vm.new_int(e as i64)]))
}

fn ldexp(vm: &Vm, a: FnArgs) -> PyResult {
    let p = args::positional(vm, &a, "math.ldexp", "ldexp", 2, 2)?;
    let x = to_f64(vm, &p[0])?;
    let Some(i) = as_int(&p[1]) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    let n = match i {
        Int::Small(n) => n,
        Int::Big(b) => {
            if b.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
    };
    let r = k::ldexp(x, n);
    if r.is_infinite() && x.is_finite() {
        return Err(math_err(vm, MathError::Range));
    }
    Ok(vm.new_float(r))
}

fn modf(vm: &Vm, a: FnArgs) -> PyResult {
    let x = to_f64(vm, args::one(vm, &a, "math.modf")?)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let i = x.trunc();
        ((x - i).copysign(x), i)
    };
    Ok(vm.new_tuple(vec![vm.new_float(frac), vm.new_float(int)]))
}

/// `loghelper`: ints are handled exactly, even beyond the float range;
/// other numbers go through the float function.
fn log_of(vm: &Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = as_int(v) {
        let big = i.to_big();
        if !big.is_positive() {
            return Err(math_err(vm, MathError::Domain));
        }
        return Ok(match float_ops::bigint_to_f64(&big) {
            Ok(x) => f(x),
            Err(_) => {
                let (x, e) = big_frexp(&big);
                f(x) + f(2.0) * e as f64
            }
        });
    }
    let x = to_f64(vm, v)?;
    k::check1(x, f(x), false).map_err(|e| math_err(vm, e))
}

/// `_PyLong_Frexp` for a positive int: `n ~= x * 2**e` with
/// `0.5 <= x < 1`, `x` correctly rounded to 53 bits.
fn big_frexp(n: &num_bigint::BigInt) -> (f64, u64) {
    let bits = n.bits();
    let shift = bits.saturating_sub(64);
    let top: num_bigint::BigInt = n >> shift;
    let mut top = top.to_u64().unwrap_or(u64::MAX);
    // Sticky bit: anything shifted out makes the rounding go away from a tie.
    if shift > 0 && n.trailing_zeros().unwrap_or(0) < shift {
        top |= 1;
    }
    let (m, e) = k::frexp(top as f64);
    (m, shift + e as u64)
}

fn log(vm: &Vm, a: FnArgs) -> PyResult {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("log() takes no keyword arguments"));
    }
    if a.args.is_empty() || a.args.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_of(vm, &a.args[0], k::log)?;
    let Some(base) = a.args.get(1) else {
        return Ok(vm.new_float(num));
    };
    let den = log_of(vm, base, k::log)?;
    if den == 0.0 {
        return Err(vm.zero_division_error("float division by zero"));
    }
    Ok(vm.new_float(num / den))
}

fn log2(vm: &Vm, a: FnArgs) -> PyResult {
    let v = args::one(vm, &a, "math.log2")?;
    Ok(vm.new_float(log_of(vm, v, k::log2)?))
}

fn log10(vm: &Vm, a: FnArgs) -> PyResult {
    let v = args::one(vm, &a, "math.log10")?;
    Ok(vm.new_float(log_of(vm, v, k::log10)?))
}

/// A float from a float, an exact int, or anything `PyFloat_AsDouble`
/// accepts (`ASSIGN_DOUBLE`).
fn item_f64(vm: &Vm, v: &Value) -> PyResult<f64> {
    to_f64(vm, v)
}

fn fsum(vm: &Vm, a: FnArgs) -> PyResult {
    let seq = args::one(vm, &a, "math.fsum")?;
    let it = vm.iter(seq)?;
    let mut sum = k::Fsum::default();
    while let Some(item) = vm.next(&it)? {
        sum.add(item_f64(vm, &item)?);
        if sum.overflowed() {
            break;
        }
    }
    match sum.total() {
        Ok(f) => Ok(vm.new_float(f)),
        Err(FsumError::Overflow) => Err(vm.overflow_error("intermediate overflow in fsum")),
        Err(FsumError::InfMinusInf) => Err(vm.value_error("-inf + inf in fsum")),
    }
}

fn norm_of(vals: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for &x in vals {
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    k::vector_norm(vals, max, found_nan)
}

fn hypot(vm: &Vm, a: FnArgs) -> PyResult {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("math.hypot() takes no keyword arguments"));
    }
    let mut v = Vec::with_capacity(a.args.len());
    for x in a.args {
        v.push(item_f64(vm, x)?.abs());
    }
    Ok(vm.new_float(norm_of(&v)))
}

fn as_tuple_items(vm: &Vm, v: &Value) -> PyResult<Vec<Value>> {
    if let Some(t) = v.downcast::<TupleObj>() {
        return Ok(t.0.to_vec());
    }
    vm.to_vec(v)
}

fn dist(vm: &Vm, a: FnArgs) -> PyResult {
    let pa = args::positional(vm, &a, "math.dist", "dist", 2, 2)?;
    let p = as_tuple_items(vm, &pa[0])?;
    let q = as_tuple_items(vm, &pa[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(q.iter()) {
        let px = item_f64(vm, x)?;
        let qx = item_f64(vm, y)?;
        diffs.push((px - qx).abs());
    }
    Ok(vm.new_float(norm_of(&diffs)))
}

fn prod(vm: &Vm, a: FnArgs) -> PyResult {
    let v = args::keywords(vm, &a, "prod", &["iterable", "start"], (1, 1), 1)?;
    let it = vm.iter(v[0].as_ref().expect("required"))?;
    let mut acc = v[1].clone().unwrap_or_else(|| vm.new_int(1));
    while let Some(item) = vm.next(&it)? {
        if let (Some(x), Some(y)) = (acc.as_small_int(), item.as_small_int()) {
            if let Some(r) = x.checked_mul(y) {
                acc = vm.new_int(r);
                continue;
            }
        }
        if let (Some(x), Some(y)) = (as_float(&acc), as_float(&item)) {
            if vm.is_exact(&acc, &vm.types.float) && vm.is_exact(&item, &vm.types.float) {
                acc = vm.new_float(x * y);
                continue;
            }
        }
        acc = vm.binary_op(&acc, &item, BinaryOp::Multiply)?;
    }
    Ok(acc)
}

/// `floor`/`ceil`: floats and ints directly, else `__floor__`/`__ceil__`,
/// else through `PyFloat_AsDouble`.
fn round_int(vm: &Vm, a: FnArgs, qual: &str, dunder: &str, up: bool) -> PyResult {
    let v = args::one(vm, &a, qual)?;
    let x = if vm.is_exact(v, &vm.types.float) {
        as_float(v).expect("float")
    } else {
        if let Some(m) = vm.user_special(v, dunder) {
            return vm.call_bound_special(&m, v, &[]);
        }
        if let Some(i) = as_int(v) {
            return Ok(vm.new_bigint(i.to_big()));
        }
        to_f64(vm, v)?
    };
    let r = if up { x.ceil() } else { x.floor() };
    float_to_int(vm, r)
}

/// `PyLong_FromDouble` of an integral float.
fn float_to_int(vm: &Vm, x: f64) -> PyResult {
    if x.abs() < 9.0e18 {
        return Ok(vm.new_int(x as i64));
    }
    float_ops::float_to_bigint(x)
        .map(|b| vm.new_bigint(b))
        .map_err(|e| vm.num_error(e))
}

fn floor(vm: &Vm, a: FnArgs) -> PyResult {
    round_int(vm, a, "math.floor", "__floor__", false)
}

fn ceil(vm: &Vm, a: FnArgs) -> PyResult {
    round_int(vm, a, "math.ceil", "__ceil__", true)
}

fn trunc(vm: &Vm, a: FnArgs) -> PyResult {
    let v = args::one(vm, &a, "math.trunc")?;
    if let Some(m) = vm.user_special(v, "__trunc__") {
        return vm.call_bound_special(&m, v, &[]);
    }
    if let Some(f) = as_float(v) {
        return float_to_int(vm, f.trunc());
    }
    if let Some(i) = as_int(v) {
        return Ok(vm.new_bigint(i.to_big()));
    }
    Err(vm.type_error(format!(
        "type {} doesn't define __trunc__ method",
        vm.type_name(v)
    )))
}

/// Builds the `math` module.
pub fn init(vm: &Vm) -> PyResult<Value> {
    let m = new_module(vm, "math");
    let fns: &[(&str, strata_tier1::runtime::NativeFn)] = &[
        ("acos", acos),
        ("acosh", acosh),
        ("asin", asin),
        ("asinh", asinh),
        ("atan", atan),
        ("atan2", atan2),
        ("atanh", atanh),
        ("cbrt", cbrt),
        ("ceil", ceil),
        ("comb", crate::math_int::comb),
        ("copysign", copysign),
        ("cos", cos),
        ("cosh", cosh),
        ("degrees", degrees),
        ("dist", dist),
        ("erf", erf),
        ("erfc", erfc),
        ("exp", exp),
        ("exp2", exp2),
        ("expm1", expm1),
        ("fabs", fabs),
        ("factorial", crate::math_int::factorial),
        ("floor", floor),
        ("fmod", fmod),
        ("frexp", frexp),
        ("fsum", fsum),
        ("gamma", gamma),
        ("gcd", crate::math_int::gcd),
        ("hypot", hypot),
        ("isclose", isclose),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("isqrt", crate::math_int::isqrt),
        ("lcm", crate::math_int::lcm),
        ("ldexp", ldexp),
        ("lgamma", lgamma),
        ("log", log),
        ("log10", log10),
        ("log1p", log1p),
        ("log2", log2),
        ("modf", modf),
        ("nextafter", nextafter),
        ("perm", crate::math_int::perm),
        ("pow", pow),
        ("prod", prod),
        ("radians", radians),
        ("remainder", remainder),
        ("sin", sin),
        ("sinh", sinh),
        ("sqrt", sqrt),
        ("tan", tan),
        ("tanh", tanh),
        ("trunc", trunc),
        ("ulp", ulp),
    ];
    for (name, f) in fns {
        module_fn(vm, &m, name, *f);
    }
    let consts = [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ];
    for (name, x) in consts {
        vm.setattr(&m, &vm.intern(name), vm.new_float(x))?;
    }
    Ok(m)
}

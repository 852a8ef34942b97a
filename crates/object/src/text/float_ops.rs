//! Python's float and int numeric semantics that go beyond IEEE arithmetic:
//! floor division and modulo with Python's sign rules, `**`, `round()`,
//! exact float/int conversions (correctly rounded, including
//! `int / int` for huge operands), CPython's numeric hash, and
//! `float.as_integer_ratio`, `float.hex`, `float.fromhex`.
//!
//! Errors carry the exception class and CPython's message in [`NumError`].

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};

use super::unicode::is_ascii_space_byte;

/// An error from a numeric operation: the Python exception class and its
/// message, or a request to redo the operation in complex arithmetic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumError {
    /// `ZeroDivisionError(message)`
    ZeroDivision(String),
    /// `OverflowError(message)`
    Overflow(String),
    /// `ValueError(message)`
    Value(String),
    /// The result is complex (negative base to a non-integer power); the
    /// caller should compute `complex(a) ** complex(b)`.
    ComplexResult,
}

impl NumError {
    /// The exception message (empty for [`NumError::ComplexResult`]).
    pub fn message(&self) -> String {
        match self {
            NumError::ZeroDivision(m) | NumError::Overflow(m) | NumError::Value(m) => m.clone(),
            NumError::ComplexResult => String::new(),
        }
    }
}

/// Python's float `a / b` ("float division by zero").
pub fn float_truediv(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(NumError::ZeroDivision("float division by zero".to_string()));
    }
    Ok(a / b)
}

/// CPython's `_float_div_mod`: `(floor(a / b), a mod b)` for `b != 0`.
fn div_mod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// Python's float `a // b`.
pub fn float_floordiv(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(NumError::ZeroDivision(
            "float floor division by zero".to_string(),
        ));
    }
    Ok(div_mod(a, b).0)
}

/// Python's float `a % b` (the result has the sign of `b`).
pub fn float_mod(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(NumError::ZeroDivision("float modulo".to_string()));
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    Ok(m)
}

/// Python's `divmod(a, b)` for floats.
pub fn float_divmod(a: f64, b: f64) -> Result<(f64, f64), NumError> {
    if b == 0.0 {
        return Err(NumError::ZeroDivision("float divmod()".to_string()));
    }
    Ok(div_mod(a, b))
}

fn is_odd_integer(x: f64) -> bool {
    (x.abs() % 2.0) == 1.0
}

/// Python's float `a ** b` (CPython's `float_pow`): special cases for
/// zeros, infinities, NaNs and negative bases; `ComplexResult` for a
/// negative base with a non-integer exponent.
pub fn float_pow(a: f64, b: f64) -> Result<f64, NumError> {
    let (iv, iw) = (a, b);
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let av = iv.abs();
        return Ok(if av == 1.0 {
            1.0
        } else if (iw > 0.0) == (av > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        let odd = is_odd_integer(iw);
        if iw < 0.0 {
            return Err(NumError::ZeroDivision(
                "0.0 cannot be raised to a negative power".to_string(),
            ));
        }
        return Ok(if odd { iv } else { 0.0 });
    }
    let mut base = iv;
    let mut negate = false;
    if base < 0.0 {
        if iw != iw.floor() {
            return Err(NumError::ComplexResult);
        }
        base = -base;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let mut r = base.powf(iw);
    if negate {
        r = -r;
    }
    if r.is_infinite() {
        return Err(NumError::Overflow(
            "(34, 'Numerical result out of range')".to_string(),
        ));
    }
    Ok(r)
}

/// `x * 2**e`, exact whenever the result is representable.
fn ldexp(mut x: f64, mut e: i64) -> f64 {
    let pow2 = |k: i64| f64::from_bits(((k + 1023) as u64) << 52);
    while e > 1000 {
        x *= pow2(1000);
        e -= 1000;
        if x.is_infinite() {
            return x;
        }
    }
    while e < -1000 {
        x *= pow2(-1000);
        e += 1000;
        if x == 0.0 {
            return x;
        }
    }
    x * pow2(e)
}

/// Rounds `m * 2**e`, plus "a little more" if `sticky`, to the nearest f64
/// (ties to even). Returns infinity if the rounded value is `>= 2**1024`.
/// `sticky` must only be set when `m` has at least one bit below the last
/// kept bit position (callers guarantee `m` has 55+ significant bits).
fn round_scaled_to_f64(m: &BigUint, e: i64, sticky: bool) -> f64 {
    let nbits = m.bits() as i64;
    if nbits == 0 {
        return 0.0;
    }
    let top = nbits.saturating_add(e); // value in [2**(top-1), 2**top)
    if top > 1024 {
        return f64::INFINITY;
    }
    if top < -1074 {
        return 0.0;
    }
    let lsb = top.max(-1021) - 53; // exponent of the last kept bit
    if e >= lsb {
        // At most 53 significant bits: exact.
        let v = m.to_u64().map_or(f64::INFINITY, |v| v as f64);
        return ldexp(v, e);
    }
    let drop = (lsb - e) as u64;
    let mut q = m >> drop;
    let half_bit = m.bit(drop - 1);
    let below_half = m.trailing_zeros().is_some_and(|tz| tz < drop - 1) || sticky;
    if half_bit && (below_half || q.bit(0)) {
        q += 1u32;
    }
    let v = q.to_u64().map_or(f64::INFINITY, |v| v as f64);
    ldexp(v, lsb)
}

fn apply_sign(x: f64, negative: bool) -> f64 {
    if negative {
        -x
    } else {
        x
    }
}

/// `float(v)` for an int: correctly rounded (ties to even);
/// `OverflowError("int too large to convert to float")` beyond the range.
pub fn bigint_to_f64(v: &BigInt) -> Result<f64, NumError> {
    let mag = v.magnitude();
    let x = if mag.bits() <= 53 {
        mag.to_u64().map_or(f64::INFINITY, |u| u as f64)
    } else {
        round_scaled_to_f64(mag, 0, false)
    };
    if x.is_infinite() {
        return Err(NumError::Overflow(
            "int too large to convert to float".to_string(),
        ));
    }
    Ok(apply_sign(x, v.sign() == Sign::Minus))
}

/// Python's `int / int`: the correctly rounded quotient, even for operands
/// far beyond the float range. "division by zero" (ZeroDivisionError) and
/// "integer division result too large for a float" (OverflowError).
pub fn int_true_divide(a: &BigInt, b: &BigInt) -> Result<f64, NumError> {
    if b.is_zero() {
        return Err(NumError::ZeroDivision("division by zero".to_string()));
    }
    let negate = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let (ma, mb) = (a.magnitude(), b.magnitude());
    if ma.bits() <= 53 && mb.bits() <= 53 {
        let (x, y) = (
            ma.to_u64().unwrap_or(0) as f64,
            mb.to_u64().unwrap_or(1) as f64,
        );
        return Ok(apply_sign(x / y, negate));
    }
    if ma.is_zero() {
        return Ok(apply_sign(0.0, negate));
    }
    let diff = ma.bits() as i64 - mb.bits() as i64;
    let overflow =
        || NumError::Overflow("integer division result too large for a float".to_string());
    if diff > 1024 {
        return Err(overflow());
    }
    if diff < -1076 {
        return Ok(apply_sign(0.0, negate));
    }
    let shift = diff.max(-1021) - 55;
    let (q, r) = if shift <= 0 {
        (ma << (-shift) as u64).div_rem(mb)
    } else {
        ma.div_rem(&(mb << shift as u64))
    };
    let x = round_scaled_to_f64(&q, shift, !r.is_zero());
    if x.is_infinite() {
        return Err(overflow());
    }
    Ok(apply_sign(x, negate))
}

/// Splits a finite, nonzero float into `(negative, m, e)` with
/// `|x| == m * 2**e` exactly.
fn decompose(x: f64) -> (bool, u64, i64) {
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let negative = bits >> 63 == 1;
    if exp_bits == 0 {
        (negative, frac, -1074)
    } else {
        (negative, frac | (1u64 << 52), exp_bits - 1075)
    }
}

fn nan_to_int_error() -> NumError {
    NumError::Value("cannot convert float NaN to integer".to_string())
}

fn inf_to_int_error() -> NumError {
    NumError::Overflow("cannot convert float infinity to integer".to_string())
}

/// `int(x)` for a float: truncation toward zero. ValueError for NaN,
/// OverflowError for infinities.
pub fn float_to_bigint(x: f64) -> Result<BigInt, NumError> {
    if x.is_nan() {
        return Err(nan_to_int_error());
    }
    if x.is_infinite() {
        return Err(inf_to_int_error());
    }
    if x == 0.0 {
        return Ok(BigInt::zero());
    }
    let (negative, m, e) = decompose(x);
    let mag = if e >= 0 {
        BigUint::from(m) << e as u64
    } else if -e >= 64 {
        BigUint::zero()
    } else {
        BigUint::from(m >> (-e) as u64)
    };
    let v = BigInt::from(mag);
    Ok(if negative { -v } else { v })
}

/// `round(x)` with no ndigits: round half to even, as an int.
pub fn float_round_to_int(x: f64) -> Result<BigInt, NumError> {
    if x.is_nan() {
        return Err(nan_to_int_error());
    }
    if x.is_infinite() {
        return Err(inf_to_int_error());
    }
    float_to_bigint(x.round_ties_even())
}

/// `round(x, ndigits)` for a float (`ndigits == None` rounds to an integral
/// float, ties to even): the exact binary value is rounded half-even to
/// `ndigits` decimal places. NaN and infinities round to themselves;
/// "rounded value too large to represent" (OverflowError) if the result
/// overflows.
pub fn float_round(x: f64, ndigits: Option<i64>) -> Result<f64, NumError> {
    let Some(nd) = ndigits else {
        return Ok(x.round_ties_even());
    };
    if !x.is_finite() {
        return Ok(x);
    }
    // NDIGITS_MAX and NDIGITS_MIN of CPython's float___round___impl.
    if nd > 323 {
        return Ok(x);
    }
    if nd < -308 {
        return Ok(0.0 * x);
    }
    if nd >= 0 {
        let s = format!("{:.*}", nd as usize, x);
        return Ok(s.parse::<f64>().unwrap_or(x));
    }
    if x == 0.0 {
        return Ok(x);
    }
    let (negative, m, e) = decompose(x);
    let scale = num_traits::pow(BigUint::from(10u32), (-nd) as usize);
    let m = BigUint::from(m);
    let (q, r, den) = if e >= 0 {
        let n = m << e as u64;
        let (q, r) = n.div_rem(&scale);
        (q, r, scale.clone())
    } else {
        let den = &scale << (-e) as u64;
        let (q, r) = m.div_rem(&den);
        (q, r, den)
    };
    let twice = &r << 1u32;
    let q = if twice > den || (twice == den && q.bit(0)) {
        q + 1u32
    } else {
        q
    };
    let rounded = q * scale;
    let v = round_scaled_to_f64(&rounded, 0, false);
    if v.is_infinite() {
        return Err(NumError::Overflow(
            "rounded value too large to represent".to_string(),
        ));
    }
    Ok(apply_sign(v, negative))
}

/// CPython's hash modulus `2**61 - 1`.
const HASH_MODULUS: u64 = (1u64 << 61) - 1;
/// `hash(float('inf'))`.
const HASH_INF: i64 = 314159;

fn finish_hash(magnitude_mod: u64, negative: bool) -> i64 {
    let h = magnitude_mod as i64;
    let h = if negative { -h } else { h };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's `hash(int)`.
pub fn hash_bigint(v: &BigInt) -> i64 {
    let r = (v.magnitude() % HASH_MODULUS).to_u64().unwrap_or(0);
    finish_hash(r, v.sign() == Sign::Minus)
}

/// CPython's `hash(int)` for a machine integer.
pub fn hash_i64(v: i64) -> i64 {
    let r = v.unsigned_abs() % HASH_MODULUS;
    finish_hash(r, v < 0)
}

/// CPython's `hash(float)`: equal to the hash of an equal int or fraction;
/// `±314159` for infinities. For NaN this returns 0: CPython hashes NaN by
/// object identity, which the caller must do.
pub fn hash_f64(x: f64) -> i64 {
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if x.is_nan() || x == 0.0 {
        return 0;
    }
    let (negative, m, e) = decompose(x);
    // 2**61 == 1 (mod 2**61 - 1), so 2**e == 2**(e mod 61).
    let k = e.rem_euclid(61) as u32;
    let h = ((u128::from(m) << k) % u128::from(HASH_MODULUS)) as u64;
    finish_hash(h, negative)
}

/// `float.as_integer_ratio()`: the exact value as a reduced fraction with a
/// positive denominator. OverflowError for infinities, ValueError for NaN.
pub fn float_as_integer_ratio(x: f64) -> Result<(BigInt, BigInt), NumError> {
    if x.is_infinite() {
        return Err(NumError::Overflow(
            "cannot convert Infinity to integer ratio".to_string(),
        ));
    }
    if x.is_nan() {
        return Err(NumError::Value(
            "cannot convert NaN to integer ratio".to_string(),
        ));
    }
    if x == 0.0 {
        return Ok((BigInt::zero(), BigInt::from(1)));
    }
    let (negative, m, e) = decompose(x);
    let (num, den) = if e >= 0 {
        (BigInt::from(m) << e as u64, BigInt::from(1))
    } else {
        let tz = i64::from(m.trailing_zeros()).min(-e);
        let m = m >> tz as u64;
        (BigInt::from(m), BigInt::from(1) << (-e - tz) as u64)
    };
    Ok((if negative { -num } else { num }, den))
}

/// `float.hex()`: e.g. `0x1.0000000000000p+0`, `-0x0.0p+0`,
/// `0x0.0000000000001p-1022`; `inf`, `-inf`, `nan` as repr.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if exp_bits == 0 {
        (0, -1022)
    } else {
        (1, exp_bits - 1023)
    };
    format!("{sign}0x{lead}.{frac:013x}p{exp:+}")
}

fn hex_value(b: u8) -> Option<u32> {
    (b as char).to_digit(16)
}

/// `float.fromhex(s)`: optional whitespace and sign, optional `0x`, hex
/// digits with an optional point, optional binary exponent `p[+-]N`;
/// `inf`/`infinity`/`nan`. Correctly rounded (ties to even).
/// Errors: ValueError "invalid hexadecimal floating-point string",
/// OverflowError "hexadecimal value too large to represent as a float".
pub fn float_fromhex(s: &str) -> Result<f64, NumError> {
    let parse_error = || NumError::Value("invalid hexadecimal floating-point string".to_string());
    let overflow =
        || NumError::Overflow("hexadecimal value too large to represent as a float".to_string());
    let b = s.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while i < b.len() && is_ascii_space_byte(b[i]) {
        i += 1;
    }
    // Infinities and NaNs (CPython's _Py_parse_inf_or_nan).
    let mut special = None;
    {
        let mut j = i;
        let neg = match at(j) {
            b'-' => {
                j += 1;
                true
            }
            b'+' => {
                j += 1;
                false
            }
            _ => false,
        };
        let matches_at = |pos: usize, word: &[u8]| {
            b.len() >= pos + word.len() && b[pos..pos + word.len()].eq_ignore_ascii_case(word)
        };
        if matches_at(j, b"inf") {
            j += 3;
            if matches_at(j, b"inity") {
                j += 5;
            }
            special = Some((apply_sign(f64::INFINITY, neg), j));
        } else if matches_at(j, b"nan") {
            special = Some((apply_sign(f64::NAN.abs(), neg), j + 3));
        }
    }
    let value = if let Some((v, j)) = special {
        i = j;
        v
    } else {
        let mut negate = false;
        if at(i) == b'-' {
            negate = true;
            i += 1;
        } else if at(i) == b'+' {
            i += 1;
        }
        if at(i) == b'0' && matches!(at(i + 1), b'x' | b'X') {
            i += 2;
        }
        let int_start = i;
        while hex_value(at(i)).is_some() {
            i += 1;
        }
        let int_end = i;
        let (frac_start, frac_end) = if at(i) == b'.' {
            i += 1;
            let fs = i;
            while hex_value(at(i)).is_some() {
                i += 1;
            }
            (fs, i)
        } else {
            (i, i)
        };
        let fdigits = (frac_end - frac_start) as i64;
        if int_end - int_start + (frac_end - frac_start) == 0 {
            return Err(parse_error());
        }
        let mut exp: i64 = 0;
        if matches!(at(i), b'p' | b'P') {
            i += 1;
            let exp_start = i;
            if matches!(at(i), b'-' | b'+') {
                i += 1;
            }
            if !at(i).is_ascii_digit() {
                return Err(parse_error());
            }
            while at(i).is_ascii_digit() {
                i += 1;
            }
            // strtol: saturate on overflow.
            let text = std::str::from_utf8(&b[exp_start..i]).unwrap_or("0");
            exp = text.parse::<i64>().unwrap_or(if text.starts_with('-') {
                i64::MIN
            } else {
                i64::MAX
            });
        }
        let hex_digits: Vec<u8> = b[int_start..int_end]
            .iter()
            .chain(&b[frac_start..frac_end])
            .copied()
            .collect();
        let m = BigUint::parse_bytes(&hex_digits, 16).unwrap_or_default();
        let x = if m.is_zero() || exp < i64::MIN / 2 {
            0.0
        } else if exp > i64::MAX / 2 {
            return Err(overflow());
        } else {
            let v = round_scaled_to_f64(&m, exp - 4 * fdigits, false);
            if v.is_infinite() {
                return Err(overflow());
            }
            v
        };
        apply_sign(x, negate)
    };
    while i < b.len() && is_ascii_space_byte(b[i]) {
        i += 1;
    }
    if i != b.len() {
        return Err(parse_error());
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    fn zd(m: &str) -> NumError {
        NumError::ZeroDivision(m.to_string())
    }

    #[test]
    fn floordiv_mod() {
        // Expected values from python3.
        assert_eq!(float_floordiv(7.0, 2.0), Ok(3.0));
        assert_eq!(float_floordiv(-7.0, 2.0), Ok(-4.0));
        assert_eq!(float_floordiv(7.0, -2.0), Ok(-4.0));
        assert_eq!(float_floordiv(1.0, 0.1), Ok(9.0));
        assert_eq!(float_mod(1.0, 0.1), Ok(0.09999999999999995));
        assert_eq!(float_mod(-7.0, 2.0), Ok(1.0));
        assert_eq!(float_mod(7.0, -2.0), Ok(-1.0));
        assert!(float_mod(-4.0, 2.0).unwrap().is_sign_positive());
        assert!(float_mod(4.0, -2.0).unwrap().is_sign_negative());
        assert!(float_floordiv(0.0, -1.0).unwrap().is_sign_negative());
        assert_eq!(float_mod(-1e-300, 1e300), Ok(1e300));
        assert_eq!(float_divmod(-7.5, 2.0), Ok((-4.0, 0.5)));
        assert_eq!(
            float_floordiv(f64::INFINITY, 1.0).map(f64::is_nan),
            Ok(true)
        );
        assert_eq!(float_floordiv(1.0, f64::INFINITY), Ok(0.0));
        assert_eq!(float_floordiv(-1.0, f64::INFINITY), Ok(-1.0));
        assert_eq!(float_mod(-1.0, f64::INFINITY), Ok(f64::INFINITY));
        assert_eq!(
            float_floordiv(1.0, 0.0),
            Err(zd("float floor division by zero"))
        );
        assert_eq!(float_mod(1.0, 0.0), Err(zd("float modulo")));
        assert_eq!(float_divmod(1.0, -0.0), Err(zd("float divmod()")));
        assert_eq!(float_truediv(1.0, 0.0), Err(zd("float division by zero")));
    }

    #[test]
    fn pow() {
        assert_eq!(float_pow(2.0, 10.0), Ok(1024.0));
        assert_eq!(float_pow(0.0, 0.0), Ok(1.0));
        assert_eq!(float_pow(f64::NAN, 0.0), Ok(1.0));
        assert_eq!(float_pow(1.0, f64::NAN), Ok(1.0));
        assert_eq!(float_pow(-1.0, f64::INFINITY), Ok(1.0));
        assert_eq!(float_pow(0.5, f64::NEG_INFINITY), Ok(f64::INFINITY));
        assert_eq!(float_pow(f64::NEG_INFINITY, 3.0), Ok(f64::NEG_INFINITY));
        assert!(float_pow(f64::NEG_INFINITY, -3.0)
            .unwrap()
            .is_sign_negative());
        assert!(float_pow(-0.0, 3.0).unwrap().is_sign_negative());
        assert_eq!(float_pow(-2.0, 3.0), Ok(-8.0));
        assert_eq!(float_pow(-1.0, 1e300), Ok(1.0));
        assert_eq!(float_pow(2.0, -1074.0), Ok(5e-324));
        assert_eq!(float_pow(10.0, -400.0), Ok(0.0));
        assert_eq!(
            float_pow(0.0, -1.0),
            Err(zd("0.0 cannot be raised to a negative power"))
        );
        assert_eq!(float_pow(-8.0, 1.0 / 3.0), Err(NumError::ComplexResult));
        assert_eq!(
            float_pow(10.0, 400.0),
            Err(NumError::Overflow(
                "(34, 'Numerical result out of range')".to_string()
            ))
        );
        // 1.1 ** 0.5 == 1.0488088481701516 in python3
        assert_eq!(float_pow(1.1, 0.5), Ok(1.0488088481701516));
    }

    #[test]
    fn rounding() {
        // Expected values from python3 round().
        assert_eq!(float_round(2.675, Some(2)), Ok(2.67));
        assert_eq!(float_round(0.125, Some(2)), Ok(0.12));
        assert_eq!(float_round(0.375, Some(2)), Ok(0.38));
        assert_eq!(float_round(2.5, Some(0)), Ok(2.0));
        assert_eq!(float_round(2.5, None), Ok(2.0));
        assert_eq!(float_round(-3.5, None), Ok(-4.0));
        assert_eq!(float_round(1234.5, Some(-1)), Ok(1230.0));
        assert_eq!(float_round(1250.0, Some(-2)), Ok(1200.0));
        assert_eq!(float_round(1350.0, Some(-2)), Ok(1400.0));
        assert_eq!(float_round(1e300, Some(-299)), Ok(1e300));
        assert_eq!(float_round(5e-324, Some(323)), Ok(0.0));
        assert_eq!(float_round(5e-324, Some(324)), Ok(5e-324));
        assert_eq!(float_round(0.1, Some(1000)), Ok(0.1));
        assert!(float_round(-4.0, Some(-1)).unwrap().is_sign_negative());
        assert!(float_round(-0.001, Some(2)).unwrap().is_sign_negative());
        assert!(float_round(-1.5, Some(-400)).unwrap().is_sign_negative());
        assert_eq!(float_round(123.456, Some(-400)), Ok(0.0));
        assert_eq!(float_round(1.2e308, Some(-308)), Ok(1e308));
        assert!(matches!(
            float_round(1.5e308, Some(-308)),
            Err(NumError::Overflow(_))
        ));
        assert_eq!(float_round(f64::INFINITY, Some(2)), Ok(f64::INFINITY));
        assert_eq!(
            float_round(1.7e308, Some(-308)),
            Err(NumError::Overflow(
                "rounded value too large to represent".to_string()
            ))
        );
        assert_eq!(float_round_to_int(2.5), Ok(BigInt::from(2)));
        assert_eq!(float_round_to_int(-0.5), Ok(BigInt::from(0)));
        assert_eq!(float_round_to_int(3.5), Ok(BigInt::from(4)));
        assert_eq!(float_round_to_int(1e20), Ok(big("100000000000000000000")));
        assert_eq!(
            float_round_to_int(f64::NAN),
            Err(NumError::Value(
                "cannot convert float NaN to integer".to_string()
            ))
        );
        assert_eq!(
            float_round_to_int(f64::NEG_INFINITY),
            Err(NumError::Overflow(
                "cannot convert float infinity to integer".to_string()
            ))
        );
    }

    #[test]
    fn conversions() {
        assert_eq!(float_to_bigint(-3.99), Ok(BigInt::from(-3)));
        assert_eq!(float_to_bigint(5e-324), Ok(BigInt::from(0)));
        assert_eq!(
            float_to_bigint(1e300).unwrap().to_string(),
            "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"
        );
        assert_eq!(bigint_to_f64(&BigInt::from(-7)), Ok(-7.0));
        // float(2**53 + 1) == 9007199254740992.0; float(2**53 + 3) == 9007199254740996.0
        assert_eq!(
            bigint_to_f64(&big("9007199254740993")),
            Ok(9007199254740992.0)
        );
        assert_eq!(
            bigint_to_f64(&big("9007199254740995")),
            Ok(9007199254740996.0)
        );
        // float(2**1024 - 2**970) -> OverflowError; float(2**1024 - 2**970 - 1) == 1.7976931348623157e+308
        let two = BigInt::from(2);
        let edge = num_traits::pow(two.clone(), 1024) - num_traits::pow(two.clone(), 970);
        assert!(matches!(bigint_to_f64(&edge), Err(NumError::Overflow(_))));
        assert_eq!(bigint_to_f64(&(edge - 1)), Ok(f64::MAX));
        assert_eq!(
            bigint_to_f64(&-num_traits::pow(two, 1024)),
            Err(NumError::Overflow(
                "int too large to convert to float".to_string()
            ))
        );
    }

    #[test]
    fn true_divide() {
        // Expected values from python3.
        let d = |a: &str, b: &str| int_true_divide(&big(a), &big(b));
        assert_eq!(d("1", "3"), Ok(1.0 / 3.0));
        assert!(d("0", "-5").unwrap().is_sign_negative());
        let p400 = format!("1{}", "0".repeat(400));
        let p399 = format!("1{}", "0".repeat(399));
        assert_eq!(d(&p400, &p399), Ok(10.0));
        assert_eq!(d("1", &p400), Ok(0.0));
        assert!(d("-1", &p400).unwrap().is_sign_negative());
        assert_eq!(
            d(&p400, "1"),
            Err(NumError::Overflow(
                "integer division result too large for a float".to_string()
            ))
        );
        assert_eq!(d("1", "0"), Err(zd("division by zero")));
        // (10**30 + 1) / 3 == 3.333333333333333e+29
        assert_eq!(
            d("1000000000000000000000000000001", "3"),
            Ok(3.333333333333333e+29)
        );
        // 2**1100 // 3 / 2**1080 == 349525.3333333333 (quotient of big ints)
        let two = BigInt::from(2);
        let a = num_traits::pow(two.clone(), 1100) / BigInt::from(3);
        let b = num_traits::pow(two.clone(), 1080);
        assert_eq!(int_true_divide(&a, &b), Ok(349525.3333333333));
        // 1 / 2**1074 == 5e-324 ; 1 / 2**1075 == 0.0 ; 3 / 2**1076 == 5e-324
        let p = |n: usize| num_traits::pow(two.clone(), n);
        assert_eq!(int_true_divide(&BigInt::from(1), &p(1074)), Ok(5e-324));
        assert_eq!(int_true_divide(&BigInt::from(1), &p(1075)), Ok(0.0));
        assert_eq!(int_true_divide(&BigInt::from(3), &p(1076)), Ok(5e-324));
        // (10**400 + 1) / 10**100 == 1e+300
        let n = big(&p400) + 1;
        let m = big(&format!("1{}", "0".repeat(100)));
        assert_eq!(int_true_divide(&n, &m), Ok(1e300));
    }

    #[test]
    fn hashes() {
        // Expected values from python3 hash().
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(-2), -2);
        assert_eq!(hash_i64(12345), 12345);
        assert_eq!(hash_i64(i64::MAX), 3);
        assert_eq!(hash_i64(i64::MIN), -4);
        assert_eq!(hash_bigint(&big("2305843009213693951")), 0);
        assert_eq!(hash_bigint(&big("-2305843009213693952")), -2);
        assert_eq!(
            hash_bigint(&big("123456789012345678901234567890")),
            248789772095949448
        );
        assert_eq!(
            hash_bigint(&big("-123456789012345678901234567890")),
            -248789772095949448
        );
        assert_eq!(hash_f64(1.0), 1);
        assert_eq!(hash_f64(-1.0), -2);
        assert_eq!(hash_f64(0.5), 1152921504606846976);
        assert_eq!(hash_f64(1.5), 1152921504606846977);
        assert_eq!(hash_f64(-0.0), 0);
        assert_eq!(hash_f64(0.1), 230584300921369408);
        assert_eq!(hash_f64(1e300), 1224995262755759164);
        assert_eq!(hash_f64(5e-324), 16777216);
        assert_eq!(hash_f64(-2.5e-7), -976437270670017967);
        assert_eq!(hash_f64(f64::INFINITY), 314159);
        assert_eq!(hash_f64(f64::NEG_INFINITY), -314159);
        assert_eq!(hash_f64(f64::NAN), 0);
        assert_eq!(hash_f64(1e20), hash_bigint(&big("100000000000000000000")));
    }

    #[test]
    fn ratio_and_hex() {
        assert_eq!(
            float_as_integer_ratio(-0.75),
            Ok((BigInt::from(-3), BigInt::from(4)))
        );
        assert_eq!(
            float_as_integer_ratio(0.1),
            Ok((big("3602879701896397"), big("36028797018963968")))
        );
        assert_eq!(
            float_as_integer_ratio(0.0),
            Ok((BigInt::from(0), BigInt::from(1)))
        );
        assert_eq!(
            float_as_integer_ratio(1e20),
            Ok((big("100000000000000000000"), BigInt::from(1)))
        );
        assert_eq!(
            float_as_integer_ratio(f64::INFINITY),
            Err(NumError::Overflow(
                "cannot convert Infinity to integer ratio".to_string()
            ))
        );
        assert_eq!(
            float_as_integer_ratio(f64::NAN),
            Err(NumError::Value(
                "cannot convert NaN to integer ratio".to_string()
            ))
        );
        // Expected values from python3 float.hex().
        assert_eq!(float_hex(1.0), "0x1.0000000000000p+0");
        assert_eq!(float_hex(-0.1), "-0x1.999999999999ap-4");
        assert_eq!(float_hex(0.0), "0x0.0p+0");
        assert_eq!(float_hex(-0.0), "-0x0.0p+0");
        assert_eq!(float_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_hex(f64::MAX), "0x1.fffffffffffffp+1023");
        assert_eq!(float_hex(f64::NEG_INFINITY), "-inf");
        assert_eq!(float_hex(f64::NAN), "nan");
    }

    #[test]
    fn fromhex() {
        // Expected values from python3 float.fromhex().
        let ok = |s: &str, v: f64| assert_eq!(float_fromhex(s), Ok(v), "{s:?}");
        ok("0x1.0000000000000p+0", 1.0);
        ok(" -0x1.999999999999ap-4\n", -0.1);
        ok("1", 1.0);
        ok("0x.8", 0.5);
        ok("1.", 1.0);
        ok("ff", 255.0);
        ok("0X1P-1074", 5e-324);
        ok("0x1p-1075", 0.0);
        ok("0x1.8p-1074", 1e-323);
        ok("0x1.fffffffffffff7p1023", f64::MAX);
        ok("0x1p-99999999999999999999999", 0.0);
        ok("0x0p99999999999999999999", 0.0);
        ok("-Infinity", f64::NEG_INFINITY);
        ok("inf", f64::INFINITY);
        ok("0x1.00000000000008p0", 1.0);
        ok("0x1.00000000000018p0", 1.0000000000000004);
        ok("0x1.000000000000080001p0", 1.0000000000000002);
        assert!(float_fromhex("-0x0p0").unwrap().is_sign_negative());
        assert!(float_fromhex("nan").unwrap().is_nan());
        let ov =
            NumError::Overflow("hexadecimal value too large to represent as a float".to_string());
        let bad = NumError::Value("invalid hexadecimal floating-point string".to_string());
        assert_eq!(float_fromhex("0x1p99999"), Err(ov.clone()));
        assert_eq!(float_fromhex("0x1p99999 junk"), Err(ov.clone()));
        assert_eq!(float_fromhex("0x1.fffffffffffff8p1023"), Err(ov.clone()));
        assert_eq!(float_fromhex("0x1p99999999999999999999"), Err(ov));
        for s in [
            "",
            "zz",
            "0x",
            "0x.",
            ".",
            "0xp1",
            "0x1p",
            "0x1p+",
            "infx",
            "1 2",
            "0x1\0",
            "- 0x1",
            "0x1.8p1.5",
        ] {
            assert_eq!(float_fromhex(s), Err(bad.clone()), "{s:?}");
        }
    }
}

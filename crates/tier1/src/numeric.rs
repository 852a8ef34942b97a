//! Arithmetic on int, bool, float and complex with CPython's semantics
//! (floor division and modulo signs, true division, big-int promotion,
//! shifts, power with negative exponents, errors and their messages).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Pow, Signed, ToPrimitive, Zero};
use strata_compiler::BinaryOp;
use strata_object::payloads::{ComplexObj, FloatObj, IntObj};
use strata_object::text::float_ops::{self, NumError};
use strata_object::Value;

use crate::vm::{PyResult, Vm};

/// An int operand: inline or big (also bools and int subclasses).
#[derive(Clone)]
pub enum Int<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl Int<'_> {
    /// As a BigInt.
    pub fn to_big(&self) -> BigInt {
        match self {
            Int::Small(i) => BigInt::from(*i),
            Int::Big(b) => (*b).clone(),
        }
    }

    /// As an i64 if it fits.
    pub fn to_i64(&self) -> Option<i64> {
        match self {
            Int::Small(i) => Some(*i),
            Int::Big(b) => b.to_i64(),
        }
    }
}

/// Views `v` as an int (int, bool, or int subclass instance).
#[inline]
pub fn as_int(v: &Value) -> Option<Int<'_>> {
    if let Some(i) = v.as_small_int() {
        return Some(Int::Small(i));
    }
    v.downcast::<IntObj>().map(|b| match b.0.to_i64() {
        Some(i) => Int::Small(i),
        None => Int::Big(&b.0),
    })
}

/// Views `v` as a float (float or float subclass).
#[inline]
pub fn as_float(v: &Value) -> Option<f64> {
    v.downcast::<FloatObj>().map(|f| f.0)
}

impl Vm {
    /// Converts a numeric error from the text/float helpers to an exception.
    pub fn num_error(&self, e: NumError) -> Value {
        match e {
            NumError::ZeroDivision(m) => self.zero_division_error(m),
            NumError::Overflow(m) => self.overflow_error(m),
            NumError::Value(m) => self.value_error(m),
            NumError::ComplexResult => self.value_error("math domain error"),
        }
    }

    /// Int to float, raising OverflowError when too large.
    pub fn int_to_f64(&self, i: &Int) -> PyResult<f64> {
        match i {
            Int::Small(s) => Ok(*s as f64),
            Int::Big(b) => float_ops::bigint_to_f64(b).map_err(|e| self.num_error(e)),
        }
    }

    /// Numeric operand coercion to float for mixed arithmetic.
    fn num_as_f64(&self, v: &Value) -> PyResult<Option<f64>> {
        if let Some(f) = as_float(v) {
            return Ok(Some(f));
        }
        match as_int(v) {
            Some(i) => self.int_to_f64(&i).map(Some),
            None => Ok(None),
        }
    }

    /// `a op b` for numbers; `Ok(None)` means NotImplemented.
    pub fn num_binop(&self, op: BinaryOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let op = op.base();
        if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
            if matches!(op, BinaryOp::And | BinaryOp::Or | BinaryOp::Xor)
                && self.is_exact(a, &self.types.bool_)
                && self.is_exact(b, &self.types.bool_)
            {
                let (p, q) = (a.is(&self.true_), b.is(&self.true_));
                return Ok(Some(self.bool(match op {
                    BinaryOp::And => p & q,
                    BinaryOp::Or => p | q,
                    _ => p ^ q,
                })));
            }
            return self.int_binop(op, x, y).map(Some);
        }
        if a.payload_is::<ComplexObj>() || b.payload_is::<ComplexObj>() {
            return self.complex_binop(op, a, b);
        }
        let (Some(x), Some(y)) = (self.num_as_f64(a)?, self.num_as_f64(b)?) else {
            return Ok(None);
        };
        self.float_binop(op, x, y).map(Some)
    }

    /// Int arithmetic.
    pub fn int_binop(&self, op: BinaryOp, a: Int, b: Int) -> PyResult {
        if let (Int::Small(x), Int::Small(y)) = (&a, &b) {
            let (x, y) = (*x, *y);
            let r = match op {
                BinaryOp::Add => x.checked_add(y),
                BinaryOp::Subtract => x.checked_sub(y),
                BinaryOp::Multiply => x.checked_mul(y),
                BinaryOp::And => Some(x & y),
                BinaryOp::Or => Some(x | y),
                BinaryOp::Xor => Some(x ^ y),
                BinaryOp::FloorDivide if y != 0 => {
                    x.checked_div_euclid(y).map(|_| Integer::div_floor(&x, &y))
                }
                BinaryOp::Remainder if y != 0 => {
                    x.checked_rem(y).map(|_| Integer::mod_floor(&x, &y))
                }
                BinaryOp::LShift if (0..63).contains(&y) => {
                    x.checked_shl(y as u32).filter(|r| r >> y == x)
                }
                BinaryOp::RShift if y >= 0 => Some(if y >= 64 {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    x >> y
                }),
                _ => None,
            };
            if let Some(r) = r {
                return Ok(self.new_int(r));
            }
        }
        let (x, y) = (a.to_big(), b.to_big());
        let r = match op {
            BinaryOp::Add => x + y,
            BinaryOp::Subtract => x - y,
            BinaryOp::Multiply => x * y,
            BinaryOp::And => x & y,
            BinaryOp::Or => x | y,
            BinaryOp::Xor => x ^ y,
            BinaryOp::FloorDivide => {
                if y.is_zero() {
                    return Err(self.zero_division_error("integer division or modulo by zero"));
                }
                x.div_floor(&y)
            }
            BinaryOp::Remainder => {
                if y.is_zero() {
                    return Err(self.zero_division_error("integer modulo by zero"));
                }
                x.mod_floor(&y)
            }
            BinaryOp::TrueDivide => {
                return float_ops::int_true_divide(&x, &y)
                    .map(|f| self.new_float(f))
                    .map_err(|e| self.num_error(e))
            }
            BinaryOp::LShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let Some(s) = y.to_usize().filter(|s| *s < (1 << 32)) else {
                    if x.is_zero() {
                        return Ok(self.new_int(0));
                    }
                    // CPython counts in 30-bit digits: a digit count that
                    // fits a Py_ssize_t is an allocation that fails.
                    let digits = &y / BigInt::from(30);
                    return Err(if digits.to_i64().is_some() {
                        self.memory_error("")
                    } else {
                        self.overflow_error("too many digits in integer")
                    });
                };
                if x.is_zero() {
                    x
                } else {
                    if x.bits() as usize + s > 64 * (1 << 26) {
                        return Err(self.memory_error(""));
                    }
                    x << s
                }
            }
            BinaryOp::RShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                match y.to_usize() {
                    Some(s) => x >> s,
                    None => BigInt::from(if x.is_negative() { -1 } else { 0 }),
                }
            }
            BinaryOp::Power => return self.int_pow(&x, &y),
            BinaryOp::MatrixMultiply => {
                return Err(self.type_error("unsupported operand type(s) for @: 'int' and 'int'"))
            }
            _ => return Err(self.system_error("bad int op")),
        };
        Ok(self.new_bigint(r))
    }

    fn int_pow(&self, x: &BigInt, y: &BigInt) -> PyResult {
        if y.is_negative() {
            let fx = float_ops::bigint_to_f64(x).map_err(|e| self.num_error(e))?;
            let fy = float_ops::bigint_to_f64(y).map_err(|e| self.num_error(e))?;
            if fx == 0.0 {
                return Err(self.zero_division_error("0.0 cannot be raised to a negative power"));
            }
            return float_ops::float_pow(fx, fy)
                .map(|f| self.new_float(f))
                .map_err(|e| self.num_error(e));
        }
        let abs_x = x.abs();
        if abs_x <= BigInt::from(1) {
            let one = BigInt::from(1);
            if x.is_zero() {
                return Ok(self.new_int(if y.is_zero() { 1 } else { 0 }));
            }
            if *x == one {
                return Ok(self.new_int(1));
            }
            return Ok(self.new_int(if y.is_even() { 1 } else { -1 }));
        }
        let Some(e) = y.to_u32() else {
            return Err(self.memory_error(""));
        };
        if (x.bits() as f64) * (e as f64) > 8.0 * 1024.0 * 1024.0 * 256.0 {
            return Err(self.memory_error(""));
        }
        Ok(self.new_bigint(Pow::pow(x, e)))
    }

    /// Float arithmetic.
    pub fn float_binop(&self, op: BinaryOp, x: f64, y: f64) -> PyResult {
        let r = match op {
            BinaryOp::Add => x + y,
            BinaryOp::Subtract => x - y,
            BinaryOp::Multiply => x * y,
            BinaryOp::TrueDivide => {
                if y == 0.0 {
                    return Err(self.zero_division_error("float division by zero"));
                }
                x / y
            }
            BinaryOp::FloorDivide => {
                float_ops::float_floordiv(x, y).map_err(|e| self.num_error(e))?
            }
            BinaryOp::Remainder => float_ops::float_mod(x, y).map_err(|e| self.num_error(e))?,
            BinaryOp::Power => match float_ops::float_pow(x, y) {
                Ok(f) => f,
                Err(NumError::ComplexResult) => {
                    return self
                        .complex_binop(
                            BinaryOp::Power,
                            &self.new_complex(x, 0.0),
                            &self.new_complex(y, 0.0),
                        )
                        .map(|v| v.unwrap_or_else(|| self.none()));
                }
                Err(e) => return Err(self.num_error(e)),
            },
            _ => {
                return Err(self.type_error(format!(
                    "unsupported operand type(s) for {}: 'float' and 'float'",
                    op.symbol()
                )))
            }
        };
        Ok(self.new_float(r))
    }

    /// A complex number.
    pub fn new_complex(&self, re: f64, im: f64) -> Value {
        self.alloc(&self.types.complex, ComplexObj { re, im })
    }

    fn as_complex(&self, v: &Value) -> PyResult<Option<(f64, f64)>> {
        if let Some(c) = v.downcast::<ComplexObj>() {
            return Ok(Some((c.re, c.im)));
        }
        Ok(self.num_as_f64(v)?.map(|f| (f, 0.0)))
    }

    fn complex_binop(&self, op: BinaryOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let (Some((ar, ai)), Some((br, bi))) = (self.as_complex(a)?, self.as_complex(b)?) else {
            return Ok(None);
        };
        let (r, i) = match op {
            BinaryOp::Add => (ar + br, ai + bi),
            BinaryOp::Subtract => (ar - br, ai - bi),
            BinaryOp::Multiply => (ar * br - ai * bi, ar * bi + ai * br),
            BinaryOp::TrueDivide => {
                let d = br * br + bi * bi;
                if d == 0.0 {
                    return Err(self.zero_division_error("complex division by zero"));
                }
                ((ar * br + ai * bi) / d, (ai * br - ar * bi) / d)
            }
            BinaryOp::Power if bi == 0.0 && br == br.trunc() && br.abs() <= 100.0 => {
                // Small integral exponents: repeated squaring, as CPython.
                let mut n = br.abs() as u32;
                let (mut rr, mut ri) = (1.0f64, 0.0f64);
                let (mut xr, mut xi) = (ar, ai);
                while n > 0 {
                    if n & 1 == 1 {
                        let t = rr * xr - ri * xi;
                        ri = rr * xi + ri * xr;
                        rr = t;
                    }
                    let t = xr * xr - xi * xi;
                    xi *= 2.0 * xr;
                    xr = t;
                    n >>= 1;
                }
                if br < 0.0 {
                    let d = rr * rr + ri * ri;
                    if d == 0.0 {
                        return Err(self.zero_division_error("0.0 to a negative or complex power"));
                    }
                    (rr / d, -ri / d)
                } else {
                    (rr, ri)
                }
            }
            BinaryOp::Power => {
                if br == 0.0 && bi == 0.0 {
                    (1.0, 0.0)
                } else if ar == 0.0 && ai == 0.0 {
                    if bi != 0.0 || br < 0.0 {
                        return Err(self.zero_division_error("0.0 to a negative or complex power"));
                    }
                    (0.0, 0.0)
                } else {
                    let vabs = ar.hypot(ai);
                    let len = vabs.powf(br);
                    let at = ai.atan2(ar);
                    let mut phase = at * br;
                    let mut len = len;
                    if bi != 0.0 {
                        len /= (at * bi).exp();
                        phase += bi * vabs.ln();
                    }
                    (len * phase.cos(), len * phase.sin())
                }
            }
            _ => return Ok(None),
        };
        Ok(Some(self.new_complex(r, i)))
    }

    /// `-v`, `+v`, `~v` for numbers; `Ok(None)` if not a number.
    pub fn num_unary(&self, op: char, v: &Value) -> PyResult<Option<Value>> {
        if let Some(i) = as_int(v) {
            return Ok(Some(match (op, i) {
                ('-', Int::Small(x)) => self.new_bigint(-BigInt::from(x)),
                ('-', Int::Big(b)) => self.new_bigint(-b.clone()),
                ('+', i) => self.new_bigint(i.to_big()),
                ('~', Int::Small(x)) => self.new_int(!x),
                ('~', Int::Big(b)) => self.new_bigint(-(b.clone()) - 1),
                _ => return Ok(None),
            }));
        }
        if let Some(f) = as_float(v) {
            return Ok(match op {
                '-' => Some(self.new_float(-f)),
                '+' => Some(self.new_float(f)),
                _ => None,
            });
        }
        if let Some(c) = v.downcast::<ComplexObj>() {
            return Ok(match op {
                '-' => Some(self.new_complex(-c.re, -c.im)),
                '+' => Some(self.new_complex(c.re, c.im)),
                _ => None,
            });
        }
        Ok(None)
    }
}

/// Compares two numbers exactly (int vs float compared without rounding).
pub fn num_cmp(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    match (as_int(a), as_int(b)) {
        (Some(Int::Small(x)), Some(Int::Small(y))) => return Some(x.cmp(&y)),
        (Some(x), Some(y)) => return Some(x.to_big().cmp(&y.to_big())),
        _ => {}
    }
    let fa = as_float(a);
    let fb = as_float(b);
    match (fa, fb) {
        (Some(x), Some(y)) => x.partial_cmp(&y),
        (Some(x), None) => {
            let y = as_int(b)?;
            float_int_cmp(x, &y)
        }
        (None, Some(y)) => {
            let x = as_int(a)?;
            float_int_cmp(y, &x).map(Ordering::reverse)
        }
        _ => None,
    }
}

fn float_int_cmp(x: f64, y: &Int) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    if let Int::Small(s) = y {
        if s.unsigned_abs() < (1u64 << 53) {
            return x.partial_cmp(&(*s as f64));
        }
    }
    // Exact: compare floor(x) with y, then the fractional part.
    let fl = x.floor();
    let xi = float_ops::float_to_bigint(fl).ok()?;
    let yb = y.to_big();
    match xi.cmp(&yb) {
        Ordering::Equal => Some(if x > fl {
            Ordering::Greater
        } else {
            Ordering::Equal
        }),
        o => Some(o),
    }
}

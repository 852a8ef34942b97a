//! Constant folding of operators on compile-time constants.
//!
//! These functions take [`Constant`] operands and return `Some(result)` only
//! when evaluating the operation at compile time is safe: it cannot raise
//! (division by zero, negative shift counts, overflow of float powers, ...)
//! and the result stays small (CPython's limits: integers of at most 128 bits
//! from `*`, `**` and `<<`, strings and bytes of at most 4096 items from
//! repetition). Anything else returns `None` and is evaluated at run time.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::code::Constant;
use crate::instructions::BinaryOp;

/// Largest integer (in bits) that folding may produce from `*`, `**`, `<<`.
const MAX_INT_BITS: u64 = 128;
/// Largest string/bytes/tuple length that folding may produce by repetition.
const MAX_COLLECTION_SIZE: usize = 4096;
/// Largest string/bytes length produced by folding `+`.
const MAX_STR_SIZE: usize = 4096;

/// A numeric view of a constant (bools are ints, as in Python).
enum Num {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
}

fn num(c: &Constant) -> Option<Num> {
    Some(match c {
        Constant::True => Num::Int(1.into()),
        Constant::False => Num::Int(0.into()),
        Constant::Int(i) => Num::Int(i.clone()),
        Constant::Float(f) => Num::Float(*f),
        Constant::Complex(r, i) => Num::Complex(*r, *i),
        _ => return None,
    })
}

/// An int as an exactly representable float (|i| <= 2**53), else None.
fn int_to_f64(i: &BigInt) -> Option<f64> {
    if i.bits() <= 53 {
        i.to_f64()
    } else {
        None
    }
}

fn finite(f: f64) -> Option<Constant> {
    if f.is_finite() {
        Some(Constant::Float(f))
    } else {
        None
    }
}

/// Folds a unary operator: `-`, `+`, `~` (`not` is left to run time).
pub(crate) fn unary(op: ruff_python_ast::UnaryOp, c: &Constant) -> Option<Constant> {
    use ruff_python_ast::UnaryOp as U;
    let n = num(c)?;
    Some(match (op, n) {
        (U::USub, Num::Int(i)) => Constant::Int(-i),
        (U::USub, Num::Float(f)) => Constant::Float(-f),
        (U::USub, Num::Complex(r, i)) => Constant::Complex(-r, -i),
        (U::UAdd, Num::Int(i)) => Constant::Int(i),
        (U::UAdd, Num::Float(f)) => Constant::Float(f),
        (U::UAdd, Num::Complex(r, i)) => Constant::Complex(r, i),
        (U::Invert, Num::Int(i)) => Constant::Int(-i - 1),
        _ => return None,
    })
}

/// Python's float `divmod` (result sign follows the divisor).
fn float_divmod(a: f64, b: f64) -> Option<(f64, f64)> {
    if b == 0.0 {
        return None;
    }
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(a / b)
    };
    Some((floordiv, m))
}

fn int_op(op: BinaryOp, a: BigInt, b: BigInt) -> Option<Constant> {
    use num_integer::Integer;
    Some(Constant::Int(match op {
        BinaryOp::Add => a + b,
        BinaryOp::Subtract => a - b,
        BinaryOp::Multiply => {
            if !a.is_zero() && !b.is_zero() && a.bits() + b.bits() > MAX_INT_BITS {
                return None;
            }
            a * b
        }
        BinaryOp::FloorDivide => {
            if b.is_zero() {
                return None;
            }
            a.div_floor(&b)
        }
        BinaryOp::Remainder => {
            if b.is_zero() {
                return None;
            }
            a.mod_floor(&b)
        }
        BinaryOp::Power => {
            if b.is_negative() {
                return None;
            }
            let e = b.to_u64()?;
            if !a.is_zero() && a.bits() > 1 && a.bits().saturating_mul(e) > MAX_INT_BITS {
                return None;
            }
            if a.bits() <= 1 {
                // 0, 1 and -1 to any power.
                if a.is_zero() {
                    return Some(Constant::Int(if e == 0 { 1.into() } else { 0.into() }));
                }
                if a == BigInt::from(1) || e % 2 == 0 {
                    return Some(Constant::Int(1.into()));
                }
                return Some(Constant::Int((-1).into()));
            }
            num_traits::pow::pow(a, e as usize)
        }
        BinaryOp::LShift => {
            if b.is_negative() {
                return None;
            }
            let s = b.to_u64()?;
            if a.is_zero() {
                return Some(Constant::Int(a));
            }
            if s > MAX_INT_BITS || a.bits() + s > MAX_INT_BITS {
                return None;
            }
            a << s as usize
        }
        BinaryOp::RShift => {
            if b.is_negative() {
                return None;
            }
            let s = b.to_u64().unwrap_or(u64::MAX).min(a.bits() + 1);
            a >> s as usize
        }
        BinaryOp::And => a & b,
        BinaryOp::Or => a | b,
        BinaryOp::Xor => a ^ b,
        BinaryOp::TrueDivide => {
            if b.is_zero() {
                return None;
            }
            let (x, y) = (int_to_f64(&a)?, int_to_f64(&b)?);
            return finite(x / y);
        }
        _ => return None,
    }))
}

fn float_op(op: BinaryOp, a: f64, b: f64) -> Option<Constant> {
    match op {
        BinaryOp::Add => finite(a + b),
        BinaryOp::Subtract => finite(a - b),
        BinaryOp::Multiply => finite(a * b),
        BinaryOp::TrueDivide => {
            if b == 0.0 {
                None
            } else {
                finite(a / b)
            }
        }
        BinaryOp::FloorDivide => finite(float_divmod(a, b)?.0),
        BinaryOp::Remainder => finite(float_divmod(a, b)?.1),
        BinaryOp::Power => {
            if (a == 0.0 && b < 0.0) || (a < 0.0 && b.fract() != 0.0) {
                return None;
            }
            finite(a.powf(b))
        }
        _ => None,
    }
}

fn complex_op(op: BinaryOp, (ar, ai): (f64, f64), (br, bi): (f64, f64)) -> Option<Constant> {
    let (r, i) = match op {
        BinaryOp::Add => (ar + br, ai + bi),
        BinaryOp::Subtract => (ar - br, ai - bi),
        BinaryOp::Multiply => (ar * br - ai * bi, ar * bi + ai * br),
        _ => return None,
    };
    if r.is_finite() && i.is_finite() {
        Some(Constant::Complex(r, i))
    } else {
        None
    }
}

fn repeat<T: Clone>(items: &[T], count: &BigInt) -> Option<Vec<T>> {
    let n = if count.is_negative() {
        0
    } else {
        count.to_usize()?
    };
    if items.len().checked_mul(n)? > MAX_COLLECTION_SIZE {
        return None;
    }
    let mut out = Vec::with_capacity(items.len() * n);
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    Some(out)
}

fn as_int(c: &Constant) -> Option<BigInt> {
    match c {
        Constant::Int(i) => Some(i.clone()),
        Constant::True => Some(1.into()),
        Constant::False => Some(0.into()),
        _ => None,
    }
}

/// Folds a binary operator.
pub(crate) fn binary(op: BinaryOp, a: &Constant, b: &Constant) -> Option<Constant> {
    // `bool & bool` (and `|`, `^`) stays a bool.
    let as_bool = |c: &Constant| match c {
        Constant::True => Some(true),
        Constant::False => Some(false),
        _ => None,
    };
    if let (Some(x), Some(y)) = (as_bool(a), as_bool(b)) {
        let r = match op {
            BinaryOp::And => Some(x & y),
            BinaryOp::Or => Some(x | y),
            BinaryOp::Xor => Some(x ^ y),
            _ => None,
        };
        if let Some(r) = r {
            return Some(if r { Constant::True } else { Constant::False });
        }
    }
    match (a, b) {
        (Constant::Str(x), Constant::Str(y)) if op == BinaryOp::Add => {
            if x.len() + y.len() > MAX_STR_SIZE {
                return None;
            }
            return Some(Constant::Str(Rc::from(format!("{x}{y}").as_str())));
        }
        (Constant::Bytes(x), Constant::Bytes(y)) if op == BinaryOp::Add => {
            if x.len() + y.len() > MAX_STR_SIZE {
                return None;
            }
            let mut v = x.to_vec();
            v.extend_from_slice(y);
            return Some(Constant::Bytes(v.into()));
        }
        (Constant::Str(s), n) | (n, Constant::Str(s)) if op == BinaryOp::Multiply => {
            let count = as_int(n)?;
            let chars: Vec<char> = s.chars().collect();
            let out: String = repeat(&chars, &count)?.into_iter().collect();
            return Some(Constant::Str(Rc::from(out.as_str())));
        }
        (Constant::Bytes(s), n) | (n, Constant::Bytes(s)) if op == BinaryOp::Multiply => {
            let count = as_int(n)?;
            return Some(Constant::Bytes(repeat(s, &count)?.into()));
        }
        (Constant::Tuple(t), n) | (n, Constant::Tuple(t)) if op == BinaryOp::Multiply => {
            let count = as_int(n)?;
            return Some(Constant::Tuple(repeat(t, &count)?.into()));
        }
        _ => {}
    }
    match (num(a)?, num(b)?) {
        (Num::Int(x), Num::Int(y)) => int_op(op, x, y),
        (Num::Float(x), Num::Float(y)) => float_op(op, x, y),
        (Num::Int(x), Num::Float(y)) => float_op(op, int_to_f64(&x)?, y),
        (Num::Float(x), Num::Int(y)) => float_op(op, x, int_to_f64(&y)?),
        (Num::Complex(r, i), other) | (other, Num::Complex(r, i)) => {
            let o = match other {
                Num::Int(x) => (int_to_f64(&x)?, 0.0),
                Num::Float(f) => (f, 0.0),
                Num::Complex(r2, i2) => (r2, i2),
            };
            // Keep operand order for non-commutative operators.
            if matches!(a, Constant::Complex(..)) {
                complex_op(op, (r, i), o)
            } else {
                complex_op(op, o, (r, i))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_safely() {
        let i = |v: i64| Constant::Int(v.into());
        assert_eq!(binary(BinaryOp::Add, &i(1), &i(2)), Some(i(3)));
        assert_eq!(binary(BinaryOp::FloorDivide, &i(-7), &i(2)), Some(i(-4)));
        assert_eq!(binary(BinaryOp::Remainder, &i(-7), &i(2)), Some(i(1)));
        assert_eq!(binary(BinaryOp::TrueDivide, &i(1), &i(0)), None);
        assert_eq!(binary(BinaryOp::Power, &i(2), &i(200)), None);
        assert_eq!(binary(BinaryOp::Power, &i(2), &i(10)), Some(i(1024)));
        assert_eq!(binary(BinaryOp::LShift, &i(1), &i(-1)), None);
        assert_eq!(
            binary(
                BinaryOp::Remainder,
                &Constant::Float(-7.0),
                &Constant::Float(2.0)
            ),
            Some(Constant::Float(1.0))
        );
        let s = Constant::Str(Rc::from("ab"));
        assert_eq!(
            binary(BinaryOp::Multiply, &s, &i(3)),
            Some(Constant::Str(Rc::from("ababab")))
        );
        assert_eq!(binary(BinaryOp::Multiply, &s, &i(100_000)), None);
        assert_eq!(
            binary(BinaryOp::Add, &i(1), &Constant::Complex(0.0, 2.0)),
            Some(Constant::Complex(1.0, 2.0))
        );
    }
}

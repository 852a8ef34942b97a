//! Parsing numbers from text with CPython's rules: `int(str, base)`
//! (`PyLong_FromString`) and `float(str)` (`PyFloat_FromString`).
//!
//! Strings first go through CPython's normalisation: non-ASCII whitespace
//! becomes a space and non-ASCII decimal digits become ASCII digits, so
//! `int('\u0665')` is 5. The `_bytes` variants take the already-ASCII text
//! (as `int(b'...')` and `float(b'...')` do) and skip that step.

use num_bigint::BigInt;

use super::unicode::{is_ascii_space_byte, transform_decimal_and_space_to_ascii};

/// Why [`parse_int_limited`] failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IntParseError {
    /// The base is not 0 or in `2..=36`: "int() arg 2 must be >= 2 and <= 36".
    BadBase,
    /// Not a valid literal: the caller reports
    /// "invalid literal for int() with base N: 'repr'".
    Invalid,
    /// More decimal digits than `sys.get_int_max_str_digits()` allows.
    TooManyDigits {
        /// The configured limit.
        limit: usize,
        /// The number of digits in the string.
        digits: usize,
    },
}

impl IntParseError {
    /// CPython's `ValueError` message for [`IntParseError::BadBase`] and
    /// [`IntParseError::TooManyDigits`]; `None` for `Invalid` (the message
    /// needs the repr of the original object).
    pub fn message(&self) -> Option<String> {
        match self {
            IntParseError::BadBase => Some("int() arg 2 must be >= 2 and <= 36".to_string()),
            IntParseError::Invalid => None,
            IntParseError::TooManyDigits { limit, digits } => Some(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: value has \
                 {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
            )),
        }
    }
}

/// CPython's `_PY_LONG_MAX_STR_DIGITS_THRESHOLD`: strings with at most this
/// many digits are never limited.
const MAX_STR_DIGITS_THRESHOLD: usize = 640;

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'z' => u32::from(b - b'a') + 10,
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => 37,
    }
}

/// Python's `int(s, base)` for a str: surrounding whitespace, an optional
/// sign, single underscores between digits (and after a base prefix), base
/// 0 infers the base from the prefix (`0x`, `0o`, `0b`; a leading `0`
/// otherwise only for zero), bases 16/8/2 accept their prefix. `None` if the
/// literal (or the base) is invalid. No digit-count limit is applied; see
/// [`parse_int_limited`].
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    parse_int_limited(s, base, 0).ok()
}

/// [`parse_int`] on ASCII text (`int(b'...', base)`).
pub fn parse_int_bytes(b: &[u8], base: u32) -> Option<BigInt> {
    parse_int_bytes_limited(b, base, 0).ok()
}

/// [`parse_int`] with CPython's `int_max_str_digits` limit for bases that
/// are not powers of two (`max_str_digits == 0` disables it).
pub fn parse_int_limited(
    s: &str,
    base: u32,
    max_str_digits: usize,
) -> Result<BigInt, IntParseError> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(IntParseError::BadBase);
    }
    let ascii = transform_decimal_and_space_to_ascii(s);
    parse_int_bytes_limited(&ascii, base, max_str_digits)
}

/// [`parse_int_limited`] on ASCII text.
pub fn parse_int_bytes_limited(
    b: &[u8],
    base: u32,
    max_str_digits: usize,
) -> Result<BigInt, IntParseError> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(IntParseError::BadBase);
    }
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while i < b.len() && is_ascii_space_byte(b[i]) {
        i += 1;
    }
    let mut negative = false;
    if at(i) == b'+' {
        i += 1;
    } else if at(i) == b'-' {
        negative = true;
        i += 1;
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0' {
        let p = at(i + 1).to_ascii_lowercase();
        if (base == 16 && p == b'x') || (base == 8 && p == b'o') || (base == 2 && p == b'b') {
            i += 2;
            if at(i) == b'_' {
                i += 1;
            }
        }
    }
    if at(i) == b'_' {
        return Err(IntParseError::Invalid);
    }
    let mut digits = Vec::new();
    let mut prev = 0u8;
    while i < b.len() && (digit_value(b[i]) < base || b[i] == b'_') {
        if b[i] == b'_' {
            if prev == b'_' {
                return Err(IntParseError::Invalid);
            }
        } else {
            digits.push(b[i]);
        }
        prev = b[i];
        i += 1;
    }
    if prev == b'_' {
        return Err(IntParseError::Invalid);
    }
    if !base.is_power_of_two()
        && digits.len() > MAX_STR_DIGITS_THRESHOLD
        && max_str_digits > 0
        && digits.len() > max_str_digits
    {
        return Err(IntParseError::TooManyDigits {
            limit: max_str_digits,
            digits: digits.len(),
        });
    }
    if digits.is_empty() {
        return Err(IntParseError::Invalid);
    }
    while i < b.len() && is_ascii_space_byte(b[i]) {
        i += 1;
    }
    if i != b.len() {
        return Err(IntParseError::Invalid);
    }
    let magnitude = BigInt::parse_bytes(&digits, base).ok_or(IntParseError::Invalid)?;
    if error_if_nonzero && magnitude != BigInt::from(0) {
        return Err(IntParseError::Invalid);
    }
    Ok(if negative { -magnitude } else { magnitude })
}

/// Python's `float(s)` for a str: surrounding whitespace, optional sign,
/// `inf`/`infinity`/`nan` in any case, single underscores between digits,
/// decimal point and exponent; no hex. Correctly rounded. `None` if invalid
/// (the caller reports "could not convert string to float: 'repr'").
pub fn parse_float(s: &str) -> Option<f64> {
    let ascii = transform_decimal_and_space_to_ascii(s);
    parse_float_bytes(&ascii)
}

/// [`parse_float`] on ASCII text (`float(b'...')`).
pub fn parse_float_bytes(b: &[u8]) -> Option<f64> {
    let cleaned: Vec<u8>;
    let text: &[u8] = if b.contains(&b'_') {
        // Underscores only between digits (CPython checks the whole text,
        // whitespace included, before stripping).
        let mut out = Vec::with_capacity(b.len());
        let mut prev = 0u8;
        for &c in b {
            if c == b'_' {
                if !prev.is_ascii_digit() {
                    return None;
                }
            } else {
                if prev == b'_' && !c.is_ascii_digit() {
                    return None;
                }
                out.push(c);
            }
            prev = c;
        }
        if prev == b'_' {
            return None;
        }
        cleaned = out;
        &cleaned
    } else {
        b
    };
    let start = text.iter().position(|&c| !is_ascii_space_byte(c))?;
    let end = text.iter().rposition(|&c| !is_ascii_space_byte(c))? + 1;
    parse_float_core(&text[start..end])
}

/// Parses a complete float literal without surrounding whitespace.
fn parse_float_core(t: &[u8]) -> Option<f64> {
    let (negative, body) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    if lower == b"inf" || lower == b"infinity" {
        return Some(if negative {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if lower == b"nan" {
        let nan = f64::NAN.abs();
        return Some(if negative { -nan } else { nan });
    }
    // [digits][.digits] with at least one digit, then optional exponent.
    let mut i = 0;
    let int_digits = body.iter().take_while(|c| c.is_ascii_digit()).count();
    i += int_digits;
    let mut frac_digits = 0;
    if body.get(i) == Some(&b'.') {
        i += 1;
        frac_digits = body[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        i += frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if matches!(body.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(body.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_digits = body[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if exp_digits == 0 {
            return None;
        }
        i += exp_digits;
    }
    if i != body.len() {
        return None;
    }
    let s = std::str::from_utf8(t).ok()?;
    s.parse::<f64>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(s: &str, base: u32) -> Option<String> {
        parse_int(s, base).map(|v| v.to_string())
    }

    #[test]
    fn ints_valid() {
        // Expected values from python3 int(s, base).
        let cases: &[(&str, u32, &str)] = &[
            ("0", 10, "0"),
            ("  -42\n", 10, "-42"),
            ("+1_000", 10, "1000"),
            ("0x_ff", 0, "255"),
            ("0XfF", 16, "255"),
            ("ff", 16, "255"),
            ("0o17", 0, "15"),
            ("0b1_0", 0, "2"),
            ("0b10", 2, "2"),
            ("00", 0, "0"),
            ("0_0", 0, "0"),
            ("010", 10, "10"),
            ("z", 36, "35"),
            ("Zz", 36, "1295"),
            ("0b1", 16, "177"),
            ("\u{665}\u{660}", 10, "50"),
            ("\u{85}5\u{a0}", 10, "5"),
            ("\u{3000}7\u{2028}", 0, "7"),
            ("-0", 0, "0"),
            (
                "123456789012345678901234567890",
                10,
                "123456789012345678901234567890",
            ),
            ("1" /* base 2 */, 2, "1"),
        ];
        for &(s, base, v) in cases {
            assert_eq!(int(s, base).as_deref(), Some(v), "{s:?} base {base}");
        }
    }

    #[test]
    fn ints_invalid() {
        // Each raises ValueError in python3.
        let cases: &[(&str, u32)] = &[
            ("", 10),
            (" ", 10),
            ("+", 10),
            ("- 1", 10),
            ("1_", 10),
            ("_1", 10),
            ("1__0", 10),
            ("010", 0),
            ("0_7", 0),
            ("0x", 16),
            ("0x", 0),
            ("0x__1", 16),
            ("0_x1", 0),
            ("12", 2),
            ("1.0", 10),
            ("\x1c5", 10),
            ("5\0", 10),
            ("1\u{e9}", 10),
            ("0o8", 0),
            ("1", 1),
            ("1", 37),
            ("0b", 0),
            ("1 2", 10),
        ];
        for &(s, base) in cases {
            assert_eq!(int(s, base), None, "{s:?} base {base}");
        }
    }

    #[test]
    fn int_limit() {
        let s = "1".repeat(5000);
        assert_eq!(
            parse_int_limited(&s, 10, 4300),
            Err(IntParseError::TooManyDigits {
                limit: 4300,
                digits: 5000
            })
        );
        // The limit applies before trailing garbage is noticed.
        let t = format!("{s}x");
        assert!(matches!(
            parse_int_limited(&t, 10, 4300),
            Err(IntParseError::TooManyDigits { .. })
        ));
        assert!(parse_int_limited(&s, 16, 4300).is_ok());
        assert!(parse_int_limited(&s, 10, 0).is_ok());
        assert_eq!(parse_int_limited("1", 1, 0), Err(IntParseError::BadBase));
        assert_eq!(
            IntParseError::TooManyDigits {
                limit: 4300,
                digits: 5000
            }
            .message()
            .unwrap(),
            "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 \
             digits; use sys.set_int_max_str_digits() to increase the limit"
        );
    }

    #[test]
    fn floats_valid() {
        // Expected values from python3 float(s).
        let cases: &[(&str, f64)] = &[
            ("1.5", 1.5),
            ("  -2.5e3 \n", -2500.0),
            ("1_000.000_1", 1000.0001),
            (".5", 0.5),
            ("5.", 5.0),
            ("1e1_0", 1e10),
            ("1E+05", 1e5),
            ("+0.1", 0.1),
            ("\u{665}.\u{665}", 5.5),
            ("1e500", f64::INFINITY),
            ("-1e500", f64::NEG_INFINITY),
            ("1e-500", 0.0),
            ("InFiNiTy", f64::INFINITY),
            ("-inf", f64::NEG_INFINITY),
            ("2.2250738585072011e-308", 2.225073858507201e-308),
            (
                "0.1000000000000000055511151231257827021181583404541015625",
                0.1,
            ),
            ("1e999999999999999999999", f64::INFINITY),
            ("0e999999999999999999999", 0.0),
            ("\u{a0}3", 3.0),
        ];
        for &(s, v) in cases {
            assert_eq!(parse_float(s), Some(v), "{s:?}");
        }
        let n = parse_float("-nan").unwrap();
        assert!(n.is_nan() && n.is_sign_negative());
        let n = parse_float(" NaN ").unwrap();
        assert!(n.is_nan() && n.is_sign_positive());
        assert!(parse_float("-0.0").unwrap().is_sign_negative());
    }

    #[test]
    fn floats_invalid() {
        // Each raises ValueError in python3.
        let cases: &[&str] = &[
            "",
            " ",
            ".",
            "e5",
            "1e",
            "1e+",
            "1_e5",
            "1._5",
            "_1",
            "1_",
            "1__0",
            "0x1p3",
            "infin",
            "in_f",
            "nan_",
            "1.5.",
            "- 1",
            "1 2",
            "++1",
            "inf inity",
            "\x1c1",
            "1\0",
            "1d",
            "nana",
            " _1",
            "1_ ",
        ];
        for &s in cases {
            assert_eq!(parse_float(s), None, "{s:?}");
        }
    }
}

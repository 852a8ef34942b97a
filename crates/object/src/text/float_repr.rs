//! Float-to-text conversion with CPython's exact output: `repr(float)`,
//! `str(float)` and the general `PyOS_double_to_string` engine (formats
//! `e`, `f`, `g` and `r` with CPython's flags) that `format()`, `%`-style
//! formatting and `round()` build on.
//!
//! Digits come from Rust's float formatting, which is correctly rounded
//! (round-half-even on the exact binary value) for fixed precisions and
//! produces the shortest round-tripping digits for `{:e}` — the same digits
//! David Gay's `dtoa` gives CPython. The layout logic (where the point goes,
//! padding zeros, exponent form) follows CPython's `format_float_short`.

/// Which conversion to perform, as the format codes of `PyOS_double_to_string`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatFormat {
    /// `'e'`: exponent notation with `precision` digits after the point.
    Exponent,
    /// `'f'`: fixed-point notation with `precision` digits after the point.
    Fixed,
    /// `'g'`: `precision` significant digits, exponent notation for very
    /// large or small magnitudes, trailing zeros removed.
    General,
    /// `'r'`: shortest round-tripping digits (precision ignored), exponent
    /// notation when the decimal exponent is outside `[-4, 16)`.
    Repr,
}

/// Flags of `PyOS_double_to_string` (`Py_DTSF_*`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DtoaFlags {
    /// `Py_DTSF_SIGN`: always write a sign (`+` for non-negative values).
    pub always_sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: append `.0` to results that look like integers.
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: alternate form (`#`): keep the point and trailing zeros.
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: turn a negative zero result into a positive one.
    pub no_neg_zero: bool,
}

/// A decimal digit string `d1 d2 ... dn` and the position of the decimal
/// point: the value is `0.d1d2...dn * 10**decpt`. Never has trailing zeros,
/// except that zero itself is `"0"` with `decpt == 1` (as Gay's `dtoa`).
struct Digits {
    digits: Vec<u8>,
    decpt: i64,
}

/// Enough significant digits to hold the exact decimal expansion of any f64
/// (at most 767 significant digits).
const MAX_SIG_DIGITS: usize = 800;
/// Enough fractional digits to hold the exact expansion of any f64 (1074).
const MAX_FRAC_DIGITS: usize = 1100;

impl Digits {
    /// Builds from a mantissa string like `"1.2345"` (digits and at most one
    /// point) and a decimal exponent applying to the first digit.
    fn from_sci(mantissa: &str, exp10: i64) -> Digits {
        let mut digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
        while digits.last() == Some(&b'0') {
            digits.pop();
        }
        if digits.is_empty() {
            return Digits::zero();
        }
        Digits {
            digits,
            decpt: exp10 + 1,
        }
    }

    fn zero() -> Digits {
        Digits {
            digits: vec![b'0'],
            decpt: 1,
        }
    }
}

/// Splits Rust's `{:e}` output (`"1.25e-7"`) into mantissa and exponent.
fn split_exp(s: &str) -> (&str, i64) {
    match s.split_once('e') {
        Some((m, e)) => (m, e.parse().unwrap_or(0)),
        None => (s, 0),
    }
}

/// Shortest round-tripping digits of a finite, non-negative value (mode 0).
///
/// Like Gay's `dtoa`, among the shortest strings that round-trip this picks
/// the one nearest the exact value, ties going to an even last digit: the
/// correctly rounded string of the same length is used whenever it
/// round-trips (Rust's shortest mode may otherwise round a tie upwards).
fn shortest_digits(ax: f64) -> Digits {
    let s = format!("{ax:e}");
    let (m, e) = split_exp(&s);
    let n_digits = m.bytes().filter(u8::is_ascii_digit).count();
    if n_digits > 1 {
        let nearest = format!("{:.*e}", n_digits - 1, ax);
        if nearest.parse::<f64>() == Ok(ax) {
            let (m2, e2) = split_exp(&nearest);
            return Digits::from_sci(m2, e2);
        }
    }
    Digits::from_sci(m, e)
}

/// `n >= 1` significant digits, correctly rounded (mode 2).
fn significant_digits(ax: f64, n: usize) -> Digits {
    let n = n.clamp(1, MAX_SIG_DIGITS);
    let s = format!("{:.*e}", n - 1, ax);
    let (m, e) = split_exp(&s);
    Digits::from_sci(m, e)
}

/// Digits rounded to `n` places after the decimal point (mode 3).
fn fixed_digits(ax: f64, n: usize) -> Digits {
    let n = n.min(MAX_FRAC_DIGITS);
    let s = format!("{ax:.n$}");
    let int_len = s.find('.').unwrap_or(s.len()) as i64;
    let mut digits: Vec<u8> = s.bytes().filter(u8::is_ascii_digit).collect();
    let leading = digits.iter().take_while(|&&d| d == b'0').count();
    digits.drain(..leading);
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        return Digits::zero();
    }
    Digits {
        digits,
        decpt: int_len - leading as i64,
    }
}

fn push_zeros(out: &mut String, n: i64) {
    for _ in 0..n.max(0) {
        out.push('0');
    }
}

/// CPython's `PyOS_double_to_string(val, code, precision, flags, NULL)`.
///
/// `upper` selects the upper-case variants (`'E'`, `'F'`, `'G'`), which
/// write `E`, `INF` and `NAN`. For [`FloatFormat::General`] a precision of
/// 0 means 1; for [`FloatFormat::Repr`] the precision is ignored. The
/// precision is clamped to `i32::MAX` (CPython rejects larger ones with
/// "precision too big" before getting here).
pub fn double_to_string(
    val: f64,
    format: FloatFormat,
    precision: usize,
    upper: bool,
    flags: DtoaFlags,
) -> String {
    let mut out = String::new();
    if val.is_nan() {
        if flags.always_sign {
            out.push('+');
        }
        out.push_str(if upper { "NAN" } else { "nan" });
        return out;
    }
    let mut negative = val.is_sign_negative();
    if val.is_infinite() {
        if negative {
            out.push('-');
        } else if flags.always_sign {
            out.push('+');
        }
        out.push_str(if upper { "INF" } else { "inf" });
        return out;
    }
    let ax = val.abs();
    let precision = precision.min(i32::MAX as usize);
    // The number of digits requested from the digit generator.
    let prec = match format {
        FloatFormat::Exponent => precision.saturating_add(1),
        FloatFormat::General => precision.max(1),
        FloatFormat::Fixed | FloatFormat::Repr => precision,
    };
    let d = match format {
        FloatFormat::Repr => shortest_digits(ax),
        FloatFormat::Exponent | FloatFormat::General => significant_digits(ax, prec),
        FloatFormat::Fixed => fixed_digits(ax, prec),
    };
    if flags.no_neg_zero && negative && d.digits == b"0" {
        negative = false;
    }
    let prec = i64::try_from(prec).unwrap_or(i64::MAX / 4);
    let digits_len = d.digits.len() as i64;
    let mut decpt = d.decpt;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match format {
        FloatFormat::Exponent => {
            use_exp = true;
            vdigits_end = prec;
        }
        FloatFormat::Fixed => vdigits_end = decpt.saturating_add(prec),
        FloatFormat::General => {
            let limit = if flags.add_dot_0 { prec - 1 } else { prec };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = prec;
            }
        }
        FloatFormat::Repr => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }

    if negative {
        out.push('-');
    } else if flags.always_sign {
        out.push('+');
    }
    if decpt <= 0 {
        push_zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        push_zeros(&mut out, -decpt);
    } else {
        push_zeros(&mut out, -vdigits_start);
    }
    let digit_str = |range: std::ops::Range<usize>| -> String {
        d.digits
            .get(range)
            .map(|s| s.iter().map(|&b| b as char).collect())
            .unwrap_or_default()
    };
    if 0 < decpt && decpt <= digits_len {
        let split = decpt as usize;
        out.push_str(&digit_str(0..split));
        out.push('.');
        out.push_str(&digit_str(split..d.digits.len()));
    } else {
        out.push_str(&digit_str(0..d.digits.len()));
    }
    if digits_len < decpt {
        push_zeros(&mut out, decpt - digits_len);
        out.push('.');
        push_zeros(&mut out, vdigits_end - decpt);
    } else {
        push_zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push_str(&format!("{exp:+03}"));
    }
    out
}

/// Python's `repr(float)`: shortest round-tripping digits, fixed notation
/// when the decimal exponent is in `[-4, 16)` (with `.0` for integral
/// values), otherwise exponent notation like `1e+16`; `inf`, `-inf`, `nan`.
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        FloatFormat::Repr,
        0,
        false,
        DtoaFlags {
            add_dot_0: true,
            ..DtoaFlags::default()
        },
    )
}

/// Python's `str(float)`, identical to [`float_repr`] in Python 3.
pub fn float_str(x: f64) -> String {
    float_repr(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_values() {
        // Expected values from python3 repr().
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (-1.5, "-1.5"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (9999999999999998.0, "9999999999999998.0"),
            (1.5e-5, "1.5e-05"),
            (1e-4, "0.0001"),
            (0.00012345, "0.00012345"),
            (1e300, "1e+300"),
            (1e-300, "1e-300"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (2.0f64.powi(60), "1.152921504606847e+18"),
            (123456789.125, "123456789.125"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (0.30000000000000004, "0.30000000000000004"),
            (2e16 + 8.0, "2.000000000000001e+16"),
            (1e22, "1e+22"),
            (100.0, "100.0"),
        ];
        for &(x, s) in cases {
            assert_eq!(float_repr(x), s, "{x:e}");
            assert_eq!(float_str(x), s);
        }
        // Ties between two shortest candidates go to the even digit: the
        // exact values are 753405509099609.25, 3498811747143.90625 and
        // -85256546017807.125.
        let ties: &[(u64, &str)] = &[
            (0x430569bf1def02ca, "753405509099609.2"),
            (0x4289750b735a3f40, "3498811747143.9062"),
            (0xc2d3629588f883c8, "-85256546017807.12"),
        ];
        for &(bits, s) in ties {
            assert_eq!(float_repr(f64::from_bits(bits)), s);
        }
    }

    #[test]
    fn dtoa_modes() {
        let f = DtoaFlags::default();
        // python3: '%.3e' % 12345.678 == '1.235e+04'; '%.0e' % 2.5 == '2e+00'
        assert_eq!(
            double_to_string(12345.678, FloatFormat::Exponent, 3, false, f),
            "1.235e+04"
        );
        assert_eq!(
            double_to_string(2.5, FloatFormat::Exponent, 0, false, f),
            "2e+00"
        );
        // '%.2f' % 0.125 == '0.12'; '%.0f' % 0.5 == '0'; '%.1f' % -0.01 == '-0.0'
        assert_eq!(
            double_to_string(0.125, FloatFormat::Fixed, 2, false, f),
            "0.12"
        );
        assert_eq!(double_to_string(0.5, FloatFormat::Fixed, 0, false, f), "0");
        assert_eq!(
            double_to_string(-0.01, FloatFormat::Fixed, 1, false, f),
            "-0.0"
        );
        // '%g' % 1e-5 == '1e-05'; '%g' % 123456789.0 == '1.23457e+08'; '%G' % 1e-10 == '1E-10'
        assert_eq!(
            double_to_string(1e-5, FloatFormat::General, 6, false, f),
            "1e-05"
        );
        assert_eq!(
            double_to_string(123456789.0, FloatFormat::General, 6, false, f),
            "1.23457e+08"
        );
        assert_eq!(
            double_to_string(1e-10, FloatFormat::General, 6, true, f),
            "1E-10"
        );
        // '%#.3g' % 1.0 == '1.00'; '%#.0f' % 1.0 == '1.'; '%+.2f' % 1.0 == '+1.00'
        let alt = DtoaFlags { alt: true, ..f };
        assert_eq!(
            double_to_string(1.0, FloatFormat::General, 3, false, alt),
            "1.00"
        );
        assert_eq!(
            double_to_string(1.0, FloatFormat::Fixed, 0, false, alt),
            "1."
        );
        let sign = DtoaFlags {
            always_sign: true,
            ..f
        };
        assert_eq!(
            double_to_string(1.0, FloatFormat::Fixed, 2, false, sign),
            "+1.00"
        );
        assert_eq!(
            double_to_string(f64::NAN, FloatFormat::Fixed, 2, true, sign),
            "+NAN"
        );
        // '%.20f' % 0.1 == '0.10000000000000000555'
        assert_eq!(
            double_to_string(0.1, FloatFormat::Fixed, 20, false, f),
            "0.10000000000000000555"
        );
        // '%.3f' % 1e20 == '100000000000000000000.000'
        assert_eq!(
            double_to_string(1e20, FloatFormat::Fixed, 3, false, f),
            "100000000000000000000.000"
        );
        // '%.0g' % 0.0 == '0'; '%g' % 0.0001 == '0.0001'; '%g' % 100000.0 == '100000'
        assert_eq!(
            double_to_string(0.0, FloatFormat::General, 0, false, f),
            "0"
        );
        assert_eq!(
            double_to_string(0.0001, FloatFormat::General, 6, false, f),
            "0.0001"
        );
        assert_eq!(
            double_to_string(100000.0, FloatFormat::General, 6, false, f),
            "100000"
        );
        assert_eq!(
            double_to_string(1000000.0, FloatFormat::General, 6, false, f),
            "1e+06"
        );
    }

    #[test]
    fn huge_precision() {
        let f = DtoaFlags::default();
        // len('%.1200f' % 0.1) == 1202; s = '%.1200f' % 5e-324: s[320:335] ==
        // '000004940656458', s.rstrip('0')[-10:] == '3447265625', len(s.rstrip('0')) == 1076
        let s = double_to_string(0.1, FloatFormat::Fixed, 1200, false, f);
        assert_eq!(s.len(), 1202);
        let s = double_to_string(5e-324, FloatFormat::Fixed, 1200, false, f);
        assert_eq!(&s[320..335], "000004940656458");
        let t = s.trim_end_matches('0');
        assert_eq!(t.len(), 1076);
        assert!(t.ends_with("3447265625"));
        // len('%.1000e' % 1.0) == 1006
        let s = double_to_string(1.0, FloatFormat::Exponent, 1000, false, f);
        assert_eq!(s.len(), 1006);
        assert!(s.ends_with("0e+00"));
    }
}

//! Python `repr()` of compile-time constants, for the disassembler.
//!
//! Matches CPython: strings pick `'` unless the text contains `'` and no
//! `"`; non-printable characters are escaped (`\\n`, `\\x07`, `\\u2028`);
//! floats print the shortest round-tripping digits, in exponent form
//! (`1e+16`, `1e-05`) when the exponent is below -4 or at least 16.

use crate::code::Constant;

/// The Python repr of a constant.
pub(crate) fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::True => "True".into(),
        Constant::False => "False".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => float_repr(*f),
        Constant::Complex(r, i) => complex_repr(*r, *i),
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(constant_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Constant::FrozenSet(items) => {
            let mut parts: Vec<String> = Vec::new();
            for p in items.iter().map(constant_repr) {
                if !parts.contains(&p) {
                    parts.push(p);
                }
            }
            if parts.is_empty() {
                "frozenset()".into()
            } else {
                format!("frozenset({{{}}})", parts.join(", "))
            }
        }
        Constant::Code(code) => code.to_string(),
    }
}

fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    // Surrogates cannot occur in a Rust string; treat format characters
    // and private-use/unassigned areas conservatively as printable except
    // the common invisible format characters.
    !matches!(c as u32, 0xAD | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0xFEFF | 0xE000..=0xF8FF)
}

/// Python's `repr(str)`.
pub(crate) fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => {
                let v = c as u32;
                if v < 0x100 {
                    out.push_str(&format!("\\x{v:02x}"));
                } else if v < 0x10000 {
                    out.push_str(&format!("\\u{v:04x}"));
                } else {
                    out.push_str(&format!("\\U{v:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// Python's `repr(bytes)`.
pub(crate) fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

/// Shortest round-trip digits and decimal exponent of a finite, non-zero
/// |x|: `x = 0.d1d2d3... * 10^(exp)` expressed as (digits, exp10) where the
/// value is `d1.d2d3... * 10^exp10`.
fn shortest_digits(x: f64) -> (String, i32) {
    let s = format!("{:e}", x.abs());
    let (mantissa, exp) = s.split_once('e').unwrap_or((s.as_str(), "0"));
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = digits.trim_end_matches('0');
    let digits = if digits.is_empty() {
        "0".to_string()
    } else {
        digits.to_string()
    };
    (digits, exp.parse().unwrap_or(0))
}

/// Python's `repr(float)`; `force_point` adds `.0` to integral values.
fn float_repr_with(x: f64, force_point: bool) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0{}", if force_point { ".0" } else { "" });
    }
    let (digits, exp) = shortest_digits(x);
    let body = if !(-4..16).contains(&exp) {
        let mut m = digits[..1].to_string();
        if digits.len() > 1 {
            m.push('.');
            m.push_str(&digits[1..]);
        }
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{m}e{esign}{:02}", exp.abs())
    } else if exp < 0 {
        format!("0.{}{}", "0".repeat((-exp - 1) as usize), digits)
    } else {
        let int_len = exp as usize + 1;
        if digits.len() <= int_len {
            let int = format!("{digits}{}", "0".repeat(int_len - digits.len()));
            if force_point {
                format!("{int}.0")
            } else {
                int
            }
        } else {
            format!("{}.{}", &digits[..int_len], &digits[int_len..])
        }
    };
    format!("{sign}{body}")
}

/// Python's `repr(float)`.
pub(crate) fn float_repr(x: f64) -> String {
    float_repr_with(x, true)
}

/// Python's `repr(complex)`.
fn complex_repr(re: f64, im: f64) -> String {
    let imag = float_repr_with(im, false);
    if re == 0.0 && re.is_sign_positive() {
        return format!("{imag}j");
    }
    let real = float_repr_with(re, false);
    let sign = if im.is_sign_negative() || im.is_nan() && imag.starts_with('-') {
        ""
    } else {
        "+"
    };
    format!("({real}{sign}{imag}j)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_like_python() {
        assert_eq!(float_repr(1.0), "1.0");
        assert_eq!(float_repr(0.1), "0.1");
        assert_eq!(float_repr(-0.0), "-0.0");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1234567890123456.0), "1234567890123456.0");
        assert_eq!(float_repr(1e-5), "1e-05");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(1.5e300), "1.5e+300");
        assert_eq!(float_repr(f64::INFINITY), "inf");
        assert_eq!(float_repr(2.5), "2.5");
        assert_eq!(float_repr(123.456), "123.456");
    }

    #[test]
    fn complex_and_strings_like_python() {
        assert_eq!(complex_repr(0.0, 1.0), "1j");
        assert_eq!(complex_repr(1.0, 2.0), "(1+2j)");
        assert_eq!(complex_repr(-0.0, -1.0), "(-0-1j)");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("a\nb'\""), "'a\\nb\\'\"'");
        assert_eq!(str_repr("\u{7}é"), "'\\x07é'");
        assert_eq!(bytes_repr(b"a\x00'"), "b\"a\\x00'\"");
    }
}

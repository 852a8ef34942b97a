//! Character classification with CPython's exact definitions: printable
//! characters (as `str.isprintable` and `repr` see them), Unicode decimal
//! digits (as `int()`/`float()` and format-spec widths accept them) and
//! whitespace (`str.isspace`, and the narrower ASCII `Py_ISSPACE`).

use super::unicode_props as props;
use super::unicode_tables::{DECIMAL_ZEROS, PRINTABLE_RANGES};

fn in_ranges(ranges: &[(u32, u32)], c: char) -> bool {
    let cp = c as u32;
    let idx = ranges.partition_point(|&(start, _)| start <= cp);
    idx > 0 && cp <= ranges[idx - 1].1
}

/// Python's `str.isalpha()` for one character (categories Lu Ll Lt Lm Lo).
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(props::ALPHA_RANGES, c)
}

/// Python's `str.isdigit()` for one character.
pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && in_ranges(props::DIGIT_RANGES, c))
}

/// Python's `str.isnumeric()` for one character.
pub fn is_numeric(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && in_ranges(props::NUMERIC_RANGES, c))
}

/// CPython's `Py_UNICODE_ISLOWER`.
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_ranges(props::LOWER_RANGES, c)
}

/// CPython's `Py_UNICODE_ISUPPER`.
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_ranges(props::UPPER_RANGES, c)
}

/// CPython's `Py_UNICODE_ISTITLE` (titlecase letters).
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && in_ranges(props::TITLE_RANGES, c)
}

/// CPython's `_PyUnicode_IsCased`.
pub fn is_cased(c: char) -> bool {
    is_lower(c) || is_upper(c) || is_title(c)
}

/// CPython's `_PyUnicode_IsCaseIgnorable` (for the final sigma rule).
pub fn is_case_ignorable(c: char) -> bool {
    in_ranges(props::CASE_IGNORABLE_RANGES, c)
}

/// Identifier start characters (`_` excluded), as `str.isidentifier()`.
pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(props::XID_START_RANGES, c)
}

/// Identifier continuation characters, as `str.isidentifier()`.
pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_ranges(props::XID_CONTINUE_RANGES, c)
}

fn map_char(single: &[(u32, u32)], multi: &[(u32, &str)], c: char, out: &mut String) {
    let cp = c as u32;
    if let Ok(i) = single.binary_search_by_key(&cp, |&(k, _)| k) {
        out.push(char::from_u32(single[i].1).unwrap_or(c));
        return;
    }
    if let Ok(i) = multi.binary_search_by_key(&cp, |&(k, _)| k) {
        out.push_str(multi[i].1);
        return;
    }
    out.push(c);
}

/// Appends the full uppercase mapping of `c` (`str.upper()`).
pub fn push_upper(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        map_char(props::UPPER_SINGLE, props::UPPER_MULTI, c, out);
    }
}

/// Appends the full lowercase mapping of `c` (`str.lower()`, without the
/// final sigma rule).
pub fn push_lower(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        map_char(props::LOWER_SINGLE, props::LOWER_MULTI, c, out);
    }
}

/// Appends the full titlecase mapping of `c` (`str.title()`).
pub fn push_title(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        map_char(props::TITLE_SINGLE, props::TITLE_MULTI, c, out);
    }
}

/// Appends the full case folding of `c` (`str.casefold()`).
pub fn push_fold(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        map_char(props::FOLD_SINGLE, props::FOLD_MULTI, c, out);
    }
}

/// Python's `str.isprintable()` for one character (Unicode 14.0, as CPython
/// 3.11): false for categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than
/// the ASCII space.
pub fn is_printable(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x7f {
        return cp >= 0x20;
    }
    // Binary search for the last range starting at or below `cp`.
    let idx = PRINTABLE_RANGES.partition_point(|&(start, _)| start <= cp);
    idx > 0 && cp <= PRINTABLE_RANGES[idx - 1].1
}

/// The decimal value of `c` if it is a Unicode decimal digit (category Nd),
/// as CPython's `Py_UNICODE_TODECIMAL`.
pub fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii_digit() {
        return Some(cp - '0' as u32);
    }
    if cp < 0x80 {
        return None;
    }
    let idx = DECIMAL_ZEROS.partition_point(|&zero| zero <= cp);
    if idx == 0 {
        return None;
    }
    let zero = DECIMAL_ZEROS[idx - 1];
    let d = cp - zero;
    (d < 10).then_some(d)
}

/// Python's `str.isspace()` for one character.
pub fn is_python_space(c: char) -> bool {
    matches!(
        c as u32,
        0x09..=0x0D
            | 0x1C..=0x20
            | 0x85
            | 0xA0
            | 0x1680
            | 0x2000..=0x200A
            | 0x2028
            | 0x2029
            | 0x202F
            | 0x205F
            | 0x3000
    )
}

/// CPython's `Py_ISSPACE`: the ASCII whitespace set ` \t\n\v\f\r`.
pub fn is_ascii_space_byte(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: characters below
/// U+007F are kept, other whitespace becomes `' '`, other decimal digits
/// become their ASCII digit. At the first other character the output ends
/// with a `'?'` (which no number parser accepts).
pub fn transform_decimal_and_space_to_ascii(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let cp = c as u32;
        if cp < 0x7f {
            out.push(cp as u8);
        } else if is_python_space(c) {
            out.push(b' ');
        } else if let Some(d) = decimal_value(c) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_latin1() {
        // From python3: [c for c in range(256) if not chr(c).isprintable()]
        for cp in 0u32..256 {
            let c = char::from_u32(cp).unwrap();
            let expected = !(cp < 0x20 || (0x7f..=0xa0).contains(&cp) || cp == 0xad);
            assert_eq!(is_printable(c), expected, "U+{cp:04X}");
        }
    }

    #[test]
    fn printable_other() {
        // python3: '\u0378'.isprintable() False, '\u2028' False, '\u3000' False,
        // '\U0001F600' True, '\U000E0001' False, '\u200b' False, '\uffff' False,
        // '\u4e00' True, '\U0010FFFD' False
        assert!(!is_printable('\u{378}'));
        assert!(!is_printable('\u{2028}'));
        assert!(!is_printable('\u{3000}'));
        assert!(is_printable('\u{1F600}'));
        assert!(!is_printable('\u{E0001}'));
        assert!(!is_printable('\u{200B}'));
        assert!(!is_printable('\u{FFFF}'));
        assert!(is_printable('\u{4E00}'));
        assert!(!is_printable('\u{10FFFD}'));
    }

    #[test]
    fn decimals() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('\u{665}'), Some(5));
        assert_eq!(decimal_value('\u{1D7CE}'), Some(0));
        assert_eq!(decimal_value('\u{1D7FF}'), Some(9));
        assert_eq!(decimal_value('a'), None);
        assert_eq!(decimal_value('\u{B2}'), None); // superscript two is not Nd
        assert_eq!(decimal_value('\u{FF19}'), Some(9));
    }

    #[test]
    fn transform() {
        assert_eq!(
            transform_decimal_and_space_to_ascii("\u{85}5\u{a0}"),
            b" 5 "
        );
        assert_eq!(transform_decimal_and_space_to_ascii("1\u{e9}2"), b"1?");
        assert_eq!(transform_decimal_and_space_to_ascii("\x1c"), b"\x1c");
    }
}

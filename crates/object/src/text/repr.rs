//! `repr()` of `str` and `bytes` and `ascii()`, with CPython's quoting and
//! escaping rules (`unicode_repr`, `bytes_repr`, `PyObject_ASCII`).

use std::fmt::Write as _;

use super::unicode::is_printable;

/// Picks the quote CPython uses: `"` if the text contains `'` but no `"`.
fn choose_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double {
        '"'
    } else {
        '\''
    }
}

/// Writes the escape for a code point that is not shown literally.
fn push_escape(out: &mut String, cp: u32) {
    // Writing to a String cannot fail.
    let _ = if cp <= 0xff {
        write!(out, "\\x{cp:02x}")
    } else if cp <= 0xffff {
        write!(out, "\\u{cp:04x}")
    } else {
        write!(out, "\\U{cp:08x}")
    };
}

/// Python's `repr(str)`: single quotes unless the text contains `'` and no
/// `"`; escapes backslash, the quote, `\n`, `\r`, `\t`, and non-printable
/// characters as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
pub fn str_repr(s: &str) -> String {
    let quote = choose_quote(s.contains('\''), s.contains('"'));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            _ if (c as u32) < 0x20 || c as u32 == 0x7f => push_escape(&mut out, c as u32),
            _ if c.is_ascii() || is_printable(c) => out.push(c),
            _ => push_escape(&mut out, c as u32),
        }
    }
    out.push(quote);
    out
}

/// Python's `ascii(str)`: [`str_repr`] with every non-ASCII character
/// escaped as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
pub fn ascii_repr(s: &str) -> String {
    let r = str_repr(s);
    if r.is_ascii() {
        return r;
    }
    let mut out = String::with_capacity(r.len() + 8);
    for c in r.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escape(&mut out, c as u32);
        }
    }
    out
}

/// Python's `repr(bytes)`: `b'...'` with the same quote rule as `str`;
/// escapes backslash, the quote, `\t`, `\n`, `\r`, and bytes below 0x20 or
/// from 0x7f as `\xhh`. `repr(bytearray)` is `bytearray(` + this + `)`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = choose_quote(b.contains(&b'\''), b.contains(&b'"'));
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if c as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(c as char),
            _ => push_escape(&mut out, u32::from(c)),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn str_reprs() {
        // Expected values from python3 repr().
        let cases: &[(&str, &str)] = &[
            ("", "''"),
            ("abc", "'abc'"),
            ("it's", "\"it's\""),
            ("say \"hi\"", "'say \"hi\"'"),
            ("both ' and \"", "'both \\' and \"'"),
            ("a\\b", "'a\\\\b'"),
            ("\t\n\r", "'\\t\\n\\r'"),
            ("\x00\x1f\x7f", "'\\x00\\x1f\\x7f'"),
            (
                "\u{80}\u{a0}\u{ad}\u{a1}\u{e9}",
                "'\\x80\\xa0\\xad\u{a1}\u{e9}'",
            ),
            ("\u{2028}\u{200b}\u{3000}", "'\\u2028\\u200b\\u3000'"),
            ("\u{4e2d}\u{1F600}", "'\u{4e2d}\u{1F600}'"),
            ("\u{E0001}\u{10FFFF}", "'\\U000e0001\\U0010ffff'"),
            ("\u{378}", "'\\u0378'"),
        ];
        for &(s, r) in cases {
            assert_eq!(str_repr(s), r, "{s:?}");
        }
    }

    #[test]
    fn ascii_reprs() {
        // Expected values from python3 ascii().
        assert_eq!(ascii_repr("abc"), "'abc'");
        assert_eq!(
            ascii_repr("\u{e9}\u{4e2d}\u{1F600}"),
            "'\\xe9\\u4e2d\\U0001f600'"
        );
        assert_eq!(ascii_repr("it's \u{e9}"), "\"it's \\xe9\"");
        assert_eq!(ascii_repr("\u{80}\n"), "'\\x80\\n'");
    }

    #[test]
    fn bytes_reprs() {
        // Expected values from python3 repr().
        assert_eq!(bytes_repr(b""), "b''");
        assert_eq!(bytes_repr(b"abc"), "b'abc'");
        assert_eq!(bytes_repr(b"it's"), "b\"it's\"");
        assert_eq!(bytes_repr(b"'\""), "b'\\'\"'");
        assert_eq!(
            bytes_repr(b"\x00\t\n\r\x1f\x7f\x80\xff\\"),
            "b'\\x00\\t\\n\\r\\x1f\\x7f\\x80\\xff\\\\'"
        );
    }
}

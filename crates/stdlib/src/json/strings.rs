//! JSON string literals on UTF-8 text: decoding a string body
//! ([`scan_string`], CPython's `scanstring_unicode`) and escaping a str as
//! a JSON literal ([`escape_ascii`], [`escape_unicode`]).
//!
//! Everything works on byte offsets: the structural characters of JSON
//! (`"`, `\`, control characters, hex digits) are ASCII, and UTF-8
//! continuation bytes are all `>= 0x80`, so byte scanning never confuses
//! them. Callers convert offsets to the character indices of the Python
//! API with `StrObj::char_index`.

use std::borrow::Cow;

/// Why a string body could not be decoded; offsets are byte offsets into
/// the document.
#[derive(Debug, PartialEq, Eq)]
pub enum StrError {
    /// No closing quote ("Unterminated string starting at" the quote
    /// before the body).
    Unterminated,
    /// A control character at this offset while `strict`.
    Control(usize),
    /// A backslash at this offset starts an unknown escape.
    BadEscape(usize),
    /// The `u` of a malformed `\uXXXX` escape is at this offset.
    BadUnicode(usize),
    /// The string is well formed but holds an unpaired surrogate escape,
    /// which a Strata str cannot represent (the pure-Python decoder fails
    /// the way `chr()` does, after checking the whole string).
    LoneSurrogate,
}

/// The value of four ASCII hex digits at `b[at..at + 4]`, if they are.
fn hex4(b: &[u8], at: usize) -> Option<u32> {
    let digits = b.get(at..at + 4)?;
    let mut v = 0u32;
    for &d in digits {
        v = (v << 4) | (d as char).to_digit(16)?;
    }
    Some(v)
}

/// Bytes that end a run of literal string characters: `"`, `\\`, and
/// (index 1, strict mode) control characters.
const SPECIAL: [[bool; 256]; 2] = {
    let mut t = [[false; 256]; 2];
    let mut c = 0;
    while c < 256 {
        let quote = c == b'"' as usize || c == b'\\' as usize;
        t[0][c] = quote;
        t[1][c] = quote || c < 0x20;
        c += 1;
    }
    t
};

/// Decodes the JSON string body starting at byte `start` of `s` (just
/// after the opening quote). Returns the text and the byte offset after
/// the closing quote. Text without escapes is borrowed from `s`.
pub fn scan_string(s: &str, start: usize, strict: bool) -> Result<(Cow<'_, str>, usize), StrError> {
    let b = s.as_bytes();
    let n = b.len();
    let mut out: Option<String> = None;
    let mut lone = false;
    let special = &SPECIAL[strict as usize];
    let mut i = start;
    loop {
        let mut j = i;
        while j < n && !special[b[j] as usize] {
            j += 1;
        }
        if j >= n {
            return Err(StrError::Unterminated);
        }
        match b[j] {
            b'"' => {
                if lone {
                    return Err(StrError::LoneSurrogate);
                }
                return Ok(match out {
                    None => (Cow::Borrowed(&s[start..j]), j + 1),
                    Some(mut o) => {
                        o.push_str(&s[i..j]);
                        (Cow::Owned(o), j + 1)
                    }
                });
            }
            b'\\' => {}
            _ => return Err(StrError::Control(j)),
        }
        let o = out.get_or_insert_with(String::new);
        o.push_str(&s[i..j]);
        let k = j + 1;
        if k >= n {
            return Err(StrError::Unterminated);
        }
        let simple = match b[k] {
            b'"' => Some('"'),
            b'\\' => Some('\\'),
            b'/' => Some('/'),
            b'b' => Some('\u{8}'),
            b'f' => Some('\u{c}'),
            b'n' => Some('\n'),
            b'r' => Some('\r'),
            b't' => Some('\t'),
            b'u' => None,
            _ => return Err(StrError::BadEscape(j)),
        };
        if let Some(c) = simple {
            o.push(c);
            i = k + 1;
            continue;
        }
        // `\uXXXX`: four hex digits and at least one more character.
        let u = k;
        let mut end = u + 5;
        if end >= n {
            return Err(StrError::BadUnicode(u));
        }
        let mut c = hex4(b, u + 1).ok_or(StrError::BadUnicode(u))?;
        if (0xd800..=0xdbff).contains(&c) && end + 6 < n && b[end] == b'\\' && b[end + 1] == b'u' {
            let c2 = hex4(b, end + 2).ok_or(StrError::BadUnicode(end + 1))?;
            if (0xdc00..=0xdfff).contains(&c2) {
                c = 0x10000 + (((c - 0xd800) << 10) | (c2 - 0xdc00));
                end += 6;
            }
        }
        match char::from_u32(c) {
            Some(ch) => o.push(ch),
            None => {
                lone = true;
                o.push('?');
            }
        }
        i = end;
    }
}

/// Appends the JSON escape of the ASCII byte `c` (a control character,
/// `"`, `\` or DEL).
fn push_escape(out: &mut String, c: u8) {
    match c {
        b'"' => out.push_str("\\\""),
        b'\\' => out.push_str("\\\\"),
        b'\n' => out.push_str("\\n"),
        b'\r' => out.push_str("\\r"),
        b'\t' => out.push_str("\\t"),
        0x08 => out.push_str("\\b"),
        0x0c => out.push_str("\\f"),
        _ => push_u16_escape(out, c as u32),
    }
}

/// Appends `\uXXXX` (lowercase hex) for a UTF-16 code unit.
fn push_u16_escape(out: &mut String, u: u32) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX[((u >> shift) & 0xf) as usize] as char);
    }
}

/// Appends `s` as a JSON string literal using only ASCII: non-ASCII
/// characters become `\uXXXX` escapes (surrogate pairs above U+FFFF), as
/// `encode_basestring_ascii` does.
pub fn escape_ascii(out: &mut String, s: &str) {
    out.reserve(s.len() + 2);
    out.push('"');
    let b = s.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if (0x20..0x7f).contains(&c) && c != b'"' && c != b'\\' {
            i += 1;
            continue;
        }
        out.push_str(&s[run..i]);
        if c < 0x80 {
            push_escape(out, c);
            i += 1;
        } else {
            let ch = s[i..].chars().next().unwrap_or('\u{fffd}');
            let mut units = [0u16; 2];
            for u in ch.encode_utf16(&mut units) {
                push_u16_escape(out, *u as u32);
            }
            i += ch.len_utf8();
        }
        run = i;
    }
    out.push_str(&s[run..]);
    out.push('"');
}

/// Appends `s` as a JSON string literal keeping non-ASCII characters (only
/// control characters, `"` and `\` are escaped), as `encode_basestring`
/// does.
pub fn escape_unicode(out: &mut String, s: &str) {
    out.reserve(s.len() + 2);
    out.push('"');
    let b = s.as_bytes();
    let mut run = 0;
    for (i, &c) in b.iter().enumerate() {
        if c < 0x20 || c == b'"' || c == b'\\' {
            out.push_str(&s[run..i]);
            push_escape(out, c);
            run = i + 1;
        }
    }
    out.push_str(&s[run..]);
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(s: &str) -> Result<(String, usize), StrError> {
        scan_string(s, 1, true).map(|(t, e)| (t.into_owned(), e))
    }

    #[test]
    fn decodes_plain_escaped_and_astral_text() {
        assert_eq!(scan("\"abc\" x"), Ok(("abc".into(), 5)));
        assert_eq!(scan("\"a\\n\\u00e9\\\"\""), Ok(("a\n\u{e9}\"".into(), 13)));
        assert_eq!(scan("\"\\ud83d\\ude00\""), Ok(("\u{1f600}".into(), 14)));
        assert_eq!(scan("\"é€\""), Ok(("é€".into(), 7)));
    }

    #[test]
    fn reports_errors_at_cpython_positions() {
        assert_eq!(scan("\"abc"), Err(StrError::Unterminated));
        assert_eq!(scan("\"a\u{1}\""), Err(StrError::Control(2)));
        assert_eq!(scan_string("\"a\u{1}\"", 1, false).map(|r| r.1), Ok(4));
        assert_eq!(scan("\"\\x\""), Err(StrError::BadEscape(1)));
        assert_eq!(scan("\"\\u12\""), Err(StrError::BadUnicode(2)));
        assert_eq!(scan("\"\\u0041"), Err(StrError::BadUnicode(2)));
        assert_eq!(scan("\"\\ud83d\\uzzzz\""), Err(StrError::BadUnicode(8)));
        assert_eq!(scan("\"\\ud800\""), Err(StrError::LoneSurrogate));
        assert_eq!(scan("\"\\ud800\\x\""), Err(StrError::BadEscape(7)));
    }

    #[test]
    fn escapes_like_cpython() {
        let mut o = String::new();
        escape_ascii(&mut o, "a\"\\\n\u{7f}é😀");
        assert_eq!(o, "\"a\\\"\\\\\\n\\u007f\\u00e9\\ud83d\\ude00\"");
        o.clear();
        escape_unicode(&mut o, "a\"\u{1}\u{7f}é");
        assert_eq!(o, "\"a\\\"\\u0001\u{7f}é\"");
    }
}

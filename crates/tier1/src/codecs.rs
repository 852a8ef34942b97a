//! The text codecs behind `str.encode`, `bytes.decode` and
//! `str(bytes, encoding)`: utf-8, ascii, latin-1, cp1252, and utf-16 /
//! utf-32 (with a byte order mark, or little/big endian), with the
//! `strict`, `ignore`, `replace`, `backslashreplace` and
//! `xmlcharrefreplace` error handlers and CPython's
//! `UnicodeEncodeError`/`UnicodeDecodeError` messages and attributes.
//!
//! Strata's strings cannot hold lone surrogates, so the
//! `surrogateescape`/`surrogatepass` handlers act as `strict`.

use strata_object::payloads::*;
use strata_object::Value;

use crate::vm::{PyResult, Vm};

/// A codec.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Cp1252,
    /// UTF-16; `None` = with a byte order mark (little-endian when
    /// encoding), `Some(true)` = big endian.
    Utf16(Option<bool>),
    /// UTF-32, as UTF-16.
    Utf32(Option<bool>),
}

impl Codec {
    /// The name CPython uses in error messages.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Cp1252 => "charmap",
            Codec::Utf16(None) => "utf-16",
            Codec::Utf16(Some(false)) => "utf-16-le",
            Codec::Utf16(Some(true)) => "utf-16-be",
            Codec::Utf32(None) => "utf-32",
            Codec::Utf32(Some(false)) => "utf-32-le",
            Codec::Utf32(Some(true)) => "utf-32-be",
        }
    }
}

fn lookup_codec(vm: &Vm, name: &str) -> PyResult<Codec> {
    let norm: String = name
        .trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '-' || c == ' ' { '_' } else { c })
        .collect();
    Ok(match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "ascii" | "646" | "us_ascii" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968"
        | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991"
        | "iso_ir_6" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "iso8859" | "8859"
        | "cp819" | "csisolatin1" | "ibm819" | "iso_8859_1_1987" | "iso_ir_100" => Codec::Latin1,
        "cp1252" | "windows_1252" | "1252" => Codec::Cp1252,
        "utf_16" | "utf16" | "u16" => Codec::Utf16(None),
        "utf_16_le" | "utf_16le" | "utf16le" => Codec::Utf16(Some(false)),
        "utf_16_be" | "utf_16be" | "utf16be" => Codec::Utf16(Some(true)),
        "utf_32" | "utf32" | "u32" => Codec::Utf32(None),
        "utf_32_le" | "utf_32le" | "utf32le" => Codec::Utf32(Some(false)),
        "utf_32_be" | "utf_32be" | "utf32be" => Codec::Utf32(Some(true)),
        _ => {
            return Err(
                vm.new_exception_msg(&vm.exc.lookup_error, &format!("unknown encoding: {}", name))
            )
        }
    })
}

/// cp1252's characters for bytes 0x80..0xA0 (None: undefined).
const CP1252_HIGH: [Option<char>; 32] = [
    Some('\u{20AC}'),
    None,
    Some('\u{201A}'),
    Some('\u{0192}'),
    Some('\u{201E}'),
    Some('\u{2026}'),
    Some('\u{2020}'),
    Some('\u{2021}'),
    Some('\u{02C6}'),
    Some('\u{2030}'),
    Some('\u{0160}'),
    Some('\u{2039}'),
    Some('\u{0152}'),
    None,
    Some('\u{017D}'),
    None,
    None,
    Some('\u{2018}'),
    Some('\u{2019}'),
    Some('\u{201C}'),
    Some('\u{201D}'),
    Some('\u{2022}'),
    Some('\u{2013}'),
    Some('\u{2014}'),
    Some('\u{02DC}'),
    Some('\u{2122}'),
    Some('\u{0161}'),
    Some('\u{203A}'),
    Some('\u{0153}'),
    None,
    Some('\u{017E}'),
    Some('\u{0178}'),
];

fn cp1252_decode(b: u8) -> Option<char> {
    match b {
        0x80..=0x9F => CP1252_HIGH[(b - 0x80) as usize],
        _ => Some(b as char),
    }
}

fn cp1252_encode(c: char) -> Option<u8> {
    let cp = c as u32;
    if cp < 0x80 || (0xA0..0x100).contains(&cp) {
        return Some(cp as u8);
    }
    CP1252_HIGH
        .iter()
        .position(|x| *x == Some(c))
        .map(|i| 0x80 + i as u8)
}

fn unknown_handler(vm: &Vm, errors: &str) -> Value {
    vm.new_exception_msg(
        &vm.exc.lookup_error,
        &format!("unknown error handler name '{}'", errors),
    )
}

/// An `encoding`/`errors` argument: absent, or a str (`encode() argument
/// 'encoding' must be str, not int`).
pub(crate) fn codec_name_arg(
    vm: &Vm,
    v: Option<&Value>,
    fname: &str,
    argname: &str,
) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(v) => match v.downcast::<StrObj>() {
            Some(s) => Ok(Some(s.s.to_string())),
            None => Err(vm.type_error(format!(
                "{}() argument '{}' must be str, not {}",
                fname,
                argname,
                vm.type_name(v)
            ))),
        },
    }
}

/// A UnicodeEncodeError/UnicodeDecodeError with CPython's message and the
/// `encoding`, `object`, `start`, `end`, `reason` attributes.
#[allow(clippy::too_many_arguments)]
fn unicode_error(
    vm: &Vm,
    ty: &Value,
    msg: String,
    encoding: &str,
    object: &Value,
    start: usize,
    end: usize,
    reason: &str,
) -> Value {
    let e = vm.new_exception(ty, vec![vm.new_string(msg)]);
    if let Some(d) = vm.instance_dict(&e) {
        crate::dict::dict_set_str(vm, &d, "encoding", vm.new_str(encoding));
        crate::dict::dict_set_str(vm, &d, "object", object.clone());
        crate::dict::dict_set_str(vm, &d, "start", vm.new_int(start as i64));
        crate::dict::dict_set_str(vm, &d, "end", vm.new_int(end as i64));
        crate::dict::dict_set_str(vm, &d, "reason", vm.new_str(reason));
    }
    e
}

fn char_escape(c: char) -> String {
    let cp = c as u32;
    if cp < 0x100 {
        format!("\\x{:02x}", cp)
    } else if cp < 0x10000 {
        format!("\\u{:04x}", cp)
    } else {
        format!("\\U{:08x}", cp)
    }
}

fn encode_utf16(s: &str, big: Option<bool>) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() * 2 + 2);
    let be = big == Some(true);
    if big.is_none() {
        out.extend_from_slice(&[0xFF, 0xFE]);
    }
    for u in s.encode_utf16() {
        out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
    }
    out
}

fn encode_utf32(s: &str, big: Option<bool>) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() * 4 + 4);
    let be = big == Some(true);
    if big.is_none() {
        out.extend_from_slice(&[0xFF, 0xFE, 0, 0]);
    }
    for c in s.chars() {
        let u = c as u32;
        out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
    }
    out
}

/// `s.encode(encoding, errors)`; `obj` is the str object (for the error).
pub(crate) fn encode_str(
    vm: &Vm,
    obj: &Value,
    s: &str,
    encoding: &str,
    errors: &str,
) -> PyResult<Vec<u8>> {
    let codec = lookup_codec(vm, encoding)?;
    match codec {
        Codec::Utf16(big) => return Ok(encode_utf16(s, big)),
        Codec::Utf32(big) => return Ok(encode_utf32(s, big)),
        _ => {}
    }
    if codec == Codec::Utf8 || s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let (limit, reason) = match codec {
        Codec::Ascii => (128u32, "ordinal not in range(128)"),
        Codec::Cp1252 => (0, "character maps to <undefined>"),
        _ => (256u32, "ordinal not in range(256)"),
    };
    let encode_one = |c: char| -> Option<u8> {
        if codec == Codec::Cp1252 {
            cp1252_encode(c)
        } else if (c as u32) < limit {
            Some(c as u32 as u8)
        } else {
            None
        }
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if let Some(b) = encode_one(c) {
            out.push(b);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && encode_one(chars[j]).is_none() {
            j += 1;
        }
        match errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                let msg = if j - i == 1 {
                    format!(
                        "'{}' codec can't encode character '{}' in position {}: {}",
                        codec.name(),
                        char_escape(c),
                        i,
                        reason
                    )
                } else {
                    format!(
                        "'{}' codec can't encode characters in position {}-{}: {}",
                        codec.name(),
                        i,
                        j - 1,
                        reason
                    )
                };
                return Err(unicode_error(
                    vm,
                    &vm.exc.unicode_encode_error,
                    msg,
                    codec.name(),
                    obj,
                    i,
                    j,
                    reason,
                ));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', j - i)),
            "backslashreplace" => {
                for c in &chars[i..j] {
                    out.extend_from_slice(char_escape(*c).as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for c in &chars[i..j] {
                    out.extend_from_slice(format!("&#{};", *c as u32).as_bytes());
                }
            }
            other => return Err(unknown_handler(vm, other)),
        }
        i = j;
    }
    Ok(out)
}

/// One step of a decoder: decoded text up to the next bad range
/// `[start, end)` and its reason, or `None` at the end.
type BadRange = Option<(usize, usize, &'static str)>;

fn decode_utf16_from(b: &[u8], i: usize, big: bool, out: &mut String) -> (usize, BadRange) {
    let unit = |k: usize| {
        let p = [b[k], b[k + 1]];
        if big {
            u16::from_be_bytes(p)
        } else {
            u16::from_le_bytes(p)
        }
    };
    let mut k = i;
    while k + 1 < b.len() {
        let u = unit(k);
        if (0xD800..0xDC00).contains(&u) {
            if k + 3 >= b.len() {
                return (k, Some((k, b.len(), "unexpected end of data")));
            }
            let v = unit(k + 2);
            if !(0xDC00..0xE000).contains(&v) {
                return (k, Some((k, k + 2, "illegal UTF-16 surrogate")));
            }
            let cp = 0x10000 + (((u as u32) - 0xD800) << 10) + ((v as u32) - 0xDC00);
            out.push(char::from_u32(cp).unwrap_or('\u{FFFD}'));
            k += 4;
        } else if (0xDC00..0xE000).contains(&u) {
            return (k, Some((k, k + 2, "illegal encoding")));
        } else {
            out.push(char::from_u32(u as u32).unwrap_or('\u{FFFD}'));
            k += 2;
        }
    }
    if k < b.len() {
        return (k, Some((k, b.len(), "truncated data")));
    }
    (k, None)
}

fn decode_utf32_from(b: &[u8], i: usize, big: bool, out: &mut String) -> (usize, BadRange) {
    let mut k = i;
    while k + 3 < b.len() {
        let p = [b[k], b[k + 1], b[k + 2], b[k + 3]];
        let u = if big {
            u32::from_be_bytes(p)
        } else {
            u32::from_le_bytes(p)
        };
        match char::from_u32(u) {
            Some(c) => out.push(c),
            None => {
                let reason = if u >= 0x110000 {
                    "code point not in range(0x110000)"
                } else {
                    "code point in surrogate code point range(0xd800, 0xe000)"
                };
                return (k, Some((k, k + 4, reason)));
            }
        }
        k += 4;
    }
    if k < b.len() {
        return (k, Some((k, b.len(), "truncated data")));
    }
    (k, None)
}

/// Decodes `b` (the contents of `obj`) with `encoding` and `errors`.
pub(crate) fn decode_bytes(
    vm: &Vm,
    obj: &Value,
    b: &[u8],
    encoding: &str,
    errors: &str,
) -> PyResult<String> {
    let mut codec = lookup_codec(vm, encoding)?;
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    // A byte order mark picks the byte order of utf-16/utf-32 (and is
    // dropped); without one they are little-endian.
    let mut big = false;
    match codec {
        Codec::Utf16(None) => {
            if b.starts_with(&[0xFE, 0xFF]) {
                big = true;
                i = 2;
            } else if b.starts_with(&[0xFF, 0xFE]) {
                i = 2;
            }
        }
        Codec::Utf32(None) => {
            if b.starts_with(&[0, 0, 0xFE, 0xFF]) {
                big = true;
                i = 4;
            } else if b.starts_with(&[0xFF, 0xFE, 0, 0]) {
                i = 4;
            }
        }
        Codec::Utf16(Some(be)) | Codec::Utf32(Some(be)) => big = be,
        _ => {}
    }
    while i < b.len() {
        // The next bad range [start, end) with its reason.
        let (start, end, reason) = match codec {
            Codec::Latin1 => {
                out.extend(b[i..].iter().map(|&c| c as char));
                break;
            }
            Codec::Cp1252 => {
                let n = b[i..].iter().position(|c| cp1252_decode(*c).is_none());
                let good = n.unwrap_or(b.len() - i);
                out.extend(b[i..i + good].iter().filter_map(|&c| cp1252_decode(c)));
                match n {
                    None => break,
                    Some(n) => (i + n, i + n + 1, "character maps to <undefined>"),
                }
            }
            Codec::Ascii => {
                let n = b[i..].iter().position(|c| *c >= 0x80);
                let good = n.unwrap_or(b.len() - i);
                out.extend(b[i..i + good].iter().map(|&c| c as char));
                match n {
                    None => break,
                    Some(n) => (i + n, i + n + 1, "ordinal not in range(128)"),
                }
            }
            Codec::Utf16(_) => match decode_utf16_from(b, i, big, &mut out) {
                (_, None) => break,
                (_, Some(bad)) => bad,
            },
            Codec::Utf32(_) => match decode_utf32_from(b, i, big, &mut out) {
                (_, None) => break,
                (_, Some(bad)) => bad,
            },
            Codec::Utf8 => match std::str::from_utf8(&b[i..]) {
                Ok(s) => {
                    out.push_str(s);
                    break;
                }
                Err(e) => {
                    let v = e.valid_up_to();
                    out.push_str(std::str::from_utf8(&b[i..i + v]).unwrap_or(""));
                    let start = i + v;
                    match e.error_len() {
                        Some(n) => (
                            start,
                            start + n,
                            if (0xC2..=0xF4).contains(&b[start]) {
                                "invalid continuation byte"
                            } else {
                                "invalid start byte"
                            },
                        ),
                        None => (start, b.len(), "unexpected end of data"),
                    }
                }
            },
        };
        if let Codec::Utf16(None) | Codec::Utf32(None) = codec {
            // Errors name the byte order actually used.
            codec = match codec {
                Codec::Utf16(_) => Codec::Utf16(Some(big)),
                _ => Codec::Utf32(Some(big)),
            };
        }
        match errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                let msg = if end - start == 1 {
                    format!(
                        "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                        codec.name(),
                        b[start],
                        start,
                        reason
                    )
                } else {
                    format!(
                        "'{}' codec can't decode bytes in position {}-{}: {}",
                        codec.name(),
                        start,
                        end - 1,
                        reason
                    )
                };
                let object = if obj.payload_is::<BytesObj>() {
                    obj.clone()
                } else {
                    vm.new_bytes(b.to_vec())
                };
                return Err(unicode_error(
                    vm,
                    &vm.exc.unicode_decode_error,
                    msg,
                    codec.name(),
                    &object,
                    start,
                    end,
                    reason,
                ));
            }
            "ignore" => {}
            "replace" => out.push('\u{FFFD}'),
            "backslashreplace" => {
                for c in &b[start..end] {
                    out.push_str(&format!("\\x{:02x}", c));
                }
            }
            other => return Err(unknown_handler(vm, other)),
        }
        i = end;
    }
    Ok(out)
}

//! The `newline` argument of StringIO and TextIOWrapper and the line
//! scanner both use: universal newlines on read (translated for
//! `newline=None`, kept for `newline=''`), or one fixed line ending, and the
//! translation of `"\n"` on write.

use strata_object::Value;
use strata_tier1::{PyResult, Vm};

/// A `newline` argument.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Newline {
    /// `None`: any of `\n`, `\r`, `\r\n` ends a line and reads as `\n`.
    Universal,
    /// `''`: any line ending ends a line, returned untranslated.
    Untranslated,
    /// `'\n'`.
    Lf,
    /// `'\r'`.
    Cr,
    /// `'\r\n'`.
    CrLf,
}

/// Bits of the `newlines` attribute: the kinds of line ending seen.
pub const SEEN_CR: u8 = 1;
/// A `\n` was seen.
pub const SEEN_LF: u8 = 2;
/// A `\r\n` was seen.
pub const SEEN_CRLF: u8 = 4;

impl Newline {
    /// Parses a `newline` argument (`illegal newline value: x`; StringIO
    /// shows the repr: `illegal newline value: 'x'`).
    pub fn parse(vm: &Vm, v: Option<&Value>, show_repr: bool) -> PyResult<Newline> {
        let v = match v {
            None => return Ok(Newline::Universal),
            Some(v) if v.is(&vm.none) => return Ok(Newline::Universal),
            Some(v) => v,
        };
        let Some(s) = crate::fnargs::str_of(v) else {
            return Err(vm.type_error(format!(
                "newline must be str or None, not {}",
                vm.type_name(v)
            )));
        };
        Ok(match s {
            "" => Newline::Untranslated,
            "\n" => Newline::Lf,
            "\r" => Newline::Cr,
            "\r\n" => Newline::CrLf,
            _ => {
                let shown = if show_repr {
                    vm.repr_string(v)?
                } else {
                    s.to_string()
                };
                return Err(vm.value_error(format!("illegal newline value: {}", shown)));
            }
        })
    }

    /// Whether any line ending ends a line on read.
    pub fn universal(self) -> bool {
        matches!(self, Newline::Universal | Newline::Untranslated)
    }

    /// What `"\n"` becomes on write (`None`: kept).
    pub fn write_nl(self) -> Option<&'static str> {
        match self {
            Newline::Cr => Some("\r"),
            Newline::CrLf => Some("\r\n"),
            _ => None,
        }
    }
}

/// The `newlines` attribute for the kinds seen.
pub fn newlines_value(vm: &Vm, seen: u8) -> Value {
    let kinds: Vec<Value> = [(SEEN_CR, "\r"), (SEEN_LF, "\n"), (SEEN_CRLF, "\r\n")]
        .iter()
        .filter(|(b, _)| seen & b != 0)
        .map(|(_, s)| vm.new_str(s))
        .collect();
    match kinds.len() {
        0 => vm.none(),
        1 => kinds.into_iter().next().unwrap_or_else(|| vm.none()),
        _ => vm.new_tuple(kinds),
    }
}

/// The kinds of line ending in `s` (a `\r` at the very end counts as a
/// `\r`).
pub fn seen_in(s: &[char]) -> u8 {
    let mut seen = 0;
    let mut i = 0;
    while i < s.len() {
        match s[i] {
            '\n' => seen |= SEEN_LF,
            '\r' if s.get(i + 1) == Some(&'\n') => {
                seen |= SEEN_CRLF;
                i += 1;
            }
            '\r' => seen |= SEEN_CR,
            _ => {}
        }
        i += 1;
    }
    seen
}

/// [`seen_in`] for a str.
pub fn seen_in_str(s: &str) -> u8 {
    let b = s.as_bytes();
    let mut seen = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\n' => seen |= SEEN_LF,
            b'\r' if b.get(i + 1) == Some(&b'\n') => {
                seen |= SEEN_CRLF;
                i += 1;
            }
            b'\r' => seen |= SEEN_CR,
            _ => {}
        }
        i += 1;
    }
    seen
}

/// `s` with `\r\n` and `\r` turned into `\n`.
pub fn translate_to_lf(s: &str) -> String {
    s.replace("\r\n", "\n").replace('\r', "\n")
}

/// How a [`scan`] ended.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ScanEnd {
    /// A line ended or the limit was reached.
    Done,
    /// The input ran out (at end of file: the result is complete).
    Exhausted,
    /// More input is needed to decide (a `\r` at the end of the input).
    NeedMore,
}

/// Copies characters of `src` to `out` until a line ends (when `line`),
/// `limit` characters have been produced, or the input ends; `eof` says no
/// more input will follow `src`. `translate` turns line endings into `\n`
/// (`newline=None` on read). Returns the characters consumed from `src`,
/// the characters produced and how the scan ended.
pub fn scan(
    src: &[char],
    out: &mut String,
    mut limit: usize,
    line: bool,
    nl: Newline,
    translate: bool,
    eof: bool,
) -> (usize, usize, ScanEnd) {
    let mut i = 0;
    let mut produced = 0;
    while i < src.len() {
        if limit == 0 {
            return (i, produced, ScanEnd::Done);
        }
        let c = src[i];
        let ends = match c {
            '\r' if nl.universal() || nl == Newline::CrLf => {
                let Some(&next) = src.get(i + 1) else {
                    if !eof {
                        return (i, produced, ScanEnd::NeedMore);
                    }
                    if nl == Newline::CrLf {
                        out.push('\r');
                        produced += 1;
                        limit -= 1;
                        i += 1;
                        continue;
                    }
                    out.push(if translate { '\n' } else { '\r' });
                    produced += 1;
                    i += 1;
                    if line {
                        return (i, produced, ScanEnd::Done);
                    }
                    limit -= 1;
                    continue;
                };
                if next == '\n' {
                    if translate {
                        out.push('\n');
                        produced += 1;
                        limit -= 1;
                    } else if limit >= 2 {
                        out.push_str("\r\n");
                        produced += 2;
                        limit -= 2;
                    } else {
                        // The limit splits the `\r\n`.
                        out.push('\r');
                        return (i + 1, produced + 1, ScanEnd::Done);
                    }
                    i += 2;
                    true
                } else {
                    out.push(if translate { '\n' } else { '\r' });
                    produced += 1;
                    limit -= 1;
                    i += 1;
                    nl != Newline::CrLf
                }
            }
            '\r' => {
                out.push('\r');
                produced += 1;
                limit -= 1;
                i += 1;
                nl == Newline::Cr
            }
            '\n' => {
                out.push('\n');
                produced += 1;
                limit -= 1;
                i += 1;
                nl.universal() || nl == Newline::Lf
            }
            _ => {
                out.push(c);
                produced += 1;
                limit -= 1;
                i += 1;
                false
            }
        };
        if ends && line {
            return (i, produced, ScanEnd::Done);
        }
    }
    (i, produced, ScanEnd::Exhausted)
}

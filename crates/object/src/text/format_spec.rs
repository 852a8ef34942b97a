//! The format-specification mini-language (`format(value, spec)`,
//! `str.format`, f-strings) for `int`, `float` and `str`, matching CPython
//! 3.11's `Python/formatter_unicode.c`: parsing, validation with CPython's
//! error messages, sign/prefix/fill/alignment, zero padding that interacts
//! with digit grouping, and the float presentation types.
//!
//! Errors are returned as `Err(message)`. Almost all are `ValueError`s; use
//! [`format_error_kind`] to find the few that CPython raises as
//! `OverflowError` (or that mean the output could not be allocated).
//!
//! The `n` presentation type uses the C locale (CPython's default, since
//! Python never calls `setlocale(LC_NUMERIC)` itself): no grouping, `.` as
//! decimal point.

use num_bigint::{BigInt, Sign as BigSign};
use num_traits::ToPrimitive;

use super::float_ops::bigint_to_f64;
use super::float_repr::{double_to_string, DtoaFlags, FloatFormat};
use super::unicode::decimal_value;

/// Alignment option of a format spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`: padding goes between the sign/prefix and the digits.
    AfterSign,
}

/// Sign option of a format spec.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sign {
    /// No sign option given.
    #[default]
    Default,
    /// `-`
    Minus,
    /// `+`
    Plus,
    /// ` ` (space)
    Space,
}

/// A parsed format specification:
/// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    /// Fill character; `'0'` when the `0` flag is given without a fill.
    pub fill: char,
    /// Explicit alignment, if any.
    pub align: Option<Align>,
    /// Sign option.
    pub sign: Sign,
    /// `z`: coerce negative zero to positive zero (floats only).
    pub no_neg_zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// The `0` flag (zero padding, default `=` alignment for numbers).
    pub zero_pad: bool,
    /// Minimum field width.
    pub width: Option<usize>,
    /// Grouping character, `','` or `'_'`.
    pub grouping: Option<char>,
    /// Precision.
    pub precision: Option<usize>,
    /// Presentation type.
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: Sign::Default,
            no_neg_zero: false,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

/// Message used when the formatted result could not be allocated
/// (CPython raises `MemoryError`).
pub const MEMORY_ERROR_MESSAGE: &str = "out of memory while formatting";

/// The Python exception class an error message from this module stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormatErrorKind {
    /// `ValueError`
    Value,
    /// `OverflowError`
    Overflow,
    /// `MemoryError`
    Memory,
}

/// Classifies an error message returned by this module's functions.
pub fn format_error_kind(message: &str) -> FormatErrorKind {
    match message {
        "int too large to convert to float"
        | "%c arg not in range(0x110000)"
        | "Python int too large to convert to C long" => FormatErrorKind::Overflow,
        MEMORY_ERROR_MESSAGE => FormatErrorKind::Memory,
        _ => FormatErrorKind::Value,
    }
}

/// How CPython shows a presentation-type character inside an error message.
fn show_type_char(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        c.to_string()
    } else {
        format!("\\x{cp:x}")
    }
}

/// `%.200s` of a type name.
fn short_type_name(name: &str) -> String {
    let mut end = name.len().min(200);
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    name[..end].to_string()
}

fn unknown_type_error(ty: char, type_name: &str) -> String {
    format!(
        "Unknown format code '{}' for object of type '{}'",
        show_type_char(ty),
        short_type_name(type_name)
    )
}

fn is_align(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Reads decimal digits (any Unicode `Nd`) at `*pos`; `Ok(None)` if none.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, String> {
    let mut acc: u64 = 0;
    let mut count = 0;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        let limit = i64::MAX as u64;
        if acc > (limit - u64::from(d)) / 10 {
            return Err("Too many decimal digits in format string".to_string());
        }
        acc = acc * 10 + u64::from(d);
        *pos += 1;
        count += 1;
    }
    if count == 0 {
        return Ok(None);
    }
    usize::try_from(acc)
        .map(Some)
        .map_err(|_| "Too many decimal digits in format string".to_string())
}

/// Parses a format spec, with the generic type name `object` in the
/// "Invalid format specifier" message; see [`parse_format_spec_for`].
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, String> {
    parse_format_spec_for(spec, "object")
}

/// Parses a format spec exactly as CPython 3.11 does for an object of type
/// `type_name` (which only appears in the "Invalid format specifier"
/// message). A grouping option is checked against an explicit type here;
/// without a type it is checked by the formatting functions against their
/// default type.
pub fn parse_format_spec_for(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut out = FormatSpec::default();
    let mut fill_specified = false;

    if end >= 2 {
        if let Some(a) = is_align(chars[1]) {
            out.fill = chars[0];
            out.align = Some(a);
            fill_specified = true;
            pos = 2;
        }
    }
    if pos == 0 && end >= 1 {
        if let Some(a) = is_align(chars[0]) {
            out.align = Some(a);
            pos = 1;
        }
    }
    if let Some(&c) = chars.get(pos) {
        let sign = match c {
            '+' => Some(Sign::Plus),
            '-' => Some(Sign::Minus),
            ' ' => Some(Sign::Space),
            _ => None,
        };
        if let Some(s) = sign {
            out.sign = s;
            pos += 1;
        }
    }
    if chars.get(pos) == Some(&'z') {
        out.no_neg_zero = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        out.alternate = true;
        pos += 1;
    }
    if !fill_specified && chars.get(pos) == Some(&'0') {
        out.fill = '0';
        out.zero_pad = true;
        pos += 1;
    }
    out.width = get_integer(&chars, &mut pos)?;
    if chars.get(pos) == Some(&',') {
        out.grouping = Some(',');
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if out.grouping.is_some() {
            return Err("Cannot specify both ',' and '_'.".to_string());
        }
        out.grouping = Some('_');
        pos += 1;
    }
    if chars.get(pos) == Some(&',') && out.grouping == Some('_') {
        return Err("Cannot specify both ',' and '_'.".to_string());
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        match get_integer(&chars, &mut pos)? {
            Some(p) => out.precision = Some(p),
            None => return Err("Format specifier missing precision".to_string()),
        }
    }
    if end - pos > 1 {
        return Err(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec,
            short_type_name(type_name)
        ));
    }
    if let Some(&c) = chars.get(pos) {
        out.ty = Some(c);
        check_grouping(&out, c)?;
    }
    Ok(out)
}

/// Validates the grouping option against the (effective) presentation type;
/// returns the group size (3, or 4 for `_` with `b`, `o`, `x`, `X`).
fn check_grouping(spec: &FormatSpec, ty: char) -> Result<Option<usize>, String> {
    let Some(g) = spec.grouping else {
        return Ok(None);
    };
    match ty {
        'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Ok(Some(3)),
        'b' | 'o' | 'x' | 'X' if g == '_' => Ok(Some(4)),
        _ => Err(format!(
            "Cannot specify '{}' with '{}'.",
            g,
            show_type_char(ty)
        )),
    }
}

/// A string builder that reports allocation failure instead of aborting.
fn with_capacity(n: usize) -> Result<String, String> {
    let mut s = String::new();
    s.try_reserve(n)
        .map_err(|_| MEMORY_ERROR_MESSAGE.to_string())?;
    Ok(s)
}

fn push_repeat(out: &mut String, c: char, n: usize) -> Result<(), String> {
    out.try_reserve(n.saturating_mul(c.len_utf8()))
        .map_err(|_| MEMORY_ERROR_MESSAGE.to_string())?;
    for _ in 0..n {
        out.push(c);
    }
    Ok(())
}

/// CPython's `_PyUnicode_InsertThousandsGrouping`: groups `digits` (ASCII)
/// from the right with `sep` every `group` digits (no grouping if `None`),
/// padding with zeros (which are grouped too) to at least `min_width`.
fn insert_grouping(
    digits: &str,
    min_width: i64,
    grouping: Option<(char, usize)>,
) -> Result<String, String> {
    /// Appends one group, reversed: separator, digits, then zero padding.
    fn emit(
        rev: &mut Vec<u8>,
        digits: &[u8],
        pos: &mut usize,
        n_chars: i64,
        n_zeros: i64,
        sep: Option<u8>,
    ) {
        rev.extend(sep);
        let start = *pos - n_chars as usize;
        rev.extend(digits[start..*pos].iter().rev());
        *pos = start;
        rev.extend(std::iter::repeat_n(b'0', n_zeros as usize));
    }
    let digits = digits.as_bytes();
    let mut min_width = min_width.max(0);
    let group = grouping.map_or(0, |(_, g)| g.max(1));
    let sep = grouping.map(|(c, _)| u8::try_from(c).unwrap_or(b','));
    // Every output position is a digit, a padding zero or a separator.
    let span = usize::try_from(min_width)
        .unwrap_or(usize::MAX)
        .max(digits.len());
    let bound = span.saturating_add(span / group.max(1)).saturating_add(2);
    let mut rev: Vec<u8> = Vec::new();
    rev.try_reserve(bound)
        .map_err(|_| MEMORY_ERROR_MESSAGE.to_string())?;
    let mut remaining = digits.len() as i64;
    let mut pos = digits.len();
    let mut use_sep = false;
    let mut finished = false;
    if group > 0 {
        let group = group as i64;
        loop {
            let len = group.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            emit(
                &mut rev,
                digits,
                &mut pos,
                n_chars,
                n_zeros,
                sep.filter(|_| use_sep),
            );
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                finished = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !finished {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        emit(
            &mut rev,
            digits,
            &mut pos,
            n_chars,
            n_zeros,
            sep.filter(|_| use_sep),
        );
    }
    Ok(rev.iter().rev().map(|&b| b as char).collect())
}

/// The pieces of a formatted number before padding.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    has_decimal: bool,
    remainder: &'a str,
}

/// CPython's `calc_number_widths` + `fill_number`.
fn layout_number(
    parts: &NumberParts<'_>,
    spec: &FormatSpec,
    align: Align,
    grouping: Option<(char, usize)>,
) -> Result<String, String> {
    let sign = match spec.sign {
        Sign::Plus => Some(if parts.negative { '-' } else { '+' }),
        Sign::Space => Some(if parts.negative { '-' } else { ' ' }),
        Sign::Default | Sign::Minus => parts.negative.then_some('-'),
    };
    let n_prefix = parts.prefix.chars().count() as i64;
    let n_remainder = parts.remainder.chars().count() as i64;
    let n_non_digit =
        i64::from(sign.is_some()) + n_prefix + i64::from(parts.has_decimal) + n_remainder;
    let width = spec
        .width
        .map(|w| i64::try_from(w).unwrap_or(i64::MAX))
        .unwrap_or(-1);
    let min_width = if spec.fill == '0' && align == Align::AfterSign {
        width.saturating_sub(n_non_digit)
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        insert_grouping(parts.digits, min_width, grouping)?
    };
    let n_grouped = grouped.len() as i64; // ASCII only
    let n_padding = width.saturating_sub(n_non_digit + n_grouped);
    let (mut lpad, mut spad, mut rpad) = (0i64, 0i64, 0i64);
    if n_padding > 0 {
        match align {
            Align::Left => rpad = n_padding,
            Align::Center => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            Align::AfterSign => spad = n_padding,
            Align::Right => lpad = n_padding,
        }
    }
    let total = (n_non_digit + n_grouped + n_padding.max(0)) as usize;
    let mut out = with_capacity(total.saturating_mul(spec.fill.len_utf8()))?;
    push_repeat(&mut out, spec.fill, lpad as usize)?;
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(parts.prefix);
    push_repeat(&mut out, spec.fill, spad as usize)?;
    out.push_str(&grouped);
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_repeat(&mut out, spec.fill, rpad as usize)?;
    Ok(out)
}

/// The alignment a number uses when none is given.
fn number_align(spec: &FormatSpec) -> Align {
    spec.align.unwrap_or(if spec.zero_pad {
        Align::AfterSign
    } else {
        Align::Right
    })
}

/// Formats an int like `int.__format__` (types `b c d o x X n`, none, and
/// the float types `e E f F g G %` after conversion to float).
pub fn format_int(value: &BigInt, spec: &FormatSpec) -> Result<String, String> {
    format_int_typed(value, spec, "int")
}

/// [`format_int`] for an object whose type is named `type_name` (e.g.
/// `bool`), as it appears in "Unknown format code" messages.
pub fn format_int_typed(
    value: &BigInt,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('d');
    check_grouping(spec, ty)?;
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long_internal(value, spec, ty),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = bigint_to_f64(value).map_err(|e| e.message())?;
            format_float_internal(f, spec, Some(ty))
        }
        _ => Err(unknown_type_error(ty, type_name)),
    }
}

fn format_long_internal(value: &BigInt, spec: &FormatSpec, ty: char) -> Result<String, String> {
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".to_string());
    }
    if spec.no_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in integer format specifier".to_string(),
        );
    }
    let align = number_align(spec);
    if ty == 'c' {
        if spec.sign != Sign::Default {
            return Err("Sign not allowed with integer format specifier 'c'".to_string());
        }
        if spec.alternate {
            return Err(
                "Alternate form (#) not allowed with integer format specifier 'c'".to_string(),
            );
        }
        let x = value
            .to_i64()
            .ok_or_else(|| "Python int too large to convert to C long".to_string())?;
        if !(0..=0x10ffff).contains(&x) {
            return Err("%c arg not in range(0x110000)".to_string());
        }
        let c = u32::try_from(x)
            .ok()
            .and_then(char::from_u32)
            .ok_or_else(|| "%c arg is a surrogate code point, not supported".to_string())?;
        let remainder = c.to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: &remainder,
        };
        return layout_number(&parts, spec, align, None);
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = value.magnitude().to_str_radix(base);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let grouping = if ty == 'n' {
        None
    } else {
        check_grouping(spec, ty)?
            .zip(spec.grouping)
            .map(|(n, c)| (c, n))
    };
    let parts = NumberParts {
        negative: value.sign() == BigSign::Minus,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    layout_number(&parts, spec, align, grouping)
}

/// Formats a float like `float.__format__` (types `e E f F g G n %` and
/// none).
pub fn format_float(value: f64, spec: &FormatSpec) -> Result<String, String> {
    format_float_typed(value, spec, "float")
}

/// [`format_float`] for an object whose type is named `type_name`.
pub fn format_float_typed(
    value: f64,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, String> {
    let ty = spec.ty;
    check_grouping(spec, ty.unwrap_or('\0'))?;
    match ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_internal(value, spec, ty)
        }
        Some(t) => Err(unknown_type_error(t, type_name)),
    }
}

fn format_float_internal(
    value: f64,
    spec: &FormatSpec,
    ty: Option<char>,
) -> Result<String, String> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".to_string());
    }
    let mut flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_zero: spec.no_neg_zero,
        ..DtoaFlags::default()
    };
    let mut default_precision = 6;
    let mut val = value;
    let mut add_pct = false;
    let (mut format, upper) = match ty {
        None => {
            flags.add_dot_0 = true;
            default_precision = 0;
            (FloatFormat::Repr, false)
        }
        Some('e') => (FloatFormat::Exponent, false),
        Some('E') => (FloatFormat::Exponent, true),
        Some('f') => (FloatFormat::Fixed, false),
        Some('F') => (FloatFormat::Fixed, true),
        Some('%') => {
            val *= 100.0;
            add_pct = true;
            (FloatFormat::Fixed, false)
        }
        Some('G') => (FloatFormat::General, true),
        // 'g' and 'n'
        Some(_) => (FloatFormat::General, false),
    };
    let precision = match spec.precision {
        Some(p) => {
            if format == FloatFormat::Repr {
                format = FloatFormat::General;
            }
            p
        }
        None => default_precision,
    };
    let mut buf = double_to_string(val, format, precision, upper, flags);
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    let n_int = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_int);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let grouping = if ty == Some('n') {
        None
    } else {
        spec.grouping.map(|c| (c, 3))
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    layout_number(&parts, spec, number_align(spec), grouping)
}

/// Formats a str like `str.__format__` (type `s` or none): precision
/// truncates, width/fill/alignment count characters.
pub fn format_str(value: &str, spec: &FormatSpec) -> Result<String, String> {
    format_str_typed(value, spec, "str")
}

/// [`format_str`] for an object whose type is named `type_name`.
pub fn format_str_typed(value: &str, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('s');
    check_grouping(spec, ty)?;
    if ty != 's' {
        return Err(unknown_type_error(ty, type_name));
    }
    match spec.sign {
        Sign::Default => {}
        Sign::Space => return Err("Space not allowed in string format specifier".to_string()),
        Sign::Plus | Sign::Minus => {
            return Err("Sign not allowed in string format specifier".to_string())
        }
    }
    if spec.no_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in string format specifier".to_string(),
        );
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".to_string());
    }
    let align = spec.align.unwrap_or(Align::Left);
    if align == Align::AfterSign {
        return Err("'=' alignment not allowed in string format specifier".to_string());
    }
    let mut text = value;
    let mut len = value.chars().count();
    if let Some(p) = spec.precision {
        if len > p {
            let cut = value.char_indices().nth(p).map_or(value.len(), |(i, _)| i);
            text = &value[..cut];
            len = p;
        }
    }
    let width = spec.width.unwrap_or(0);
    if width <= len {
        return Ok(text.to_string());
    }
    let pad = width - len;
    let lpad = match align {
        Align::Right => pad,
        Align::Center => pad / 2,
        Align::Left | Align::AfterSign => 0,
    };
    let mut out = with_capacity(
        text.len()
            .saturating_add(pad.saturating_mul(spec.fill.len_utf8())),
    )?;
    push_repeat(&mut out, spec.fill, lpad)?;
    out.push_str(text);
    push_repeat(&mut out, spec.fill, pad - lpad)?;
    Ok(out)
}

/// Splits a formatted float into [`NumberParts`] (sign, integer digits,
/// decimal point, remainder).
fn float_parts(buf: &str) -> NumberParts<'_> {
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf),
    };
    let n_int = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_int);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    }
}

/// Formats a complex number like `complex.__format__` (CPython's
/// `format_complex_internal`): both parts with the float presentation
/// types, the imaginary part always signed unless the real part is
/// omitted, the whole padded as one field. With no type, the result looks
/// like `repr()`: parentheses unless the real part is a positive zero.
pub fn format_complex(re: f64, im: f64, spec: &FormatSpec) -> Result<String, String> {
    if spec.fill == '0' {
        return Err("Zero padding is not allowed in complex format specifier".to_string());
    }
    if spec.align == Some(Align::AfterSign) {
        return Err("'=' alignment flag is not allowed in complex format specifier".to_string());
    }
    let ty = spec.ty;
    check_grouping(spec, ty.unwrap_or('\0'))?;
    let (mut format, upper) = match ty {
        None => (FloatFormat::Repr, false),
        Some('e') => (FloatFormat::Exponent, false),
        Some('E') => (FloatFormat::Exponent, true),
        Some('f') => (FloatFormat::Fixed, false),
        Some('F') => (FloatFormat::Fixed, true),
        Some('g' | 'n') => (FloatFormat::General, false),
        Some('G') => (FloatFormat::General, true),
        Some(t) => return Err(unknown_type_error(t, "complex")),
    };
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".to_string());
    }
    let (mut skip_re, mut add_parens) = (false, false);
    let mut default_precision = 6;
    if ty.is_none() {
        default_precision = 0;
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            add_parens = true;
        }
    }
    let precision = match spec.precision {
        Some(p) => {
            if format == FloatFormat::Repr {
                format = FloatFormat::General;
            }
            p
        }
        None => default_precision,
    };
    let flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_zero: spec.no_neg_zero,
        ..DtoaFlags::default()
    };
    let re_buf = double_to_string(re, format, precision, upper, flags);
    let im_buf = double_to_string(im, format, precision, upper, flags);
    let grouping = if ty == Some('n') {
        None
    } else {
        spec.grouping.map(|c| (c, 3))
    };
    let mut part_spec = spec.clone();
    part_spec.fill = ' ';
    part_spec.width = None;
    part_spec.align = Some(Align::Left);
    let re_s = if skip_re {
        String::new()
    } else {
        layout_number(&float_parts(&re_buf), &part_spec, Align::Left, grouping)?
    };
    if !skip_re {
        part_spec.sign = Sign::Plus;
    }
    let im_s = layout_number(&float_parts(&im_buf), &part_spec, Align::Left, grouping)?;
    let mut body = String::new();
    if add_parens {
        body.push('(');
    }
    body.push_str(&re_s);
    body.push_str(&im_s);
    body.push('j');
    if add_parens {
        body.push(')');
    }
    let len = body.chars().count();
    let width = spec.width.unwrap_or(0);
    if width <= len {
        return Ok(body);
    }
    let pad = width - len;
    let lpad = match spec.align.unwrap_or(Align::Right) {
        Align::Right | Align::AfterSign => pad,
        Align::Center => pad / 2,
        Align::Left => 0,
    };
    let mut out = with_capacity(
        body.len()
            .saturating_add(pad.saturating_mul(spec.fill.len_utf8())),
    )?;
    push_repeat(&mut out, spec.fill, lpad)?;
    out.push_str(&body);
    push_repeat(&mut out, spec.fill, pad - lpad)?;
    Ok(out)
}

/// `format(complex_value, spec)` end to end, with `repr_text` (the
/// complex's `str()`) for an empty spec.
pub fn format_complex_with_spec(
    re: f64,
    im: f64,
    spec: &str,
    repr_text: &str,
) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(repr_text.to_string());
    }
    let parsed = parse_format_spec_for(spec, "complex")?;
    format_complex(re, im, &parsed)
}

/// `format(int_value, spec)` end to end: an empty spec gives `str(value)`;
/// otherwise the spec is parsed and applied, with `type_name` in messages.
pub fn format_int_with_spec(value: &BigInt, spec: &str, type_name: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(value.to_string());
    }
    let parsed = parse_format_spec_for(spec, type_name)?;
    format_int_typed(value, &parsed, type_name)
}

/// `format(float_value, spec)` end to end: an empty spec gives `str(value)`.
pub fn format_float_with_spec(value: f64, spec: &str, type_name: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(super::float_repr::float_repr(value));
    }
    let parsed = parse_format_spec_for(spec, type_name)?;
    format_float_typed(value, &parsed, type_name)
}

/// `format(str_value, spec)` end to end: an empty spec gives the string.
pub fn format_str_with_spec(value: &str, spec: &str, type_name: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(value.to_string());
    }
    let parsed = parse_format_spec_for(spec, type_name)?;
    format_str_typed(value, &parsed, type_name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fi(v: i64, spec: &str) -> Result<String, String> {
        format_int_with_spec(&BigInt::from(v), spec, "int")
    }
    fn ff(v: f64, spec: &str) -> Result<String, String> {
        format_float_with_spec(v, spec, "float")
    }
    fn fs(v: &str, spec: &str) -> Result<String, String> {
        format_str_with_spec(v, spec, "str")
    }
    fn ok(s: &str) -> Result<String, String> {
        Ok(s.to_string())
    }
    fn err(s: &str) -> Result<String, String> {
        Err(s.to_string())
    }

    #[test]
    fn parse_fields() {
        let s = parse_format_spec("*^+z#012_.3f").unwrap();
        assert_eq!(s.fill, '*');
        assert_eq!(s.align, Some(Align::Center));
        assert_eq!(s.sign, Sign::Plus);
        assert!(s.no_neg_zero && s.alternate);
        assert!(!s.zero_pad);
        assert_eq!(s.width, Some(12));
        assert_eq!(s.grouping, Some('_'));
        assert_eq!(s.precision, Some(3));
        assert_eq!(s.ty, Some('f'));
        let s = parse_format_spec("010").unwrap();
        assert!(s.zero_pad);
        assert_eq!(s.fill, '0');
        assert_eq!(s.width, Some(10));
        assert_eq!(s.align, None);
    }

    #[test]
    fn parse_errors() {
        // All messages from python3 3.11.
        assert_eq!(fi(1, ",_"), err("Cannot specify both ',' and '_'."));
        assert_eq!(fi(1, "_,"), err("Cannot specify both ',' and '_'."));
        assert_eq!(fi(1, ",,"), err("Cannot specify ',' with ','."));
        assert_eq!(
            fi(1, ",,x"),
            err("Invalid format specifier ',,x' for object of type 'int'")
        );
        assert_eq!(fi(1, "."), err("Format specifier missing precision"));
        assert_eq!(
            fi(1, "xx"),
            err("Invalid format specifier 'xx' for object of type 'int'")
        );
        assert_eq!(
            fs("a", "xx"),
            err("Invalid format specifier 'xx' for object of type 'str'")
        );
        assert_eq!(
            format_int_with_spec(&BigInt::from(1), "z+c", "bool"),
            err("Invalid format specifier 'z+c' for object of type 'bool'")
        );
        assert_eq!(
            fi(1, "10000000000000000000000"),
            err("Too many decimal digits in format string")
        );
        assert_eq!(
            ff(1.0, ".10000000000000000000000"),
            err("Too many decimal digits in format string")
        );
        assert_eq!(fi(1, ",x"), err("Cannot specify ',' with 'x'."));
        assert_eq!(fi(1, ",c"), err("Cannot specify ',' with 'c'."));
        assert_eq!(fi(1, "_n"), err("Cannot specify '_' with 'n'."));
        assert_eq!(fi(1, ",\u{e9}"), err("Cannot specify ',' with '\\xe9'."));
        assert_eq!(fs("abc", ","), err("Cannot specify ',' with 's'."));
        assert_eq!(fs("abc", "_"), err("Cannot specify '_' with 's'."));
        // Unicode decimal digits are widths: format(1, '\u0665') == '    1'
        assert_eq!(fi(1, "\u{665}"), ok("    1"));
        assert_eq!(fi(1, "0\u{665}"), ok("00001"));
    }

    #[test]
    fn int_errors() {
        assert_eq!(
            fi(1, "s"),
            err("Unknown format code 's' for object of type 'int'")
        );
        assert_eq!(
            format_int_with_spec(&BigInt::from(1), "s", "bool"),
            err("Unknown format code 's' for object of type 'bool'")
        );
        assert_eq!(
            fi(1, "\x01"),
            err("Unknown format code '\\x1' for object of type 'int'")
        );
        assert_eq!(
            fi(1, "\u{e9}"),
            err("Unknown format code '\\xe9' for object of type 'int'")
        );
        assert_eq!(
            fi(1, "\x7f"),
            err("Unknown format code '\x7f' for object of type 'int'")
        );
        assert_eq!(
            fi(1, ".2"),
            err("Precision not allowed in integer format specifier")
        );
        assert_eq!(
            fi(1, "z.2"),
            err("Precision not allowed in integer format specifier")
        );
        assert_eq!(
            fi(1, "z"),
            err("Negative zero coercion (z) not allowed in integer format specifier")
        );
        assert_eq!(
            fi(1, "+zc"),
            err("Negative zero coercion (z) not allowed in integer format specifier")
        );
        assert_eq!(
            fi(1, "+c"),
            err("Sign not allowed with integer format specifier 'c'")
        );
        assert_eq!(
            fi(1, "#c"),
            err("Alternate form (#) not allowed with integer format specifier 'c'")
        );
        assert_eq!(fi(0x110000, "c"), err("%c arg not in range(0x110000)"));
        assert_eq!(fi(-1, "c"), err("%c arg not in range(0x110000)"));
        let big = BigInt::from(1) << 70;
        assert_eq!(
            format_int_with_spec(&big, "c", "int"),
            err("Python int too large to convert to C long")
        );
        let huge = BigInt::from(1) << 1100;
        let e = format_int_with_spec(&huge, "f", "int").unwrap_err();
        assert_eq!(e, "int too large to convert to float");
        assert_eq!(format_error_kind(&e), FormatErrorKind::Overflow);
        assert_eq!(
            format_error_kind("Precision not allowed in integer format specifier"),
            FormatErrorKind::Value
        );
    }

    #[test]
    fn int_formats() {
        // Expected values from python3 format().
        assert_eq!(fi(1234, "010,"), ok("00,001,234"));
        assert_eq!(fi(1234, "08,"), ok("0,001,234"));
        assert_eq!(fi(1234, "09,"), ok("0,001,234"));
        assert_eq!(fi(1234, "0=10,"), ok("00,001,234"));
        assert_eq!(fi(1234, "x=10,"), ok("xxxxx1,234"));
        assert_eq!(fi(1234, "x<10,"), ok("1,234xxxxx"));
        assert_eq!(fi(1234, "x^10,"), ok("xx1,234xxx"));
        assert_eq!(fi(-1234, "x^11,"), ok("xx-1,234xxx"));
        assert_eq!(fi(1234, "0>10,"), ok("000001,234"));
        assert_eq!(fi(1234, "+010"), ok("+000001234"));
        assert_eq!(fi(1234, " "), ok(" 1234"));
        assert_eq!(fi(-5, "="), ok("-5"));
        assert_eq!(fi(-255, "#010x"), ok("-0x00000ff"));
        assert_eq!(fi(255, "#X"), ok("0XFF"));
        assert_eq!(fi(12345678, "_x"), ok("bc_614e"));
        assert_eq!(fi(12345678, "_b"), ok("1011_1100_0110_0001_0100_1110"));
        assert_eq!(fi(255, "#_b"), ok("0b1111_1111"));
        assert_eq!(fi(1, "#_o"), ok("0o1"));
        assert_eq!(fi(1099511627776, "_d"), ok("1_099_511_627_776"));
        assert_eq!(fi(1234567, "_"), ok("1_234_567"));
        assert_eq!(fi(1234567, "n"), ok("1234567"));
        assert_eq!(fi(1234567, "012n"), ok("000001234567"));
        assert_eq!(fi(65, "05c"), ok("0000A"));
        assert_eq!(fi(65, "<5c"), ok("A    "));
        assert_eq!(fi(0, "d"), ok("0"));
        assert_eq!(fi(-0x1f, "#o"), ok("-0o37"));
        assert_eq!(fi(5, "<05"), ok("50000"));
        assert_eq!(fi(5, "^+7"), ok("  +5   "));
        assert_eq!(fi(1, "%"), ok("100.000000%"));
        assert_eq!(fi(1, "e"), ok("1.000000e+00"));
        assert_eq!(fi(10i64.pow(17) + 1, ".3e"), ok("1.000e+17"));
        assert_eq!(fi(123, ",.2f"), ok("123.00"));
        assert_eq!(fi(1234, "z,.1f"), ok("1,234.0"));
        assert_eq!(fi(1, ""), ok("1"));
        let big: BigInt = "-123456789012345678901234567890".parse().unwrap();
        assert_eq!(
            format_int_with_spec(&big, ",", "int"),
            ok("-123,456,789,012,345,678,901,234,567,890")
        );
        assert_eq!(
            format_int_with_spec(&big, "#x", "int"),
            ok("-0x18ee90ff6c373e0ee4e3f0ad2")
        );
    }

    #[test]
    fn float_formats() {
        // Expected values from python3 format().
        assert_eq!(ff(1.0, ""), ok("1.0"));
        assert_eq!(ff(1e16, ""), ok("1e+16"));
        assert_eq!(ff(1.5, ".3"), ok("1.5"));
        assert_eq!(ff(123456.0, ".3"), ok("1.23e+05"));
        assert_eq!(ff(100.0, ".3"), ok("1e+02"));
        assert_eq!(ff(1.0, ".3"), ok("1.0"));
        assert_eq!(ff(1.0, "#"), ok("1.0"));
        assert_eq!(ff(1.0, "#.3"), ok("1.00"));
        assert_eq!(ff(1.0, "#g"), ok("1.00000"));
        assert_eq!(ff(0.0, "#.0f"), ok("0."));
        assert_eq!(ff(0.0, ".0e"), ok("0e+00"));
        assert_eq!(ff(2.5, ".0f"), ok("2"));
        assert_eq!(ff(0.125, ".2f"), ok("0.12"));
        assert_eq!(ff(2.5, ".0e"), ok("2e+00"));
        assert_eq!(ff(1234.5, ",.2f"), ok("1,234.50"));
        assert_eq!(ff(1234.5, "012,.2f"), ok("0,001,234.50"));
        assert_eq!(ff(1e20, ","), ok("1e+20"));
        assert_eq!(ff(1.0, "n"), ok("1"));
        assert_eq!(ff(1234567.0, "n"), ok("1.23457e+06"));
        assert_eq!(ff(0.0001, ""), ok("0.0001"));
        assert_eq!(ff(0.00001, ""), ok("1e-05"));
        assert_eq!(ff(1e-5, ".3"), ok("1e-05"));
        assert_eq!(ff(f64::INFINITY, "010"), ok("0000000inf"));
        assert_eq!(ff(f64::NEG_INFINITY, "010,"), ok("-000000inf"));
        assert_eq!(ff(f64::NAN, "%"), ok("nan%"));
        assert_eq!(ff(f64::INFINITY, "F"), ok("INF"));
        assert_eq!(ff(f64::NAN, "+"), ok("+nan"));
        assert_eq!(ff(-0.0, "z"), ok("0.0"));
        assert_eq!(ff(-0.0, ""), ok("-0.0"));
        assert_eq!(ff(-0.0, "z.1f"), ok("0.0"));
        assert_eq!(ff(-0.001, "z.1f"), ok("0.0"));
        assert_eq!(ff(-0.001, ".1f"), ok("-0.0"));
        assert_eq!(ff(-0.0, "zg"), ok("0"));
        assert_eq!(ff(1.5, "zf"), ok("1.500000"));
        assert_eq!(ff(1.0, "="), ok("1.0"));
        assert_eq!(ff(-1.5, "=+8"), ok("-    1.5"));
        assert_eq!(ff(-1.5, "08.2f"), ok("-0001.50"));
        assert_eq!(ff(12.5, "%"), ok("1250.000000%"));
        assert_eq!(ff(0.5, ".0%"), ok("50%"));
        assert_eq!(ff(1e300, ".3E"), ok("1.000E+300"));
        assert_eq!(ff(3.25159, "*^12.3f"), ok("***3.252****"));
        assert_eq!(ff(123456789.0, "_.1f"), ok("123_456_789.0"));
        assert_eq!(ff(1e16, "#"), ok("1.e+16"));
        assert_eq!(ff(1e16, ".17"), ok("1e+16"));
        assert_eq!(ff(0.1, ".17g"), ok("0.10000000000000001"));
        assert_eq!(
            ff(1.0, "s"),
            err("Unknown format code 's' for object of type 'float'")
        );
        assert_eq!(
            ff(1.0, "d"),
            err("Unknown format code 'd' for object of type 'float'")
        );
        assert_eq!(ff(1.0, ".2147483648f"), err("precision too big"));
        let s = ff(1.5e300, ",f").unwrap();
        assert!(s.starts_with("1,500,000,000,000,000,078,757,140,382,806,630,373"));
        assert!(s.ends_with(",810,240.000000"));
    }

    #[test]
    fn str_formats() {
        assert_eq!(fs("ab", "05"), ok("ab000"));
        assert_eq!(fs("ab", "<05"), ok("ab000"));
        assert_eq!(fs("abc", ".1"), ok("a"));
        assert_eq!(fs("abc", "^7"), ok("  abc  "));
        assert_eq!(fs("abc", "x^8.2"), ok("xxxabxxx"));
        assert_eq!(fs("abc", ">5s"), ok("  abc"));
        assert_eq!(
            fs("h\u{e9}llo", "\u{e9}^9.3"),
            ok("\u{e9}\u{e9}\u{e9}h\u{e9}l\u{e9}\u{e9}\u{e9}")
        );
        assert_eq!(fs("abc", ".2147483648"), ok("abc"));
        // python3 raises MemoryError for these (and hangs on the grouped one).
        let e = fs("a", "9223372036854775807").unwrap_err();
        assert_eq!(format_error_kind(&e), FormatErrorKind::Memory);
        let e = fi(1, "9223372036854775807").unwrap_err();
        assert_eq!(format_error_kind(&e), FormatErrorKind::Memory);
        let e = fi(1, "09223372036854775807,").unwrap_err();
        assert_eq!(format_error_kind(&e), FormatErrorKind::Memory);
        let e = ff(1.0, "9223372036854775807").unwrap_err();
        assert_eq!(format_error_kind(&e), FormatErrorKind::Memory);
        assert_eq!(fs("abc", ""), ok("abc"));
        assert_eq!(
            fs("a", "d"),
            err("Unknown format code 'd' for object of type 'str'")
        );
        assert_eq!(
            fs("a", "+"),
            err("Sign not allowed in string format specifier")
        );
        assert_eq!(
            fs("a", "-"),
            err("Sign not allowed in string format specifier")
        );
        assert_eq!(
            fs("a", " "),
            err("Space not allowed in string format specifier")
        );
        assert_eq!(
            fi(65, " c"),
            err("Sign not allowed with integer format specifier 'c'")
        );
        assert_eq!(
            fs("a", "+z"),
            err("Sign not allowed in string format specifier")
        );
        assert_eq!(
            fs("a", "z#"),
            err("Negative zero coercion (z) not allowed in string format specifier")
        );
        assert_eq!(
            fs("a", "#"),
            err("Alternate form (#) not allowed in string format specifier")
        );
        assert_eq!(
            fs("a", "="),
            err("'=' alignment not allowed in string format specifier")
        );
        assert_eq!(
            fs("a", "0=5"),
            err("'=' alignment not allowed in string format specifier")
        );
    }
}

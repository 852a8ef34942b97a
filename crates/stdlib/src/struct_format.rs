//! Struct format strings: parsing (byte order prefix, repeat counts,
//! codes, whitespace), sizes and native alignment, and the byte-level
//! encoding of each code — CPython 3.11's `_struct` rules, including its
//! per-table range checks and their messages.
//!
//! Invariant: a [`Layout`]'s items are in format order with their byte
//! offsets; `size` is the total size and `nargs` the number of values
//! packed or unpacked.

/// Which of CPython's three code tables applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Table {
    /// `@` (or no prefix): native sizes, alignment and byte order.
    Native,
    /// `<` and `=` (on a little-endian machine): standard sizes.
    Little,
    /// `>` and `!`: standard sizes, big-endian.
    Big,
}

/// One code of a format with its repeat count.
#[derive(Clone, Copy, Debug)]
pub struct Item {
    /// The code character.
    pub code: u8,
    /// Repeat count (the byte length for `s` and `p`).
    pub count: usize,
    /// Offset of the first element.
    pub offset: usize,
    /// Size of one element (1 for `s`, `p`, `x`).
    pub size: usize,
}

/// A parsed format.
#[derive(Clone, Debug)]
pub struct Layout {
    pub table: Table,
    pub items: Vec<Item>,
    pub size: usize,
    pub nargs: usize,
}

/// Size and alignment of `code` in `table`, or `None` for a bad char.
fn code_size(code: u8, table: Table) -> Option<(usize, usize)> {
    let size = match (code, table) {
        (b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p', _) => 1,
        (b'h' | b'H' | b'e', _) => 2,
        (b'i' | b'I' | b'f', _) => 4,
        (b'q' | b'Q' | b'd', _) => 8,
        (b'l' | b'L', Table::Native) => 8,
        (b'l' | b'L', _) => 4,
        (b'n' | b'N' | b'P', Table::Native) => 8,
        _ => return None,
    };
    let align = if table == Table::Native { size } else { 1 };
    Some((size, align))
}

/// Parses `fmt`; the error is the struct.error message.
pub fn parse(fmt: &[u8]) -> Result<Layout, &'static str> {
    const TOO_LONG: &str = "total struct size too long";
    let (table, body) = match fmt.first() {
        Some(b'@') => (Table::Native, &fmt[1..]),
        Some(b'<' | b'=') => (Table::Little, &fmt[1..]),
        Some(b'>' | b'!') => (Table::Big, &fmt[1..]),
        _ => (Table::Native, fmt),
    };
    let mut items = Vec::new();
    let mut size: usize = 0;
    let mut nargs = 0usize;
    let mut i = 0;
    while i < body.len() {
        let mut c = body[i];
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let count = if c.is_ascii_digit() {
            let mut num = (c - b'0') as usize;
            loop {
                let Some(&d) = body.get(i) else {
                    return Err("repeat count given without format specifier");
                };
                i += 1;
                if !d.is_ascii_digit() {
                    c = d;
                    break;
                }
                num = num
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((d - b'0') as usize))
                    .filter(|n| *n <= isize::MAX as usize)
                    .ok_or(TOO_LONG)?;
            }
            num
        } else {
            1
        };
        let (esize, align) = code_size(c, table).ok_or("bad char in struct format")?;
        if align > 1 && size > 0 {
            size += (align - 1) - (size - 1) % align;
        }
        let offset = size;
        let bytes = match c {
            b's' | b'p' | b'x' => count,
            _ => count.checked_mul(esize).ok_or(TOO_LONG)?,
        };
        size = size
            .checked_add(bytes)
            .filter(|s| *s <= isize::MAX as usize)
            .ok_or(TOO_LONG)?;
        nargs += match c {
            b's' | b'p' => 1,
            b'x' => 0,
            _ => count,
        };
        items.push(Item {
            code: c,
            count,
            offset,
            size: if matches!(c, b's' | b'p' | b'x') {
                1
            } else {
                esize
            },
        });
    }
    Ok(Layout {
        table,
        items,
        size,
        nargs,
    })
}

/// Why an integer cannot be packed.
#[derive(Debug, PartialEq, Eq)]
pub enum IntError {
    /// struct.error with this message.
    Message(String),
}

/// Checks that `n` (`None`: beyond the i128 range) fits `code` in
/// `table`, in CPython's order, returning it as an i128.
pub fn check_int(n: Option<i128>, code: u8, table: Table) -> Result<i128, IntError> {
    let msg = |s: &str| Err(IntError::Message(s.to_string()));
    let in_i64 = n.filter(|x| (i64::MIN as i128..=i64::MAX as i128).contains(x));
    let in_u64 = n.filter(|x| (0..=u64::MAX as i128).contains(x));
    const OOR: &str = "argument out of range";
    const TOO_LARGE: &str = "int too large to convert";
    let std_size_l = table != Table::Native;
    match code {
        b'b' => {
            let Some(x) = in_i64 else { return msg(OOR) };
            if !(-128..=127).contains(&x) {
                return msg("byte format requires -128 <= number <= 127");
            }
            Ok(x)
        }
        b'B' => {
            let Some(x) = in_i64 else { return msg(OOR) };
            if !(0..=255).contains(&x) {
                return msg("ubyte format requires 0 <= number <= 255");
            }
            Ok(x)
        }
        b'h' => {
            let Some(x) = in_i64 else { return msg(OOR) };
            if !(i16::MIN as i128..=i16::MAX as i128).contains(&x) {
                return msg(if table == Table::Big {
                    "'h' format requires -32768 <= number <= 32767"
                } else {
                    "short format requires -32768 <= number <= 32767"
                });
            }
            Ok(x)
        }
        b'H' if table == Table::Big => {
            let Some(x) = in_u64 else { return msg(OOR) };
            if x > u16::MAX as i128 {
                return msg("'H' format requires 0 <= number <= 65535");
            }
            Ok(x)
        }
        b'H' => {
            let Some(x) = in_i64 else { return msg(OOR) };
            if !(0..=u16::MAX as i128).contains(&x) {
                return msg("ushort format requires 0 <= number <= 65535");
            }
            Ok(x)
        }
        b'i' | b'l' if code == b'i' || std_size_l => {
            let Some(x) = in_i64 else { return msg(OOR) };
            if !(i32::MIN as i128..=i32::MAX as i128).contains(&x) {
                return msg(&format!(
                    "'{}' format requires -2147483648 <= number <= 2147483647",
                    code as char
                ));
            }
            Ok(x)
        }
        b'I' | b'L' if code == b'I' || std_size_l => {
            let Some(x) = in_u64 else { return msg(OOR) };
            if x > u32::MAX as i128 {
                return msg(&format!(
                    "'{}' format requires 0 <= number <= 4294967295",
                    code as char
                ));
            }
            Ok(x)
        }
        b'q' if table == Table::Big => in_i64.ok_or_else(|| IntError::Message(TOO_LARGE.into())),
        b'Q' if table == Table::Big => in_u64.ok_or_else(|| IntError::Message(TOO_LARGE.into())),
        b'l' | b'q' | b'n' => in_i64.ok_or_else(|| IntError::Message(OOR.into())),
        b'L' | b'Q' | b'N' => in_u64.ok_or_else(|| IntError::Message(OOR.into())),
        b'P' => n
            .filter(|x| (i64::MIN as i128..=u64::MAX as i128).contains(x))
            .ok_or_else(|| IntError::Message(TOO_LARGE.into())),
        _ => msg("bad char in struct format"),
    }
}

/// Whether `code` reads as a signed integer.
pub fn is_signed(code: u8) -> bool {
    matches!(code, b'b' | b'h' | b'i' | b'l' | b'q' | b'n')
}

/// Writes the low `out.len()` bytes of `x` in the table's byte order.
pub fn put_int(out: &mut [u8], x: i128, table: Table) {
    let bytes = x.to_le_bytes();
    let n = out.len();
    if table == Table::Big {
        for (i, b) in out.iter_mut().enumerate() {
            *b = bytes[n - 1 - i];
        }
    } else {
        out.copy_from_slice(&bytes[..n]);
    }
}

/// Reads an integer of `b.len()` bytes in the table's byte order.
pub fn get_int(b: &[u8], table: Table, signed: bool) -> i128 {
    let mut v: u128 = 0;
    let n = b.len();
    for i in 0..n {
        let byte = if table == Table::Big {
            b[i]
        } else {
            b[n - 1 - i]
        };
        v = (v << 8) | byte as u128;
    }
    if signed && n > 0 && n < 16 && (v >> (8 * n - 1)) & 1 == 1 {
        (v as i128) - (1i128 << (8 * n))
    } else {
        v as i128
    }
}

/// A float as IEEE half precision, rounded half to even; `None` when it
/// overflows.
pub fn f64_to_f16(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Some(sign);
    }
    // Scale to units of the smallest subnormal (2**-24) or of the
    // mantissa's last place, then round half to even.
    let (e, _) = {
        let (m, e) = crate::math_kernels::frexp(a);
        (e - 1, m)
    };
    let exp = e.max(-14);
    let ulp_exp = exp - 10;
    let scaled = crate::math_kernels::ldexp(a, -(ulp_exp as i64));
    let mut q = scaled.floor();
    let rem = scaled - q;
    if rem > 0.5 || (rem == 0.5 && (q as u64) % 2 == 1) {
        q += 1.0;
    }
    let mut q = q as u64;
    let mut exp = exp;
    if q >= 2048 {
        q >>= 1;
        exp += 1;
    }
    if exp > 15 {
        return None;
    }
    if q < 1024 {
        // Subnormal (exp is -14 here).
        return Some(sign | q as u16);
    }
    Some(sign | (((exp + 15) as u16) << 10) | (q as u16 & 0x3ff))
}

/// An IEEE half-precision value as a float.
pub fn f16_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i64;
    let f = (h & 0x3ff) as f64;
    if e == 0x1f {
        return if f == 0.0 {
            sign * f64::INFINITY
        } else {
            f64::NAN.copysign(sign)
        };
    }
    if e == 0 {
        return sign * crate::math_kernels::ldexp(f, -24);
    }
    sign * crate::math_kernels::ldexp(f + 1024.0, e - 25)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        let size = |f: &str| parse(f.as_bytes()).map(|l| l.size);
        assert_eq!(size("ci"), Ok(8));
        assert_eq!(size("=ci"), Ok(5));
        assert_eq!(size("llh0l"), Ok(24));
        assert_eq!(size("d c"), Ok(9));
        assert_eq!(size("10p"), Ok(10));
        assert_eq!(size("<n"), Err("bad char in struct format"));
        assert_eq!(
            size("12"),
            Err("repeat count given without format specifier")
        );
    }

    #[test]
    fn halves() {
        assert_eq!(f64_to_f16(1.5), Some(0x3e00));
        assert_eq!(f64_to_f16(65519.0), Some(0x7bff));
        assert_eq!(f64_to_f16(65520.0), None);
        assert_eq!(f64_to_f16(6e-8), Some(1));
        assert_eq!(f64_to_f16(1e-8), Some(0));
        assert_eq!(f16_to_f64(0x3c00), 1.0);
        assert_eq!(f16_to_f64(1), 5.960464477539063e-08);
    }

    #[test]
    fn ints() {
        let mut b = [0u8; 2];
        put_int(&mut b, -2, Table::Big);
        assert_eq!(b, [0xff, 0xfe]);
        assert_eq!(get_int(&b, Table::Big, true), -2);
        assert_eq!(get_int(&b, Table::Big, false), 0xfffe);
    }
}

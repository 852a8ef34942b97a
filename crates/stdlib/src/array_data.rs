//! Storage of `array.array`: the typecodes, one native `Vec` per element
//! type (so `array('d')` is a `Vec<f64>`, never boxed objects), and the
//! conversions between Python values and elements with the exact
//! OverflowError/TypeError messages CPython's per-typecode setters give.
//!
//! Invariant: an [`ArrayData`]'s variant always matches its [`Code`]
//! (`b`→I8, `B`→U8, `u`→U32 code points, `h`→I16, `H`→U16, `i`→I32,
//! `I`→U32, `l`/`q`→I64, `L`/`Q`→U64, `f`→F32, `d`→F64).

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use strata_object::payloads::StrObj;
use strata_object::Value;
use strata_tier1::numeric::{as_int, Int};
use strata_tier1::{PyResult, Vm};

/// An array typecode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Code {
    SChar,
    UChar,
    Unicode,
    Short,
    UShort,
    Int,
    UInt,
    Long,
    ULong,
    LongLong,
    ULongLong,
    Float,
    Double,
}

/// The typecodes in CPython's order (`array.typecodes`).
pub const TYPECODES: &str = "bBuhHiIlLqQfd";

impl Code {
    /// The code for typecode character `c`.
    pub fn from_char(c: char) -> Option<Code> {
        Some(match c {
            'b' => Code::SChar,
            'B' => Code::UChar,
            'u' => Code::Unicode,
            'h' => Code::Short,
            'H' => Code::UShort,
            'i' => Code::Int,
            'I' => Code::UInt,
            'l' => Code::Long,
            'L' => Code::ULong,
            'q' => Code::LongLong,
            'Q' => Code::ULongLong,
            'f' => Code::Float,
            'd' => Code::Double,
            _ => return None,
        })
    }

    /// The typecode character.
    pub fn char(self) -> char {
        match self {
            Code::SChar => 'b',
            Code::UChar => 'B',
            Code::Unicode => 'u',
            Code::Short => 'h',
            Code::UShort => 'H',
            Code::Int => 'i',
            Code::UInt => 'I',
            Code::Long => 'l',
            Code::ULong => 'L',
            Code::LongLong => 'q',
            Code::ULongLong => 'Q',
            Code::Float => 'f',
            Code::Double => 'd',
        }
    }

    /// Bytes per element.
    pub fn itemsize(self) -> usize {
        match self {
            Code::SChar | Code::UChar => 1,
            Code::Short | Code::UShort => 2,
            Code::Unicode | Code::Int | Code::UInt | Code::Float => 4,
            Code::Long | Code::ULong | Code::LongLong | Code::ULongLong | Code::Double => 8,
        }
    }

    /// Empty storage for this code.
    pub fn empty(self) -> ArrayData {
        match self {
            Code::SChar => ArrayData::I8(Vec::new()),
            Code::UChar => ArrayData::U8(Vec::new()),
            Code::Short => ArrayData::I16(Vec::new()),
            Code::UShort => ArrayData::U16(Vec::new()),
            Code::Int => ArrayData::I32(Vec::new()),
            Code::Unicode | Code::UInt => ArrayData::U32(Vec::new()),
            Code::Long | Code::LongLong => ArrayData::I64(Vec::new()),
            Code::ULong | Code::ULongLong => ArrayData::U64(Vec::new()),
            Code::Float => ArrayData::F32(Vec::new()),
            Code::Double => ArrayData::F64(Vec::new()),
        }
    }
}

/// The elements of an array.
#[derive(Clone, Debug, PartialEq)]
pub enum ArrayData {
    I8(Vec<i8>),
    U8(Vec<u8>),
    I16(Vec<i16>),
    U16(Vec<u16>),
    I32(Vec<i32>),
    U32(Vec<u32>),
    I64(Vec<i64>),
    U64(Vec<u64>),
    F32(Vec<f32>),
    F64(Vec<f64>),
}

/// Runs `$body` with `$v` bound to the typed vector inside `$data`
/// (by reference or by mutable reference, as `$data` is).
#[macro_export]
macro_rules! with_vec {
    ($data:expr, $v:ident => $body:expr) => {
        match $data {
            $crate::array_data::ArrayData::I8($v) => $body,
            $crate::array_data::ArrayData::U8($v) => $body,
            $crate::array_data::ArrayData::I16($v) => $body,
            $crate::array_data::ArrayData::U16($v) => $body,
            $crate::array_data::ArrayData::I32($v) => $body,
            $crate::array_data::ArrayData::U32($v) => $body,
            $crate::array_data::ArrayData::I64($v) => $body,
            $crate::array_data::ArrayData::U64($v) => $body,
            $crate::array_data::ArrayData::F32($v) => $body,
            $crate::array_data::ArrayData::F64($v) => $body,
        }
    };
}

/// Runs `$body` with `$a` and `$b` bound to the typed vectors of two
/// storages of the same variant; `$else` when the variants differ.
macro_rules! with_pair {
    ($x:expr, $y:expr, $a:ident, $b:ident => $body:expr, $else:expr) => {
        match ($x, $y) {
            (ArrayData::I8($a), ArrayData::I8($b)) => $body,
            (ArrayData::U8($a), ArrayData::U8($b)) => $body,
            (ArrayData::I16($a), ArrayData::I16($b)) => $body,
            (ArrayData::U16($a), ArrayData::U16($b)) => $body,
            (ArrayData::I32($a), ArrayData::I32($b)) => $body,
            (ArrayData::U32($a), ArrayData::U32($b)) => $body,
            (ArrayData::I64($a), ArrayData::I64($b)) => $body,
            (ArrayData::U64($a), ArrayData::U64($b)) => $body,
            (ArrayData::F32($a), ArrayData::F32($b)) => $body,
            (ArrayData::F64($a), ArrayData::F64($b)) => $body,
            _ => $else,
        }
    };
}

/// An element type.
pub trait Elem: Copy + PartialEq + std::fmt::Debug + 'static {
    /// Size in bytes.
    const SIZE: usize;
    /// The element as a Python value (`code` says how to read a `u32`).
    fn to_value(self, vm: &Vm, code: Code) -> Value;
    /// The element for an already converted scalar.
    fn from_scalar(s: Scalar) -> Self;
    /// Appends the native-endian bytes.
    fn write(self, out: &mut Vec<u8>);
    /// Reads from `SIZE` native-endian bytes.
    fn read(b: &[u8]) -> Self;
    /// The element with its bytes reversed.
    fn swapped(self) -> Self;
    /// The element as a float, when it is exactly one (for fast searches).
    fn as_f64(self) -> Option<f64>;
    /// The element as an i128 when integral (for fast searches).
    fn as_i128(self) -> Option<i128>;
}

/// An int argument as an i128 (`None`: beyond the i128 range, with the
/// sign of the BigInt), converting with `__index__`.
fn int_value(vm: &Vm, v: &Value) -> PyResult<Result<i128, bool>> {
    if let Some(i) = v.as_small_int() {
        return Ok(Ok(i as i128));
    }
    let big: BigInt = match as_int(v) {
        Some(Int::Small(i)) => return Ok(Ok(i as i128)),
        Some(Int::Big(b)) => b.clone(),
        None => vm.index(v)?,
    };
    Ok(big.to_i128().ok_or(big.sign() == num_bigint::Sign::Minus))
}

/// Converts `v` for an integer typecode, with CPython's checks in its
/// order (the C `long` conversion first, then the format's own range).
fn int_for(vm: &Vm, v: &Value, code: Code) -> PyResult<i128> {
    let n = int_value(vm, v)?;
    let over = |m: &str| Err(vm.overflow_error(m));
    let long_range = |n: &Result<i128, bool>| -> Option<i128> {
        match n {
            Ok(x) if (i64::MIN as i128..=i64::MAX as i128).contains(x) => Some(*x),
            _ => None,
        }
    };
    let unsigned = |n: &Result<i128, bool>| -> Result<i128, bool> {
        // Err(true): negative; Err(false): too big for u64.
        match n {
            Ok(x) if *x < 0 => Err(true),
            Ok(x) if *x > u64::MAX as i128 => Err(false),
            Ok(x) => Ok(*x),
            Err(neg) => Err(*neg),
        }
    };
    match code {
        Code::SChar | Code::UChar | Code::Short | Code::UShort | Code::Int | Code::Long => {
            let Some(x) = long_range(&n) else {
                return over("Python int too large to convert to C long");
            };
            match code {
                Code::SChar => {
                    if x > i16::MAX as i128 {
                        return over("signed short integer is greater than maximum");
                    }
                    if x < i16::MIN as i128 {
                        return over("signed short integer is less than minimum");
                    }
                    if x > i8::MAX as i128 {
                        return over("signed char is greater than maximum");
                    }
                    if x < i8::MIN as i128 {
                        return over("signed char is less than minimum");
                    }
                }
                Code::UChar => {
                    if x < 0 {
                        return over("unsigned byte integer is less than minimum");
                    }
                    if x > u8::MAX as i128 {
                        return over("unsigned byte integer is greater than maximum");
                    }
                }
                Code::Short => {
                    if x > i16::MAX as i128 {
                        return over("signed short integer is greater than maximum");
                    }
                    if x < i16::MIN as i128 {
                        return over("signed short integer is less than minimum");
                    }
                }
                Code::UShort | Code::Int => {
                    if x > i32::MAX as i128 {
                        return over("signed integer is greater than maximum");
                    }
                    if x < i32::MIN as i128 {
                        return over("signed integer is less than minimum");
                    }
                    if code == Code::UShort {
                        if x < 0 {
                            return over("unsigned short is less than minimum");
                        }
                        if x > u16::MAX as i128 {
                            return over("unsigned short is greater than maximum");
                        }
                    }
                }
                _ => {}
            }
            Ok(x)
        }
        Code::UInt | Code::ULong => match unsigned(&n) {
            Err(true) => over("can't convert negative value to unsigned int"),
            Err(false) => over("Python int too large to convert to C unsigned long"),
            Ok(x) if code == Code::UInt && x > u32::MAX as i128 => {
                over("unsigned int is greater than maximum")
            }
            Ok(x) => Ok(x),
        },
        Code::LongLong => match long_range(&n) {
            Some(x) => Ok(x),
            None => over("int too big to convert"),
        },
        Code::ULongLong => match unsigned(&n) {
            Err(true) => over("can't convert negative int to unsigned"),
            Err(false) => over("int too big to convert"),
            Ok(x) => Ok(x),
        },
        Code::Unicode | Code::Float | Code::Double => Err(vm.system_error("not an int typecode")),
    }
}

/// A Python value converted for a typecode, ready to store (conversion
/// may run Python code, so it happens before the storage is borrowed).
#[derive(Clone, Copy, Debug)]
pub enum Scalar {
    /// An integer already range-checked for the typecode (or a code point).
    Int(i128),
    /// A float.
    Float(f64),
}

/// Converts `v` to a storable element of typecode `code`, with CPython's
/// messages.
pub fn scalar_for(vm: &Vm, v: &Value, code: Code) -> PyResult<Scalar> {
    match code {
        Code::Float | Code::Double => {
            if let Some(f) = strata_tier1::numeric::as_float(v) {
                return Ok(Scalar::Float(f));
            }
            crate::args::to_f64(vm, v).map(Scalar::Float)
        }
        Code::Unicode => unicode_from(vm, v).map(|c| Scalar::Int(c as i128)),
        _ => int_for(vm, v, code).map(Scalar::Int),
    }
}

macro_rules! int_elem {
    ($($t:ty),*) => {
        $(
            impl Elem for $t {
                const SIZE: usize = std::mem::size_of::<$t>();
                fn to_value(self, vm: &Vm, code: Code) -> Value {
                    if code == Code::Unicode {
                        let c = char::from_u32(self as u32).unwrap_or('\u{fffd}');
                        return vm.new_string(c.to_string());
                    }
                    match i64::try_from(self) {
                        Ok(i) => vm.new_int(i),
                        Err(_) => vm.new_bigint(BigInt::from(self)),
                    }
                }
                fn from_scalar(s: Scalar) -> Self {
                    match s {
                        Scalar::Int(i) => i as $t,
                        Scalar::Float(f) => f as $t,
                    }
                }
                fn write(self, out: &mut Vec<u8>) {
                    out.extend_from_slice(&self.to_ne_bytes());
                }
                fn read(b: &[u8]) -> Self {
                    <$t>::from_ne_bytes(b.try_into().expect("element bytes"))
                }
                fn swapped(self) -> Self {
                    self.swap_bytes()
                }
                fn as_f64(self) -> Option<f64> {
                    None
                }
                fn as_i128(self) -> Option<i128> {
                    Some(self as i128)
                }
            }
        )*
    };
}

int_elem!(i8, u8, i16, u16, i32, u32, i64, u64);

/// A one-character str for a `u` array.
fn unicode_from(vm: &Vm, v: &Value) -> PyResult<u32> {
    if let Some(s) = v.downcast::<StrObj>() {
        let mut it = s.s.chars();
        if let (Some(c), None) = (it.next(), it.next()) {
            return Ok(c as u32);
        }
    }
    Err(vm.type_error("array item must be unicode character"))
}

impl Elem for f32 {
    const SIZE: usize = 4;
    fn to_value(self, vm: &Vm, _code: Code) -> Value {
        vm.new_float(self as f64)
    }
    fn from_scalar(s: Scalar) -> Self {
        match s {
            Scalar::Int(i) => i as f32,
            Scalar::Float(f) => f as f32,
        }
    }
    fn write(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_ne_bytes());
    }
    fn read(b: &[u8]) -> Self {
        f32::from_ne_bytes(b.try_into().expect("element bytes"))
    }
    fn swapped(self) -> Self {
        f32::from_bits(self.to_bits().swap_bytes())
    }
    fn as_f64(self) -> Option<f64> {
        Some(self as f64)
    }
    fn as_i128(self) -> Option<i128> {
        None
    }
}

impl Elem for f64 {
    const SIZE: usize = 8;
    fn to_value(self, vm: &Vm, _code: Code) -> Value {
        vm.new_float(self)
    }
    fn from_scalar(s: Scalar) -> Self {
        match s {
            Scalar::Int(i) => i as f64,
            Scalar::Float(f) => f,
        }
    }
    fn write(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_ne_bytes());
    }
    fn read(b: &[u8]) -> Self {
        f64::from_ne_bytes(b.try_into().expect("element bytes"))
    }
    fn swapped(self) -> Self {
        f64::from_bits(self.to_bits().swap_bytes())
    }
    fn as_f64(self) -> Option<f64> {
        Some(self)
    }
    fn as_i128(self) -> Option<i128> {
        None
    }
}

/// The element size of a typed vector.
fn elem_size<T: Elem>(_v: &[T]) -> usize {
    T::SIZE
}

impl ArrayData {
    /// Number of elements.
    pub fn len(&self) -> usize {
        with_vec!(self, v => v.len())
    }

    /// Element `i` (in range) as a Python value.
    pub fn get(&self, vm: &Vm, code: Code, i: usize) -> Value {
        with_vec!(self, v => v[i].to_value(vm, code))
    }

    /// Every element as a Python value.
    pub fn values(&self, vm: &Vm, code: Code) -> Vec<Value> {
        with_vec!(self, v => v.iter().map(|x| x.to_value(vm, code)).collect())
    }

    /// Stores `s` at `i` (in range).
    pub fn set(&mut self, i: usize, s: Scalar) {
        with_vec!(self, v => v[i] = Elem::from_scalar(s))
    }

    /// Appends `s`.
    pub fn push(&mut self, s: Scalar) {
        with_vec!(self, v => v.push(Elem::from_scalar(s)))
    }

    /// Inserts `s` at `i` (at most the length).
    pub fn insert(&mut self, i: usize, s: Scalar) {
        with_vec!(self, v => v.insert(i, Elem::from_scalar(s)))
    }

    /// Removes element `i` (in range).
    pub fn remove(&mut self, i: usize) {
        with_vec!(self, v => { v.remove(i); })
    }

    /// Reverses in place.
    pub fn reverse(&mut self) {
        with_vec!(self, v => v.reverse())
    }

    /// Reverses the bytes of every element.
    pub fn byteswap(&mut self) {
        with_vec!(self, v => for x in v.iter_mut() { *x = x.swapped(); })
    }

    /// The machine bytes of the elements.
    pub fn to_bytes(&self) -> Vec<u8> {
        with_vec!(self, v => {
            let mut out = Vec::with_capacity(v.len() * elem_size(v));
            for x in v.iter() {
                x.write(&mut out);
            }
            out
        })
    }

    /// Appends elements read from machine bytes (a multiple of the item
    /// size).
    pub fn extend_bytes(&mut self, b: &[u8]) {
        with_vec!(self, v => {
            let size = elem_size(v);
            v.reserve(b.len() / size);
            for chunk in b.chunks_exact(size) {
                v.push(Elem::read(chunk));
            }
        })
    }

    /// Empty storage of the same element type.
    pub fn empty_like(&self) -> ArrayData {
        match self {
            ArrayData::I8(_) => ArrayData::I8(Vec::new()),
            ArrayData::U8(_) => ArrayData::U8(Vec::new()),
            ArrayData::I16(_) => ArrayData::I16(Vec::new()),
            ArrayData::U16(_) => ArrayData::U16(Vec::new()),
            ArrayData::I32(_) => ArrayData::I32(Vec::new()),
            ArrayData::U32(_) => ArrayData::U32(Vec::new()),
            ArrayData::I64(_) => ArrayData::I64(Vec::new()),
            ArrayData::U64(_) => ArrayData::U64(Vec::new()),
            ArrayData::F32(_) => ArrayData::F32(Vec::new()),
            ArrayData::F64(_) => ArrayData::F64(Vec::new()),
        }
    }

    /// A copy of the elements selected by `idx`.
    pub fn select(&self, idx: impl Iterator<Item = usize>) -> ArrayData {
        let mut out = self.empty_like();
        with_pair!(self, &mut out, src, dst => dst.extend(idx.map(|i| src[i])), unreachable!("same variant"));
        out
    }

    /// A copy of elements `lo..hi`.
    pub fn slice(&self, lo: usize, hi: usize) -> ArrayData {
        let mut out = self.empty_like();
        with_pair!(self, &mut out, src, dst => dst.extend_from_slice(&src[lo..hi]), unreachable!("same variant"));
        out
    }

    /// Appends every element of `other` (same variant; false otherwise).
    pub fn extend_from(&mut self, other: &ArrayData) -> bool {
        with_pair!(&mut *self, other, a, b => { a.extend_from_slice(b); true }, false)
    }

    /// Replaces elements `lo..hi` with `other`'s (same variant).
    pub fn splice(&mut self, lo: usize, hi: usize, other: &ArrayData) -> bool {
        with_pair!(&mut *self, other, a, b => { a.splice(lo..hi, b.iter().copied()); true }, false)
    }

    /// Stores `other`'s elements at the positions `idx` (same variant and
    /// as many positions as elements).
    pub fn assign_at(&mut self, idx: impl Iterator<Item = usize>, other: &ArrayData) -> bool {
        with_pair!(&mut *self, other, a, b => {
            for (i, x) in idx.zip(b.iter()) {
                a[i] = *x;
            }
            true
        }, false)
    }

    /// Deletes the elements at positions `idx` (sorted ascending).
    pub fn delete_at(&mut self, idx: &[usize]) {
        with_vec!(self, v => {
            let mut k = 0;
            let mut w = 0;
            for r in 0..v.len() {
                if k < idx.len() && idx[k] == r {
                    k += 1;
                    continue;
                }
                v[w] = v[r];
                w += 1;
            }
            v.truncate(w);
        })
    }

    /// The data repeated `n` times.
    pub fn repeat(&self, n: usize) -> ArrayData {
        let mut out = self.empty_like();
        with_pair!(self, &mut out, s, d => *d = s.repeat(n), unreachable!("same variant"));
        out
    }

    /// Position of the first element equal to the number `x` in
    /// `lo..hi`, when `x` is a float or small int the elements compare
    /// with exactly; `Err(())` when a generic comparison is needed.
    pub fn find_number(&self, x: &Value, lo: usize, hi: usize) -> Result<Option<usize>, ()> {
        let fx = strata_tier1::numeric::as_float(x);
        let ix = x.as_small_int();
        with_vec!(self, v => {
            let hi = hi.min(v.len());
            if lo >= hi {
                return Ok(None);
            }
            let first = v[lo];
            if first.as_f64().is_some() {
                let target = match (fx, ix) {
                    (Some(f), _) => f,
                    (None, Some(i)) if i.unsigned_abs() < (1 << 53) => i as f64,
                    _ => return Err(()),
                };
                return Ok(v[lo..hi].iter().position(|e| e.as_f64() == Some(target)).map(|p| p + lo));
            }
            match ix {
                Some(i) => Ok(v[lo..hi].iter().position(|e| e.as_i128() == Some(i as i128)).map(|p| p + lo)),
                None => Err(()),
            }
        })
    }
}

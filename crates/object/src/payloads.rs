//! Payloads of the builtin data types whose behaviour needs no interpreter:
//! numbers, strings, bytes, tuples, lists, dicts, sets, slices, ranges,
//! cells and exceptions. Their methods live in the tier-1 crate, which can
//! call back into Python; here are only the data and the invariants.

use std::cell::{Cell, RefCell};

use num_bigint::BigInt;

use crate::set_table::SetTable;
use crate::table::Table;
use crate::value::Value;

/// A heap int (also the payload of `bool` and of int subclasses). For exact
/// ints, the value is outside the small-int range.
pub struct IntObj(pub BigInt);

/// A float.
pub struct FloatObj(pub f64);

/// A complex number.
pub struct ComplexObj {
    pub re: f64,
    pub im: f64,
}

/// An immutable str. `char_len` caches the length in code points;
/// `hash` caches the hash (`-1` until computed). Non-ASCII strings build,
/// on first need, a table of the byte offset of every
/// [`StrObj::CHECKPOINT`]-th character, so converting between character
/// indices and byte offsets (indexing, slicing, `find(x, start)`) costs a
/// short scan instead of a walk from the start.
pub struct StrObj {
    pub s: Box<str>,
    pub char_len: usize,
    pub hash: Cell<i64>,
    checkpoints: std::cell::OnceCell<Box<[usize]>>,
}

impl StrObj {
    /// Characters between two recorded byte offsets.
    pub const CHECKPOINT: usize = 64;

    /// Wraps a Rust string.
    pub fn new(s: Box<str>) -> StrObj {
        let char_len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        StrObj {
            s,
            char_len,
            hash: Cell::new(-1),
            checkpoints: std::cell::OnceCell::new(),
        }
    }

    /// Whether every character is ASCII (so byte and char indices agree).
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }

    fn checkpoints(&self) -> &[usize] {
        self.checkpoints.get_or_init(|| {
            self.s
                .char_indices()
                .step_by(Self::CHECKPOINT)
                .map(|(b, _)| b)
                .collect()
        })
    }

    /// Byte offset of character index `ci` (the end for `ci >= len`).
    pub fn byte_offset(&self, ci: usize) -> usize {
        if ci >= self.char_len {
            return self.s.len();
        }
        if self.is_ascii() {
            return ci;
        }
        let start = self.checkpoints()[ci / Self::CHECKPOINT];
        let skip = ci % Self::CHECKPOINT;
        self.s[start..]
            .char_indices()
            .nth(skip)
            .map_or(self.s.len(), |(b, _)| start + b)
    }

    /// Character index of byte offset `b` (a char boundary, at most the
    /// string's byte length).
    pub fn char_index(&self, b: usize) -> usize {
        if self.is_ascii() {
            return b;
        }
        let cps = self.checkpoints();
        let k = cps.partition_point(|&x| x <= b).saturating_sub(1);
        k * Self::CHECKPOINT + self.s[cps[k]..b].chars().count()
    }

    /// The character at index `ci` (which must be in range).
    pub fn char_at(&self, ci: usize) -> char {
        let b = self.byte_offset(ci);
        self.s[b..].chars().next().unwrap_or('\0')
    }
}

/// An immutable bytes object.
pub struct BytesObj {
    pub b: Box<[u8]>,
    pub hash: Cell<i64>,
}

/// A mutable bytearray.
pub struct ByteArrayObj(pub RefCell<Vec<u8>>);

/// A tuple.
pub struct TupleObj(pub Box<[Value]>);

/// A list. Never hold the borrow across a call into Python code.
pub struct ListObj(pub RefCell<Vec<Value>>);

/// A dict. Never hold the borrow across a call into Python code.
pub struct DictObj(pub RefCell<Table<Value>>);

/// A set or frozenset. Never hold the borrow across a call into Python code.
pub struct SetObj(pub RefCell<SetTable>);

/// A slice object `slice(start, stop, step)`.
pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A range object; bounds are ints (small or big).
pub struct RangeObj {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

/// A cell (a variable captured by a closure).
pub struct CellObj(pub RefCell<Option<Value>>);

/// Payload of every exception object. Subclass-specific attributes
/// (`StopIteration.value`, `OSError.errno`, `__notes__`, ...) live in the
/// instance dict.
#[derive(Default)]
pub struct ExceptionObj {
    pub args: RefCell<Option<Value>>,
    pub traceback: RefCell<Option<Value>>,
    pub cause: RefCell<Option<Value>>,
    pub context: RefCell<Option<Value>>,
    pub suppress_context: Cell<bool>,
    /// Exception groups only: the message (a str) and the exceptions (a
    /// non-empty tuple of exceptions), fixed when the group is created.
    pub group: Option<Box<(Value, Value)>>,
}

/// The payload of plain `object()` instances and of user classes whose
/// solid base is `object`.
pub struct ObjectObj;

#[cfg(test)]
mod str_index_tests {
    use super::StrObj;

    #[test]
    fn byte_offsets_and_char_indices_round_trip_on_non_ascii_text() {
        let text: String = (0..1000).map(|i| ['a', 'é', '€', '😀'][i % 4]).collect();
        let o = StrObj::new(text.clone().into_boxed_str());
        let expected: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        for (ci, &b) in expected.iter().enumerate() {
            assert_eq!(o.byte_offset(ci), b);
            assert_eq!(o.char_index(b), ci);
            assert_eq!(o.char_at(ci), text[b..].chars().next().unwrap());
        }
        assert_eq!(o.byte_offset(1000), text.len());
        assert_eq!(o.char_index(text.len()), 1000);
    }
}

//! Payloads of the builtin data types whose behaviour needs no interpreter:
//! numbers, strings, bytes, tuples, lists, dicts, sets, slices, ranges,
//! cells and exceptions. Their methods live in the tier-1 crate, which can
//! call back into Python; here are only the data and the invariants.

use std::cell::{Cell, RefCell};

use num_bigint::BigInt;

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
/// `hash` caches the hash (`-1` until computed).
pub struct StrObj {
    pub s: Box<str>,
    pub char_len: usize,
    pub hash: Cell<i64>,
}

impl StrObj {
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
        }
    }

    /// Whether every character is ASCII (so byte and char indices agree).
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
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
pub struct SetObj(pub RefCell<Table<()>>);

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

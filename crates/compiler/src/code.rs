//! Code objects: the compiler's output and the interpreter's input.
//!
//! A [`CodeObject`] is immutable once built. Its `code` is a vector of 16-bit
//! units (see `instructions.rs`), inline caches included. Every code unit has
//! an entry in `locations` (cache units repeat their instruction's entry), so
//! a traceback can map any instruction index to a line and column range.
//! `exception_table` replaces block-setup instructions: when an exception is
//! raised at instruction index `i`, the interpreter finds the entry with
//! `start <= i < end` (entries are sorted and never overlap, so each unit has
//! at most one: its innermost handler), pops the value stack down to `depth`, pushes the
//! raising instruction's index if `push_lasti`, pushes the exception and jumps
//! to `target`. No entry means the exception leaves the frame.
//!
//! The frame's "localsplus" array is laid out as: every name in
//! `localsplus_names`, in order (arguments first, then other locals, then cell
//! variables that are not arguments, then free variables, which are last).

use std::fmt;
use std::rc::Rc;

use bitflags::bitflags;
use num_bigint::BigInt;

use crate::instructions::CodeUnit;

bitflags! {
    /// Code flags, with CPython's bit values.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct CodeFlags: u32 {
        /// Locals are fast slots (functions, lambdas, comprehensions).
        const OPTIMIZED = 0x0001;
        /// A fresh locals mapping is made for each call.
        const NEWLOCALS = 0x0002;
        /// Has a `*args` parameter.
        const VARARGS = 0x0004;
        /// Has a `**kwargs` parameter.
        const VARKEYWORDS = 0x0008;
        /// Defined inside another function.
        const NESTED = 0x0010;
        /// A generator function.
        const GENERATOR = 0x0020;
        /// An `async def` function.
        const COROUTINE = 0x0080;
        /// An `async def` function containing `yield`.
        const ASYNC_GENERATOR = 0x0200;
        /// Compiled under `from __future__ import annotations`.
        const FUTURE_ANNOTATIONS = 0x0100_0000;
    }
}

bitflags! {
    /// What a localsplus slot holds (CPython's `co_localspluskinds`).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct LocalKind: u8 {
        /// A parameter.
        const ARG = 0x02;
        /// An ordinary fast local.
        const LOCAL = 0x20;
        /// A cell variable (captured by an inner scope).
        const CELL = 0x40;
        /// A free variable (captured from an outer scope).
        const FREE = 0x80;
    }
}

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    Int(BigInt),
    Float(f64),
    /// A complex number (real, imaginary).
    Complex(f64, f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[Constant]>),
    /// A frozenset built by adding these elements in order (CPython folds
    /// constant set displays `{1, 2, 3}` to one; the build order decides
    /// the iteration order).
    FrozenSet(Rc<[Constant]>),
    /// A nested code object (function, class body, lambda, comprehension).
    Code(Rc<CodeObject>),
}

/// Source range of one instruction: 1-based lines, 0-based UTF-8 columns
/// (CPython's convention). A zero `line` means "no location".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// One entry of the exception table; indices count code units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionTableEntry {
    /// First covered code unit.
    pub start: u32,
    /// One past the last covered code unit.
    pub end: u32,
    /// Handler's first code unit.
    pub target: u32,
    /// Value-stack depth to unwind to before pushing.
    pub depth: u32,
    /// Whether to push the raising instruction's index before the exception.
    pub push_lasti: bool,
}

/// A compiled unit of code: module, class body, function, lambda or
/// comprehension.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    /// Line of the `def`/`class` (first decorator excluded), 1 for modules.
    pub first_line: u32,
    pub flags: CodeFlags,
    /// Positional parameters, including positional-only ones.
    pub arg_count: u32,
    pub posonly_arg_count: u32,
    pub kwonly_arg_count: u32,
    /// Code units, inline cache units included.
    pub code: Vec<CodeUnit>,
    pub constants: Vec<Constant>,
    /// Names used by `*_NAME`, `*_GLOBAL`, `*_ATTR` and import instructions.
    pub names: Vec<Rc<str>>,
    /// Names of the localsplus slots (see the module docs for the layout).
    pub localsplus_names: Vec<Rc<str>>,
    /// Kind of each localsplus slot.
    pub localsplus_kinds: Vec<LocalKind>,
    /// Maximum value-stack depth.
    pub max_stack: u32,
    pub exception_table: Vec<ExceptionTableEntry>,
    /// One entry per code unit.
    pub locations: Vec<Location>,
}

impl CodeObject {
    /// Number of free variables (the last slots of localsplus).
    pub fn free_count(&self) -> usize {
        self.localsplus_kinds
            .iter()
            .filter(|k| k.contains(LocalKind::FREE))
            .count()
    }

    /// Total number of localsplus slots.
    pub fn nlocalsplus(&self) -> usize {
        self.localsplus_names.len()
    }

    /// Location of the code unit at `index`, if known.
    pub fn location(&self, index: usize) -> Option<Location> {
        self.locations.get(index).copied().filter(|l| l.line != 0)
    }

    /// The innermost exception-table entry covering `index`.
    pub fn handler_for(&self, index: u32) -> Option<&ExceptionTableEntry> {
        // Entries never overlap and are sorted by `start`: each code unit is
        // covered by at most one entry, its innermost handler.
        let i = self.exception_table.partition_point(|e| e.end <= index);
        self.exception_table.get(i).filter(|e| e.start <= index)
    }
}

impl fmt::Display for CodeObject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "<code object {}, file \"{}\", line {}>",
            self.name, self.filename, self.first_line
        )
    }
}

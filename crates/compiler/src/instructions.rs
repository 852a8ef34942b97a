//! The instruction table: the single definition of every tier-1 instruction.
//!
//! Every consumer — the code generator, the disassembler, the tier-1
//! interpreter and (later) the specializer and the tier-2 projector — reads
//! opcode names, inline-cache sizes, argument kinds and stack effects from the
//! one [`define_opcodes!`] invocation below. Adding an instruction means adding
//! one entry here; the exhaustive `match`es in each consumer then fail to
//! compile until every consumer handles it.
//!
//! Encoding: a code unit is 16 bits, `opcode | oparg << 8`. Arguments wider
//! than 8 bits are built with `EXTENDED_ARG` prefixes. An instruction with
//! `cache: N` is followed by `N` inline cache units (opcode `CACHE`) that the
//! interpreter skips and the specializer will use. Jump deltas count code units
//! and are relative to the unit after the instruction's caches.
//!
//! Stack conventions follow CPython 3.13: a call site holds
//! `[callable, self_or_null, args...]`; `LOAD_ATTR` with its method bit and
//! `LOAD_GLOBAL` with its null bit push the second slot themselves.

/// How an instruction's oparg is interpreted (used by the disassembler and by
/// tooling that walks code).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// The oparg is ignored (always 0).
    Unused,
    /// A plain number (a count, a flag set, a depth).
    Number,
    /// Index into `CodeObject::constants`.
    Const,
    /// Index into `CodeObject::names`.
    Name,
    /// `LOAD_GLOBAL`: `names[arg >> 1]`, low bit pushes a NULL afterwards.
    GlobalName,
    /// `LOAD_ATTR`: `names[arg >> 1]`, low bit selects the method form.
    AttrName,
    /// Index into the frame's `localsplus` (fast locals, cells, free vars).
    Local,
    /// Forward jump: target = next instruction + arg.
    JumpForward,
    /// Backward jump: target = next instruction - arg.
    JumpBackward,
    /// `COMPARE_OP` comparison kind, see [`CompareOp`].
    Compare,
    /// `BINARY_OP` operator, see [`BinaryOp`].
    BinaryOp,
    /// `CALL_INTRINSIC_1` function, see [`Intrinsic1`].
    Intrinsic,
    /// `CALL_INTRINSIC_2` function, see [`Intrinsic2`].
    Intrinsic2,
}

macro_rules! define_opcodes {
    ($(
        $(#[doc = $doc:expr])*
        $name:ident = $num:literal {
            cache: $cache:literal,
            arg: $arg:ident,
            effect: |$a:ident, $j:ident| $eff:expr $(,)?
        }
    ),* $(,)?) => {
        /// A tier-1 opcode. The discriminant is the byte stored in code units.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Opcode {
            $( $(#[doc = $doc])* $name = $num, )*
        }

        impl Opcode {
            /// Every opcode, in numeric order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name),*];

                        /// Decodes an opcode byte (a table lookup).
            #[inline(always)]
            pub fn from_u8(byte: u8) -> Option<Opcode> {
                const TABLE: [Option<Opcode>; 256] = {
                    let mut t = [None; 256];
                    $( t[$num] = Some(Opcode::$name); )*
                    t
                };
                TABLE[byte as usize]
            }

            /// The instruction's name as the disassembler prints it.
            pub fn name(self) -> &'static str {
                match self {
                    $( Opcode::$name => stringify!($name), )*
                }
            }

                        /// Number of inline cache units that follow the instruction.
            #[inline(always)]
            pub fn cache_entries(self) -> usize {
                const TABLE: [u8; 256] = {
                    let mut t = [0u8; 256];
                    $( t[$num] = $cache; )*
                    t
                };
                TABLE[self as usize] as usize
            }

            /// How the oparg is interpreted.
            pub fn arg_kind(self) -> ArgKind {
                match self {
                    $( Opcode::$name => ArgKind::$arg, )*
                }
            }

            /// Net change of the value-stack depth when the instruction runs
            /// with `oparg`; `jump` selects the branch-taken effect for
            /// instructions whose effect differs on the jump path.
            #[allow(unused_variables)]
            pub fn stack_effect(self, oparg: u32, jump: bool) -> i32 {
                match self {
                    $( Opcode::$name => {
                        let $a = oparg as i32;
                        let $j = jump;
                        $eff
                    } )*
                }
            }
        }
    };
}

define_opcodes! {
    /// An inline cache unit. Never executed; skipped by the interpreter.
    CACHE = 0 { cache: 0, arg: Unused, effect: |a, j| 0 },
    /// Does nothing.
    NOP = 1 { cache: 0, arg: Unused, effect: |a, j| 0 },
    /// Pops and discards the top of stack.
    POP_TOP = 2 { cache: 0, arg: Unused, effect: |a, j| -1 },
    /// Pushes NULL (the empty `self_or_null` slot of a call site).
    PUSH_NULL = 3 { cache: 0, arg: Unused, effect: |a, j| 1 },
    /// Pushes a copy of the `arg`-th item from the top (1 = TOS).
    COPY = 4 { cache: 0, arg: Number, effect: |a, j| 1 },
    /// Swaps TOS with the `arg`-th item from the top (arg >= 2).
    SWAP = 5 { cache: 0, arg: Number, effect: |a, j| 0 },
    /// Marks function entry (arg 0) or resumption after a yield (arg > 0);
    /// a check point for interrupts.
    RESUME = 6 { cache: 0, arg: Number, effect: |a, j| 0 },
    /// Sets the high bits of the next instruction's oparg.
    EXTENDED_ARG = 7 { cache: 0, arg: Number, effect: |a, j| 0 },

    /// Pushes `constants[arg]`.
    LOAD_CONST = 10 { cache: 0, arg: Const, effect: |a, j| 1 },
    /// Pushes fast local `arg`; raises UnboundLocalError if it is unbound.
    LOAD_FAST = 11 { cache: 0, arg: Local, effect: |a, j| 1 },
    /// Pops TOS into fast local `arg`.
    STORE_FAST = 12 { cache: 0, arg: Local, effect: |a, j| -1 },
    /// Unbinds fast local `arg` (UnboundLocalError if already unbound).
    DELETE_FAST = 13 { cache: 0, arg: Local, effect: |a, j| 0 },
    /// Pushes `names[arg]` looked up in locals, then globals, then builtins.
    LOAD_NAME = 14 { cache: 0, arg: Name, effect: |a, j| 1 },
    /// Pops TOS into the locals mapping under `names[arg]`.
    STORE_NAME = 15 { cache: 0, arg: Name, effect: |a, j| -1 },
    /// Deletes `names[arg]` from the locals mapping.
    DELETE_NAME = 16 { cache: 0, arg: Name, effect: |a, j| 0 },
    /// Pushes global `names[arg >> 1]` (globals, then builtins); if the low
    /// bit is set, also pushes NULL after it.
    LOAD_GLOBAL = 17 { cache: 4, arg: GlobalName, effect: |a, j| 1 + (a & 1) },
    /// Pops TOS into global `names[arg]`.
    STORE_GLOBAL = 18 { cache: 0, arg: Name, effect: |a, j| -1 },
    /// Deletes global `names[arg]`.
    DELETE_GLOBAL = 19 { cache: 0, arg: Name, effect: |a, j| 0 },
    /// Replaces localsplus slot `arg` with a new cell holding its old value
    /// (or an empty cell). Emitted at function entry for each cell variable.
    MAKE_CELL = 20 { cache: 0, arg: Local, effect: |a, j| 0 },
    /// Copies the function's `arg` closure cells into the last `arg`
    /// localsplus slots. Emitted first in code that has free variables.
    COPY_FREE_VARS = 21 { cache: 0, arg: Number, effect: |a, j| 0 },
    /// Pushes the contents of the cell in localsplus slot `arg`; raises
    /// NameError/UnboundLocalError if empty.
    LOAD_DEREF = 22 { cache: 0, arg: Local, effect: |a, j| 1 },
    /// Pops TOS into the cell in localsplus slot `arg`.
    STORE_DEREF = 23 { cache: 0, arg: Local, effect: |a, j| -1 },
    /// Empties the cell in localsplus slot `arg`.
    DELETE_DEREF = 24 { cache: 0, arg: Local, effect: |a, j| 0 },
    /// Pushes the cell object itself from localsplus slot `arg` (to build a
    /// closure tuple).
    LOAD_CLOSURE = 25 { cache: 0, arg: Local, effect: |a, j| 1 },
    /// Class bodies: pops a mapping; pushes `mapping[name of slot arg]` if
    /// present, else the contents of the cell in slot `arg`.
    LOAD_FROM_DICT_OR_DEREF = 26 { cache: 0, arg: Local, effect: |a, j| 0 },
    /// Pushes the frame's locals mapping.
    LOAD_LOCALS = 27 { cache: 0, arg: Unused, effect: |a, j| 1 },
    /// Annotation scopes inside a class: pops a mapping (the class
    /// namespace, loaded from the `__classdict__` cell); pushes
    /// `mapping[names[arg]]` if present, else the global `names[arg]`, else
    /// the builtin; NameError if none has it.
    LOAD_FROM_DICT_OR_GLOBALS = 28 { cache: 0, arg: Name, effect: |a, j| 0 },

    /// Pops owner, pushes `owner.names[arg >> 1]`. With the low bit set
    /// pushes `(method, owner)` for an unbound method found on the type, else
    /// `(attribute, NULL)`.
    LOAD_ATTR = 30 { cache: 9, arg: AttrName, effect: |a, j| a & 1 },
    /// Stack `[value, owner]`: sets `owner.names[arg] = value`, pops both.
    STORE_ATTR = 31 { cache: 4, arg: Name, effect: |a, j| -2 },
    /// Pops owner and deletes `owner.names[arg]`.
    DELETE_ATTR = 32 { cache: 0, arg: Name, effect: |a, j| -1 },

    /// Stack `[lhs, rhs]` -> `lhs op rhs`, op from [`BinaryOp`].
    BINARY_OP = 40 { cache: 1, arg: BinaryOp, effect: |a, j| -1 },
    /// TOS = -TOS.
    UNARY_NEGATIVE = 41 { cache: 0, arg: Unused, effect: |a, j| 0 },
    /// TOS = not TOS (any value; uses truthiness).
    UNARY_NOT = 42 { cache: 0, arg: Unused, effect: |a, j| 0 },
    /// TOS = ~TOS.
    UNARY_INVERT = 43 { cache: 0, arg: Unused, effect: |a, j| 0 },
    /// TOS = bool(TOS). Emitted before conditional jumps on arbitrary values.
    TO_BOOL = 44 { cache: 3, arg: Unused, effect: |a, j| 0 },
    /// Stack `[lhs, rhs]` -> rich comparison, kind from [`CompareOp`].
    COMPARE_OP = 45 { cache: 1, arg: Compare, effect: |a, j| -1 },
    /// Stack `[lhs, rhs]` -> `lhs is rhs` (`is not` when arg is 1).
    IS_OP = 46 { cache: 0, arg: Number, effect: |a, j| -1 },
    /// Stack `[lhs, rhs]` -> `lhs in rhs` (`not in` when arg is 1).
    CONTAINS_OP = 47 { cache: 1, arg: Number, effect: |a, j| -1 },

    /// Stack `[container, key]` -> `container[key]`.
    BINARY_SUBSCR = 50 { cache: 1, arg: Unused, effect: |a, j| -1 },
    /// Stack `[value, container, key]`: `container[key] = value`.
    STORE_SUBSCR = 51 { cache: 1, arg: Unused, effect: |a, j| -3 },
    /// Stack `[container, key]`: `del container[key]`.
    DELETE_SUBSCR = 52 { cache: 0, arg: Unused, effect: |a, j| -2 },
    /// Stack `[container, start, stop]` -> `container[start:stop]`.
    BINARY_SLICE = 53 { cache: 0, arg: Unused, effect: |a, j| -2 },
    /// Stack `[value, container, start, stop]`: `container[start:stop] = value`.
    STORE_SLICE = 54 { cache: 0, arg: Unused, effect: |a, j| -4 },
    /// Pops `arg` (2 or 3) values and pushes `slice(...)` of them.
    BUILD_SLICE = 55 { cache: 0, arg: Number, effect: |a, j| 1 - a },

    /// Pops `arg` items, pushes a tuple of them (first pushed is first).
    BUILD_TUPLE = 60 { cache: 0, arg: Number, effect: |a, j| 1 - a },
    /// Pops `arg` items, pushes a list of them.
    BUILD_LIST = 61 { cache: 0, arg: Number, effect: |a, j| 1 - a },
    /// Pops `arg` items, pushes a set of them.
    BUILD_SET = 62 { cache: 0, arg: Number, effect: |a, j| 1 - a },
    /// Pops `arg` key/value pairs (key pushed before value), pushes a dict.
    BUILD_MAP = 63 { cache: 0, arg: Number, effect: |a, j| 1 - 2 * a },
    /// Pops `arg` strings, pushes their concatenation.
    BUILD_STRING = 64 { cache: 0, arg: Number, effect: |a, j| 1 - a },
    /// Pops v; appends it to the list at `stack[-arg]` (counted after the pop).
    LIST_APPEND = 65 { cache: 0, arg: Number, effect: |a, j| -1 },
    /// Pops v; adds it to the set at `stack[-arg]`.
    SET_ADD = 66 { cache: 0, arg: Number, effect: |a, j| -1 },
    /// Pops key and value (value on top); stores into the dict at `stack[-arg]`.
    MAP_ADD = 67 { cache: 0, arg: Number, effect: |a, j| -2 },
    /// Pops an iterable; extends the list at `stack[-arg]` with it.
    LIST_EXTEND = 68 { cache: 0, arg: Number, effect: |a, j| -1 },
    /// Pops an iterable; updates the set at `stack[-arg]` with it.
    SET_UPDATE = 69 { cache: 0, arg: Number, effect: |a, j| -1 },
    /// Pops a mapping; updates the dict at `stack[-arg]` with it.
    DICT_UPDATE = 70 { cache: 0, arg: Number, effect: |a, j| -1 },
    /// Like DICT_UPDATE for `**kwargs` in calls: duplicate keys raise
    /// TypeError ("got multiple values for keyword argument").
    DICT_MERGE = 71 { cache: 0, arg: Number, effect: |a, j| -1 },
    /// f-string field: `arg & 3` is the conversion (0 none, 1 str, 2 repr,
    /// 3 ascii); if `arg & 4`, pops a format spec first. Pops the value,
    /// pushes the formatted string.
    FORMAT_VALUE = 72 { cache: 0, arg: Number, effect: |a, j| if a & 4 != 0 { -1 } else { 0 } },
    /// Pops a sequence and pushes its `arg` items, first item on top.
    UNPACK_SEQUENCE = 73 { cache: 1, arg: Number, effect: |a, j| a - 1 },
    /// Starred unpacking: `arg & 0xff` targets before the star, `arg >> 8`
    /// after; pushes them (first on top) with a list in the star position.
    UNPACK_EX = 74 { cache: 0, arg: Number, effect: |a, j| (a & 0xff) + (a >> 8) },

    /// TOS = iter(TOS).
    GET_ITER = 80 { cache: 0, arg: Unused, effect: |a, j| 0 },
    /// TOS is an iterator: pushes its next value; when exhausted, pops the
    /// iterator and jumps forward by `arg`.
    FOR_ITER = 81 { cache: 1, arg: JumpForward, effect: |a, j| if j { -1 } else { 1 } },
    /// Unconditional forward jump.
    JUMP_FORWARD = 82 { cache: 0, arg: JumpForward, effect: |a, j| 0 },
    /// Unconditional backward jump (loop back edge, with an interrupt check
    /// and a hotness counter).
    JUMP_BACKWARD = 83 { cache: 1, arg: JumpBackward, effect: |a, j| 0 },
    /// Backward jump without interrupt check (inside `yield from`/`await`).
    JUMP_BACKWARD_NO_INTERRUPT = 84 { cache: 0, arg: JumpBackward, effect: |a, j| 0 },
    /// Pops TOS; jumps forward by `arg` if it is false.
    POP_JUMP_IF_FALSE = 85 { cache: 1, arg: JumpForward, effect: |a, j| -1 },
    /// Pops TOS; jumps forward by `arg` if it is true.
    POP_JUMP_IF_TRUE = 86 { cache: 1, arg: JumpForward, effect: |a, j| -1 },
    /// Pops TOS; jumps forward by `arg` if it is None.
    POP_JUMP_IF_NONE = 87 { cache: 1, arg: JumpForward, effect: |a, j| -1 },
    /// Pops TOS; jumps forward by `arg` if it is not None.
    POP_JUMP_IF_NOT_NONE = 88 { cache: 1, arg: JumpForward, effect: |a, j| -1 },

    /// Pops TOS and returns it to the caller.
    RETURN_VALUE = 90 { cache: 0, arg: Unused, effect: |a, j| -1 },
    /// Returns `constants[arg]`.
    RETURN_CONST = 91 { cache: 0, arg: Const, effect: |a, j| 0 },
    /// Stack `[callable, self_or_null, args * arg]` -> result.
    CALL = 92 { cache: 3, arg: Number, effect: |a, j| -1 - a },
    /// Stack `[callable, self_or_null, args * arg, kwnames]` -> result; the
    /// last `len(kwnames)` args are passed by keyword.
    CALL_KW = 93 { cache: 3, arg: Number, effect: |a, j| -2 - a },
    /// Stack `[callable, self_or_null, args_tuple, kwargs_dict if arg & 1]`
    /// -> result.
    CALL_FUNCTION_EX = 94 { cache: 0, arg: Number, effect: |a, j| -2 - (a & 1) },
    /// Builds a function from the code object on TOS. Below it, pushed in
    /// this order when the flag is set: defaults tuple (0x01), kw-defaults
    /// dict (0x02), annotations dict (0x04), closure tuple of cells (0x08).
    MAKE_FUNCTION = 95 { cache: 0, arg: Number, effect: |a, j| -((a & 1) + ((a >> 1) & 1) + ((a >> 2) & 1) + ((a >> 3) & 1)) },
    /// Pushes `builtins.__build_class__`.
    LOAD_BUILD_CLASS = 96 { cache: 0, arg: Unused, effect: |a, j| 1 },
    /// Runs one intrinsic on TOS, see [`Intrinsic1`].
    CALL_INTRINSIC_1 = 97 { cache: 0, arg: Intrinsic, effect: |a, j| 0 },
    /// Stack `[a, b]` -> `intrinsic(a, b)`, see [`Intrinsic2`].
    CALL_INTRINSIC_2 = 98 { cache: 0, arg: Intrinsic2, effect: |a, j| -1 },

    /// Stack `[level, fromlist]` -> the module imported as `names[arg]`.
    IMPORT_NAME = 100 { cache: 0, arg: Name, effect: |a, j| -1 },
    /// TOS is a module: pushes its attribute `names[arg]` (or the submodule).
    IMPORT_FROM = 101 { cache: 0, arg: Name, effect: |a, j| 1 },
    /// Creates `__annotations__` in the locals mapping if missing.
    SETUP_ANNOTATIONS = 102 { cache: 0, arg: Unused, effect: |a, j| 0 },
    /// Pushes AssertionError.
    LOAD_ASSERTION_ERROR = 103 { cache: 0, arg: Unused, effect: |a, j| 1 },

    /// `raise` with `arg` operands: 0 re-raises the handled exception,
    /// 1 raises TOS, 2 raises `stack[-2]` from `stack[-1]`.
    RAISE_VARARGS = 110 { cache: 0, arg: Number, effect: |a, j| -a },
    /// Pops an exception and re-raises it without adding a traceback entry.
    /// `arg` is informational (values below it belonging to the handler).
    RERAISE = 111 { cache: 0, arg: Number, effect: |a, j| -1 },
    /// Stack `[exc]` -> `[previously_handled, exc]`; exc becomes the handled
    /// exception (what `sys.exc_info()` reports).
    PUSH_EXC_INFO = 112 { cache: 0, arg: Unused, effect: |a, j| 1 },
    /// Pops the saved previously-handled exception and restores it.
    POP_EXCEPT = 113 { cache: 0, arg: Unused, effect: |a, j| -1 },
    /// Stack `[exc, type]` -> `[exc, isinstance-match(exc, type)]`.
    CHECK_EXC_MATCH = 114 { cache: 0, arg: Unused, effect: |a, j| 0 },
    /// Stack `[exit, lasti, prev_exc, exc]`: calls `exit(type(exc), exc,
    /// exc.__traceback__)` and pushes the result.
    WITH_EXCEPT_START = 115 { cache: 0, arg: Unused, effect: |a, j| 1 },
    /// Stack `[mgr]` -> `[bound __exit__, result of __enter__()]`.
    BEFORE_WITH = 116 { cache: 0, arg: Unused, effect: |a, j| 1 },
    /// Stack `[mgr]` -> `[bound __aexit__, awaitable from __aenter__()]`.
    BEFORE_ASYNC_WITH = 117 { cache: 0, arg: Unused, effect: |a, j| 1 },
    /// `except*` matching. Stack `[exc, type]` (exc may be None: nothing
    /// left to match) -> `[rest, match]`: `match` is the part of `exc`
    /// matching `type` (a naked exception that matches is wrapped in
    /// `ExceptionGroup("", (exc,))`) and becomes the handled exception;
    /// `rest` the part that does not (None if nothing). With no match the
    /// stack becomes `[exc, None]`. TypeError if `type` is not an exception
    /// type (or tuple of them) or is an exception group type.
    CHECK_EG_MATCH = 118 { cache: 0, arg: Unused, effect: |a, j| 0 },

    /// Generator code prologue: creates the generator (or coroutine) that
    /// owns this frame and returns it to the caller. When first resumed the
    /// sent value (None) is pushed.
    RETURN_GENERATOR = 120 { cache: 0, arg: Unused, effect: |a, j| 1 },
    /// Pops TOS and yields it; on resumption the sent value is pushed.
    /// `arg` is 1 inside `yield from`/`await` delegation, 0 otherwise.
    YIELD_VALUE = 121 { cache: 0, arg: Number, effect: |a, j| 0 },
    /// Stack `[receiver, value]`: sends value into receiver. If it yields,
    /// TOS becomes the yielded value; if it returns, TOS becomes the return
    /// value and execution jumps forward by `arg`.
    SEND = 122 { cache: 1, arg: JumpForward, effect: |a, j| 0 },
    /// Stack `[receiver, value]` -> `[value]`.
    END_SEND = 123 { cache: 0, arg: Unused, effect: |a, j| -1 },
    /// TOS = iterator for `yield from` (generators and coroutines pass through).
    GET_YIELD_FROM_ITER = 124 { cache: 0, arg: Unused, effect: |a, j| 0 },
    /// TOS = awaitable's iterator (`__await__`). `arg` says where: 0 await,
    /// 1 after `__aenter__`, 2 after `__aexit__`.
    GET_AWAITABLE = 125 { cache: 0, arg: Number, effect: |a, j| 0 },
    /// TOS = `aiter(TOS)`.
    GET_AITER = 126 { cache: 0, arg: Unused, effect: |a, j| 0 },
    /// Pushes the awaitable of `anext(TOS)` (TOS stays).
    GET_ANEXT = 127 { cache: 0, arg: Unused, effect: |a, j| 1 },
    /// Stack `[aiter, exc]`: ends `async for` if exc is StopAsyncIteration
    /// (pops both), otherwise re-raises exc.
    END_ASYNC_FOR = 128 { cache: 0, arg: Unused, effect: |a, j| -2 },

    /// Pattern matching: stack `[subject]` -> `[subject, len(subject)]`.
    GET_LEN = 130 { cache: 0, arg: Unused, effect: |a, j| 1 },
    /// Pattern matching: pushes whether TOS is a mapping for `match`
    /// (its type has the mapping flag: `dict` and its subclasses).
    MATCH_MAPPING = 131 { cache: 0, arg: Unused, effect: |a, j| 1 },
    /// Pattern matching: pushes whether TOS is a sequence for `match`
    /// (its type has the sequence flag: `list`, `tuple`, `range` and their
    /// subclasses; never `str`, `bytes` or `bytearray`).
    MATCH_SEQUENCE = 132 { cache: 0, arg: Unused, effect: |a, j| 1 },
    /// Pattern matching: stack `[subject, keys]` -> `[subject, keys,
    /// values]` where `values` is the tuple of `subject.get(key, <dummy>)`
    /// for each key of the tuple `keys`, or None if any key is missing.
    /// A key repeated in `keys` raises ValueError.
    MATCH_KEYS = 133 { cache: 0, arg: Unused, effect: |a, j| 1 },
    /// Pattern matching: stack `[subject, cls, names]` -> `[attrs]`. If
    /// `isinstance(subject, cls)`, `attrs` is a tuple of the `arg`
    /// positional sub-pattern subjects (the attributes named by
    /// `cls.__match_args__`, or the subject itself for the self-matching
    /// builtins) followed by the attributes named in the tuple `names`;
    /// None if not an instance or an attribute is missing. TypeError if
    /// `cls` is not a type or has too few `__match_args__`.
    MATCH_CLASS = 134 { cache: 0, arg: Number, effect: |a, j| -2 },
}

/// Operators of `BINARY_OP`, numbered as CPython numbers them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinaryOp {
    Add = 0,
    And = 1,
    FloorDivide = 2,
    LShift = 3,
    MatrixMultiply = 4,
    Multiply = 5,
    Remainder = 6,
    Or = 7,
    Power = 8,
    RShift = 9,
    Subtract = 10,
    TrueDivide = 11,
    Xor = 12,
    InplaceAdd = 13,
    InplaceAnd = 14,
    InplaceFloorDivide = 15,
    InplaceLShift = 16,
    InplaceMatrixMultiply = 17,
    InplaceMultiply = 18,
    InplaceRemainder = 19,
    InplaceOr = 20,
    InplacePower = 21,
    InplaceRShift = 22,
    InplaceSubtract = 23,
    InplaceTrueDivide = 24,
    InplaceXor = 25,
}

impl BinaryOp {
    /// Every operator, indexed by its numeric value.
    pub const ALL: [BinaryOp; 26] = [
        BinaryOp::Add,
        BinaryOp::And,
        BinaryOp::FloorDivide,
        BinaryOp::LShift,
        BinaryOp::MatrixMultiply,
        BinaryOp::Multiply,
        BinaryOp::Remainder,
        BinaryOp::Or,
        BinaryOp::Power,
        BinaryOp::RShift,
        BinaryOp::Subtract,
        BinaryOp::TrueDivide,
        BinaryOp::Xor,
        BinaryOp::InplaceAdd,
        BinaryOp::InplaceAnd,
        BinaryOp::InplaceFloorDivide,
        BinaryOp::InplaceLShift,
        BinaryOp::InplaceMatrixMultiply,
        BinaryOp::InplaceMultiply,
        BinaryOp::InplaceRemainder,
        BinaryOp::InplaceOr,
        BinaryOp::InplacePower,
        BinaryOp::InplaceRShift,
        BinaryOp::InplaceSubtract,
        BinaryOp::InplaceTrueDivide,
        BinaryOp::InplaceXor,
    ];

    /// Decodes a `BINARY_OP` oparg.
    pub fn from_arg(arg: u32) -> Option<BinaryOp> {
        Self::ALL.get(arg as usize).copied()
    }

    /// Whether this is an augmented-assignment (`+=`) form.
    pub fn is_inplace(self) -> bool {
        self as u8 >= BinaryOp::InplaceAdd as u8
    }

    /// The non-in-place operator of the same kind.
    pub fn base(self) -> BinaryOp {
        if self.is_inplace() {
            Self::ALL[self as usize - 13]
        } else {
            self
        }
    }

    /// Source spelling, as `dis` shows it (`+`, `+=`, ...).
    pub fn symbol(self) -> &'static str {
        const SYMBOLS: [&str; 26] = [
            "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "+=", "&=", "//=",
            "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
        ];
        SYMBOLS[self as usize]
    }
}

/// Comparison kinds of `COMPARE_OP`, in CPython's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CompareOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CompareOp {
    /// Decodes a `COMPARE_OP` oparg.
    pub fn from_arg(arg: u32) -> Option<CompareOp> {
        Some(match arg {
            0 => CompareOp::Lt,
            1 => CompareOp::Le,
            2 => CompareOp::Eq,
            3 => CompareOp::Ne,
            4 => CompareOp::Gt,
            5 => CompareOp::Ge,
            _ => return None,
        })
    }

    /// Source spelling.
    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }

    /// The comparison with operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        }
    }
}

/// Functions of `CALL_INTRINSIC_1`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Intrinsic1 {
    /// REPL echo: prints repr(TOS) if not None and binds `builtins._`; TOS
    /// becomes None.
    Print = 1,
    /// `from module import *`: TOS is the module; copies its public names
    /// into the locals mapping. TOS becomes None.
    ImportStar = 2,
    /// In generator exception handlers: turns a StopIteration (TOS) into
    /// RuntimeError("generator raised StopIteration").
    StopIterationError = 3,
    /// TOS = +TOS.
    UnaryPositive = 4,
    /// TOS (a list) becomes a tuple.
    ListToTuple = 5,
    /// PEP 695 `T`: TOS (the name, a str) becomes a new `TypeVar` with no
    /// bound or constraints and `__infer_variance__` true.
    TypeVar = 7,
    /// PEP 695 `**P`: TOS (the name) becomes a new `ParamSpec` with
    /// `__infer_variance__` true.
    ParamSpec = 8,
    /// PEP 695 `*Ts`: TOS (the name) becomes a new `TypeVarTuple`.
    TypeVarTuple = 9,
    /// Generic classes: TOS (the tuple of type parameters) becomes
    /// `Generic[*params]`, the implicit last base of the class.
    SubscriptGeneric = 10,
    /// `type X = ...`: TOS is a tuple `(name, type_params or None,
    /// compute_value)`; it becomes a `TypeAliasType` whose `__value__` is
    /// `compute_value()`, evaluated on first access.
    TypeAlias = 11,
}

impl Intrinsic1 {
    /// Decodes a `CALL_INTRINSIC_1` oparg.
    pub fn from_arg(arg: u32) -> Option<Intrinsic1> {
        Some(match arg {
            1 => Intrinsic1::Print,
            2 => Intrinsic1::ImportStar,
            3 => Intrinsic1::StopIterationError,
            4 => Intrinsic1::UnaryPositive,
            5 => Intrinsic1::ListToTuple,
            7 => Intrinsic1::TypeVar,
            8 => Intrinsic1::ParamSpec,
            9 => Intrinsic1::TypeVarTuple,
            10 => Intrinsic1::SubscriptGeneric,
            11 => Intrinsic1::TypeAlias,
            _ => return None,
        })
    }

    /// Name as the disassembler shows it.
    pub fn name(self) -> &'static str {
        match self {
            Intrinsic1::Print => "INTRINSIC_PRINT",
            Intrinsic1::ImportStar => "INTRINSIC_IMPORT_STAR",
            Intrinsic1::StopIterationError => "INTRINSIC_STOPITERATION_ERROR",
            Intrinsic1::UnaryPositive => "INTRINSIC_UNARY_POSITIVE",
            Intrinsic1::ListToTuple => "INTRINSIC_LIST_TO_TUPLE",
            Intrinsic1::TypeVar => "INTRINSIC_TYPEVAR",
            Intrinsic1::ParamSpec => "INTRINSIC_PARAMSPEC",
            Intrinsic1::TypeVarTuple => "INTRINSIC_TYPEVARTUPLE",
            Intrinsic1::SubscriptGeneric => "INTRINSIC_SUBSCRIPT_GENERIC",
            Intrinsic1::TypeAlias => "INTRINSIC_TYPEALIAS",
        }
    }
}

/// Functions of `CALL_INTRINSIC_2` (CPython's numbering). Each pops two
/// values `[a, b]` (b on top) and pushes one result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Intrinsic2 {
    /// `except*`: `a` is the exception originally caught, `b` the list of
    /// exceptions raised or re-raised by the handlers (None entries for
    /// parts nothing matched are skipped). Pushes the exception to re-raise
    /// (None if there is none): re-raised parts keep the structure of `a`,
    /// newly raised ones join them in `ExceptionGroup("", [...])`.
    PrepReraiseStar = 1,
    /// PEP 695 `T: bound`: `a` is the name, `b` a function of no arguments
    /// returning the bound; pushes a `TypeVar` (`__infer_variance__` true)
    /// whose `__bound__` calls `b` on first access.
    TypeVarWithBound = 2,
    /// PEP 695 `T: (c1, c2)`: `a` is the name, `b` a function returning the
    /// constraints tuple; pushes a `TypeVar` whose `__constraints__` calls
    /// `b` on first access.
    TypeVarWithConstraints = 3,
    /// Generic functions: `a` is the new function, `b` the tuple of its type
    /// parameters; sets `a.__type_params__ = b` and pushes `a`.
    SetFunctionTypeParams = 4,
}

impl Intrinsic2 {
    /// Decodes a `CALL_INTRINSIC_2` oparg.
    pub fn from_arg(arg: u32) -> Option<Intrinsic2> {
        Some(match arg {
            1 => Intrinsic2::PrepReraiseStar,
            2 => Intrinsic2::TypeVarWithBound,
            3 => Intrinsic2::TypeVarWithConstraints,
            4 => Intrinsic2::SetFunctionTypeParams,
            _ => return None,
        })
    }

    /// Name as the disassembler shows it.
    pub fn name(self) -> &'static str {
        match self {
            Intrinsic2::PrepReraiseStar => "INTRINSIC_PREP_RERAISE_STAR",
            Intrinsic2::TypeVarWithBound => "INTRINSIC_TYPEVAR_WITH_BOUND",
            Intrinsic2::TypeVarWithConstraints => "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS",
            Intrinsic2::SetFunctionTypeParams => "INTRINSIC_SET_FUNCTION_TYPE_PARAMS",
        }
    }
}

/// One 16-bit code unit: an opcode byte and an argument byte.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
#[repr(C)]
pub struct CodeUnit {
    /// The opcode byte (see [`Opcode`]); `0` for cache units.
    pub op: u8,
    /// The low 8 bits of the argument.
    pub arg: u8,
}

impl CodeUnit {
    /// Builds a code unit.
    pub const fn new(op: Opcode, arg: u8) -> CodeUnit {
        CodeUnit { op: op as u8, arg }
    }

    /// The decoded opcode; unknown bytes decode as `None`.
    pub fn opcode(self) -> Option<Opcode> {
        Opcode::from_u8(self.op)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opcode_bytes_round_trip() {
        for &op in Opcode::ALL {
            assert_eq!(Opcode::from_u8(op as u8), Some(op));
        }
    }

    #[test]
    fn call_consumes_callable_self_and_args() {
        assert_eq!(Opcode::CALL.stack_effect(3, false), -4);
        assert_eq!(Opcode::CALL_KW.stack_effect(3, false), -5);
        assert_eq!(Opcode::LOAD_GLOBAL.stack_effect(1, false), 2);
        assert_eq!(Opcode::FOR_ITER.stack_effect(0, true), -1);
    }

    #[test]
    fn pattern_and_except_star_stack_effects() {
        assert_eq!(Opcode::MATCH_CLASS.stack_effect(2, false), -2);
        assert_eq!(Opcode::MATCH_KEYS.stack_effect(0, false), 1);
        assert_eq!(Opcode::MATCH_SEQUENCE.stack_effect(0, false), 1);
        assert_eq!(Opcode::GET_LEN.stack_effect(0, false), 1);
        assert_eq!(Opcode::CHECK_EG_MATCH.stack_effect(0, false), 0);
        assert_eq!(Intrinsic2::from_arg(1), Some(Intrinsic2::PrepReraiseStar));
    }

    #[test]
    fn inplace_ops_map_to_base() {
        assert_eq!(BinaryOp::InplaceXor.base(), BinaryOp::Xor);
        assert_eq!(BinaryOp::Add.base(), BinaryOp::Add);
        assert_eq!(BinaryOp::InplaceAdd.symbol(), "+=");
    }
}

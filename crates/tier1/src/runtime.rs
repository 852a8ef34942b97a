//! Runtime payloads that need the compiler or the interpreter: code objects,
//! functions, native (builtin) functions, bound methods, modules,
//! descriptors, generators, tracebacks and the builtin iterators.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use num_bigint::BigInt;
use strata_compiler::CodeObject;
use strata_object::Value;

use crate::frame::Frame;
use crate::vm::{PyResult, Vm};

/// Arguments of a native call, vectorcall style: `args` holds positional
/// arguments followed by keyword values; `kwnames` names the trailing
/// `kwnames.len()` entries of `args`.
#[derive(Clone, Copy)]
pub struct FnArgs<'a> {
    pub args: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> FnArgs<'a> {
    /// Positional-only arguments.
    pub fn positional(args: &'a [Value]) -> FnArgs<'a> {
        FnArgs { args, kwnames: &[] }
    }

    /// The positional arguments.
    pub fn pos(&self) -> &'a [Value] {
        &self.args[..self.args.len() - self.kwnames.len()]
    }

    /// Keyword arguments as (name, value) pairs.
    pub fn kwargs(&self) -> impl Iterator<Item = (&'a Value, &'a Value)> {
        let n = self.args.len() - self.kwnames.len();
        self.kwnames.iter().zip(self.args[n..].iter())
    }
}

/// Signature of a native function.
pub type NativeFn = fn(&Vm, FnArgs) -> PyResult;

/// Signature of a native function that inspects its caller's frame
/// (`super()`, `locals()`, `globals()`, `vars()`, `dir()`, `eval`, `exec`).
pub type NativeFrameFn = fn(&Vm, FnArgs, Option<&mut Frame>) -> PyResult;

/// Signature of a native function that reads the frames below its
/// caller's (`sys._getframe`): the calling frame, then the suspended
/// callers of the same evaluation, outermost first.
pub type NativeCallersFn = fn(&Vm, FnArgs, Option<&Frame>, &[Box<Frame>]) -> PyResult;

/// The callable behind a native function object.
#[derive(Clone, Copy)]
pub enum NativeImpl {
    Plain(NativeFn),
    WithFrame(NativeFrameFn),
    WithCallers(NativeCallersFn),
}

/// A builtin function or method (`builtin_function_or_method`); when
/// `is_method`, it lives in a type's namespace and binds like a function.
pub struct NativeFunctionObj {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub func: NativeImpl,
    /// Bound receiver (for `[].append`), prepended to the arguments.
    pub self_: Option<Value>,
    /// A method descriptor: binds to instances on attribute access.
    pub is_method: bool,
    /// A classmethod descriptor: binds to the class (e.g. `dict.fromkeys`).
    pub is_classmethod: bool,
    pub doc: Option<&'static str>,
    /// The type that defines a method descriptor (kept when it is bound):
    /// calls check that the receiver is an instance of it. For a type's
    /// native `__new__`, calls check that the first argument is a subtype.
    pub objclass: Option<Value>,
}

/// A code object as the runtime holds it: the compiled code, its constants
/// as values, and its names interned.
pub struct CodeObj {
    pub code: Rc<CodeObject>,
    pub consts: Vec<Value>,
    pub names: Vec<Value>,
    /// Interned names of the localsplus slots.
    pub local_names: Vec<Value>,
    /// Index of the first cell/free slot, and number of cell variables.
    pub ncells: usize,
    pub nfrees: usize,
}

/// A Python function.
pub struct FunctionObj {
    pub code: Value,
    pub globals: Value,
    pub builtins: Value,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    pub defaults: RefCell<Option<Value>>,
    pub kwdefaults: RefCell<Option<Value>>,
    pub closure: Option<Value>,
    pub doc: RefCell<Value>,
    pub annotations: RefCell<Option<Value>>,
    pub module: RefCell<Value>,
    /// Bumped when `__code__`, defaults, etc. change (for specialization).
    pub version: Cell<u32>,
}

/// A bound method (`method`).
pub struct BoundMethodObj {
    pub func: Value,
    pub self_: Value,
}

/// A module.
pub struct ModuleObj {
    pub dict: Value,
}

/// `property`.
pub struct PropertyObj {
    pub fget: Option<Value>,
    pub fset: Option<Value>,
    pub fdel: Option<Value>,
    pub doc: RefCell<Option<Value>>,
    pub name: RefCell<Option<Value>>,
}

/// `staticmethod` and `classmethod` wrappers.
pub struct MethodWrapperObj {
    pub func: Value,
}

/// `super` objects.
pub struct SuperObj {
    /// The class whose successor on the MRO starts the lookup.
    pub this_class: Value,
    /// The bound object (instance or class), if any.
    pub obj: Option<Value>,
    /// `type(obj)` or obj itself when obj is a subclass.
    pub obj_type: Option<Value>,
}

/// Which flavour of generator-like object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

/// Generators, coroutines and async generators own their frame.
pub struct GeneratorObj {
    pub kind: GenKind,
    pub frame: RefCell<Option<Box<Frame>>>,
    pub running: Cell<bool>,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    /// The code, kept for `gi_code` and reprs even after the frame is gone.
    pub code: Value,
    /// The exception the suspended frame was handling (restored on resume).
    pub exc_state: RefCell<Option<Value>>,
}

/// A frame object: a snapshot of an executing or suspended frame's code,
/// line and namespaces (`tb_frame`, `gi_frame`).
pub struct FrameObj {
    pub code: Value,
    pub lineno: u32,
    pub globals: Value,
    pub locals: Option<Value>,
    /// Snapshot of the calling frame, when it was known (`sys._getframe`).
    pub back: Option<Value>,
}

/// A traceback entry.
pub struct TracebackObj {
    pub next: RefCell<Option<Value>>,
    pub code: Value,
    /// Index of the code unit that was executing.
    pub lasti: u32,
    pub lineno: u32,
    /// Globals of the frame, for `tb_frame.f_globals`.
    pub globals: Value,
}

/// A weak reference.
pub struct WeakRefObj {
    /// Word of the referent while alive; 0 once it is gone.
    pub target: Cell<usize>,
    pub callback: Option<Value>,
    /// The referent's hash, computed on first `hash(ref)` while alive.
    pub hash: Cell<Option<i64>>,
}

/// Iterator over a list, tuple or other indexable builtin sequence.
pub struct SeqIterObj {
    pub seq: RefCell<Option<Value>>,
    pub index: Cell<usize>,
}

/// Iterator calling `__getitem__` with 0, 1, 2... until IndexError.
pub struct GetItemIterObj {
    pub seq: RefCell<Option<Value>>,
    pub index: Cell<usize>,
}

/// Iterator over a range.
pub struct RangeIterObj {
    pub next: RefCell<BigInt>,
    pub step: BigInt,
    pub remaining: RefCell<BigInt>,
    /// Fast path for small ranges.
    pub fast: Cell<Option<(i64, i64, i64)>>,
}

/// Iterator over a str (by character).
pub struct StrIterObj {
    pub s: Value,
    pub byte_pos: Cell<usize>,
}

/// Which part of a dict an iterator or view yields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictPart {
    Keys,
    Values,
    Items,
}

/// Iterator over a dict or set.
pub struct TableIterObj {
    pub container: Value,
    pub part: DictPart,
    pub pos: Cell<usize>,
    pub expected_len: usize,
}

/// `dict.keys()`, `.values()`, `.items()` views.
pub struct DictViewObj {
    pub dict: Value,
    pub part: DictPart,
}

/// `reversed()` over a sequence.
pub struct ReversedObj {
    pub seq: RefCell<Option<Value>>,
    pub index: Cell<isize>,
}

/// `enumerate`.
pub struct EnumerateObj {
    pub iter: Value,
    pub count: RefCell<Value>,
}

/// `zip`.
pub struct ZipObj {
    pub iters: Vec<Value>,
    pub strict: bool,
}

/// `map`.
pub struct MapObj {
    pub func: Value,
    pub iters: Vec<Value>,
}

/// `filter`.
pub struct FilterObj {
    pub func: Value,
    pub iter: Value,
}

/// `iter(callable, sentinel)`.
pub struct CallableIterObj {
    pub func: RefCell<Option<Value>>,
    pub sentinel: Value,
}

/// Wraps a Rust closure-free generator of values for builtins that need an
/// iterator over a snapshot (e.g. `dict.items()` iteration of a copy).
pub struct SnapshotIterObj {
    pub items: Vec<Value>,
    pub index: Cell<usize>,
}

/// What an async generator's awaitable (`__anext__()`, `asend()`,
/// `athrow()`, `aclose()`) does on its first step.
pub enum AsyncGenOp {
    Send(Value),
    Throw(Value),
    Close,
}

/// The awaitable returned by `__anext__`/`asend`/`athrow`/`aclose`.
pub struct AsyncGenAwaitableObj {
    pub gen: Value,
    /// The pending first operation; `None` once started.
    pub op: RefCell<Option<AsyncGenOp>>,
    pub done: Cell<bool>,
}

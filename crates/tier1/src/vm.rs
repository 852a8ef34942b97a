//! The interpreter state (`Vm`): builtin types and singletons, interned
//! strings, the module registry, the thread state (recursion depth, the
//! handled exception) and constructors for common values.
//!
//! One `Vm` exists per interpreter; it is passed as `&Vm` everywhere, and
//! its mutable parts are `Cell`/`RefCell`s whose borrows never span a call
//! into Python code.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use strata_object::header::allocate;
use strata_object::payloads::*;
use strata_object::table::Table;
use strata_object::types::type_layout;
use strata_object::{PayloadInfo, TypeFlags, TypeObject, Value};

use crate::runtime::*;

/// Result of a fallible Python operation; the error is the exception.
pub type PyResult<T = Value> = Result<T, Value>;

/// The builtin types: field, name, base, payload type, flags. A payload
/// followed by `[gc]` is a container (its objects are tracked by the cycle
/// collector; the payload implements `Traverse`).
macro_rules! define_types {
    ($( $field:ident : $name:literal, $base:ident, $payload:ty $([$gc:ident])?, $flags:expr; )*) => {
        /// Every builtin type, by field.
        pub struct Types {
            pub object: Value,
            pub type_: Value,
            $( pub $field: Value, )*
        }

        fn make_types(object: Value, type_: Value) -> Types {
            $(
                let $field = new_static_type(&type_, $name, Some(&define_types!(@base object, type_, $base)),
                    define_types!(@info $payload $(, $gc)?), $flags);
            )*
            Types { object, type_, $( $field, )* }
        }

        impl Types {
            /// Every builtin type.
            pub fn all(&self) -> Vec<&Value> {
                vec![&self.object, &self.type_, $( &self.$field, )*]
            }
        }
    };
    (@info $payload:ty) => { PayloadInfo::of::<$payload>() };
    (@info $payload:ty, gc) => { PayloadInfo::container::<$payload>() };
    (@base $object:ident, $type_:ident, object) => { $object };
    (@base $object:ident, $type_:ident, $other:ident) => { $other };
}

const B: TypeFlags = TypeFlags::BASETYPE;
const N: TypeFlags = TypeFlags::empty();
/// Builtin types a class pattern `T(x)` matches as `x` itself.
const MS: TypeFlags = TypeFlags::BASETYPE.union(TypeFlags::MATCH_SELF);

define_types! {
    int: "int", object, IntObj, MS.union(TypeFlags::INT_SUBCLASS);
    bool_: "bool", int, IntObj, TypeFlags::INT_SUBCLASS.union(TypeFlags::MATCH_SELF);
    float: "float", object, FloatObj, MS.union(TypeFlags::FLOAT_SUBCLASS);
    complex: "complex", object, ComplexObj, B;
    str_: "str", object, StrObj, MS.union(TypeFlags::STR_SUBCLASS);
    bytes: "bytes", object, BytesObj, MS.union(TypeFlags::BYTES_SUBCLASS);
    bytearray: "bytearray", object, ByteArrayObj, MS;
    tuple: "tuple", object, TupleObj [gc], MS.union(TypeFlags::TUPLE_SUBCLASS).union(TypeFlags::SEQUENCE);
    list: "list", object, ListObj [gc], MS.union(TypeFlags::LIST_SUBCLASS).union(TypeFlags::SEQUENCE);
    dict: "dict", object, DictObj [gc], MS.union(TypeFlags::DICT_SUBCLASS).union(TypeFlags::MAPPING);
    set: "set", object, SetObj [gc], MS;
    frozenset: "frozenset", object, SetObj [gc], MS;
    range: "range", object, RangeObj, TypeFlags::SEQUENCE;
    slice: "slice", object, SliceObj, N;
    none_type: "NoneType", object, ObjectObj, N;
    not_implemented_type: "NotImplementedType", object, ObjectObj, N;
    ellipsis_type: "ellipsis", object, ObjectObj, N;
    function: "function", object, FunctionObj [gc], TypeFlags::HAS_DICT;
    native_function: "builtin_function_or_method", object, NativeFunctionObj [gc], N;
    method: "method", object, BoundMethodObj [gc], N;
    code: "code", object, CodeObj, N;
    cell: "cell", object, CellObj [gc], N;
    module: "module", object, ModuleObj [gc], B;
    property: "property", object, PropertyObj [gc], B;
    staticmethod: "staticmethod", object, MethodWrapperObj [gc], B.union(TypeFlags::HAS_DICT);
    classmethod: "classmethod", object, MethodWrapperObj [gc], B.union(TypeFlags::HAS_DICT);
    super_: "super", object, SuperObj [gc], B;
    generator: "generator", object, GeneratorObj [gc], N;
    coroutine: "coroutine", object, GeneratorObj [gc], N;
    async_generator: "async_generator", object, GeneratorObj [gc], N;
    traceback: "traceback", object, TracebackObj [gc], N;
    weakref: "ReferenceType", object, WeakRefObj [gc], B;
    list_iterator: "list_iterator", object, SeqIterObj [gc], N;
    tuple_iterator: "tuple_iterator", object, SeqIterObj [gc], N;
    seq_iterator: "iterator", object, GetItemIterObj [gc], N;
    range_iterator: "range_iterator", object, RangeIterObj, N;    str_iterator: "str_iterator", object, StrIterObj, N;
    str_ascii_iterator: "str_ascii_iterator", object, StrIterObj, N;
    bytes_iterator: "bytes_iterator", object, SeqIterObj [gc], N;
    dict_keyiterator: "dict_keyiterator", object, TableIterObj [gc], N;
    dict_valueiterator: "dict_valueiterator", object, TableIterObj [gc], N;
    dict_itemiterator: "dict_itemiterator", object, TableIterObj [gc], N;
    set_iterator: "set_iterator", object, TableIterObj [gc], N;
    dict_keys: "dict_keys", object, DictViewObj [gc], N;
    dict_values: "dict_values", object, DictViewObj [gc], N;
    dict_items: "dict_items", object, DictViewObj [gc], N;
    reversed: "reversed", object, ReversedObj [gc], B;
    enumerate: "enumerate", object, EnumerateObj [gc], B;
    zip: "zip", object, ZipObj [gc], B;
    map: "map", object, MapObj [gc], B;
    filter: "filter", object, FilterObj [gc], B;
    callable_iterator: "callable_iterator", object, CallableIterObj [gc], N;
    snapshot_iterator: "snapshot_iterator", object, SnapshotIterObj [gc], N;
        async_gen_awaitable: "async_generator_asend", object, AsyncGenAwaitableObj [gc], N;
        frame: "frame", object, FrameObj [gc], N;    method_descriptor: "method_descriptor", object, NativeFunctionObj [gc], N;
    wrapper_descriptor: "wrapper_descriptor", object, NativeFunctionObj [gc], N;
    classmethod_descriptor: "classmethod_descriptor", object, NativeFunctionObj [gc], N;
    getset_descriptor: "getset_descriptor", object, crate::attr::GetSetDescrObj [gc], N;
    member_descriptor: "member_descriptor", object, crate::attr::MemberDescrObj [gc], N;
    stream: "TextIOWrapper", object, crate::sysmod::StdStreamObj, N;
    typevar: "TypeVar", object, crate::typing::TypeParamObj [gc], TypeFlags::HAS_DICT;
    paramspec: "ParamSpec", object, crate::typing::TypeParamObj [gc], TypeFlags::HAS_DICT;
    typevartuple: "TypeVarTuple", object, crate::typing::TypeParamObj [gc], TypeFlags::HAS_DICT;
    paramspec_args: "ParamSpecArgs", object, crate::typing::ParamSpecAttrObj [gc], N;
    paramspec_kwargs: "ParamSpecKwargs", object, crate::typing::ParamSpecAttrObj [gc], N;
    typealias: "TypeAliasType", object, crate::typing::TypeAliasObj [gc], TypeFlags::HAS_DICT;
    generic: "Generic", object, ObjectObj, B;
    generic_alias: "_GenericAlias", object, crate::typing::GenericAliasObj [gc], N;
    types_generic_alias: "GenericAlias", object, crate::objects::generic_alias::GenericAliasObj, N;
    union_type: "UnionType", object, crate::objects::generic_alias::UnionObj, N;
    list_reverseiterator: "list_reverseiterator", object, ReversedObj [gc], N;
    anext_awaitable: "anext_awaitable", object, crate::objects::anext::AnextAwaitableObj, N;
    memoryview: "memoryview", object, crate::objects::memoryview::MemoryViewObj, TypeFlags::SEQUENCE;
    mappingproxy: "mappingproxy", object, crate::objects::mappingproxy::MappingProxyObj, TypeFlags::MAPPING;
}

macro_rules! define_exceptions {
    (root: $root:ident; $( $field:ident : $name:literal < $base:ident; )*) => {
        /// Every builtin exception type, by field.
        pub struct ExcTypes {
            pub $root: Value,
            $( pub $field: Value, )*
        }

        fn make_exceptions(types: &Types) -> ExcTypes {
            let $root = new_static_type(&types.type_, "BaseException", Some(&types.object),
                PayloadInfo::container::<ExceptionObj>(),
                TypeFlags::BASETYPE | TypeFlags::HAS_DICT | TypeFlags::BASE_EXC_SUBCLASS);
            $( let $field = new_static_type(&types.type_, $name, Some(&$base),
                PayloadInfo::container::<ExceptionObj>(),
                TypeFlags::BASETYPE | TypeFlags::HAS_DICT | TypeFlags::BASE_EXC_SUBCLASS); )*
            ExcTypes { $root, $( $field, )* }
        }

        impl ExcTypes {
            /// Every exception type with its name.
            pub fn all(&self) -> Vec<(&'static str, &Value)> {
                vec![("BaseException", &self.$root), $( ($name, &self.$field), )*]
            }
        }
    };
}

define_exceptions! {
    root: base_exception;
    base_exception_group: "BaseExceptionGroup" < base_exception;
    // Also a subclass of Exception (see `link_exception_group`).
    exception_group: "ExceptionGroup" < base_exception_group;
    generator_exit: "GeneratorExit" < base_exception;
    keyboard_interrupt: "KeyboardInterrupt" < base_exception;
    system_exit: "SystemExit" < base_exception;
    exception: "Exception" < base_exception;
    arithmetic_error: "ArithmeticError" < exception;
    floating_point_error: "FloatingPointError" < arithmetic_error;
    overflow_error: "OverflowError" < arithmetic_error;
    zero_division_error: "ZeroDivisionError" < arithmetic_error;
    assertion_error: "AssertionError" < exception;
    attribute_error: "AttributeError" < exception;
    buffer_error: "BufferError" < exception;
    eof_error: "EOFError" < exception;
    import_error: "ImportError" < exception;
    module_not_found_error: "ModuleNotFoundError" < import_error;
    lookup_error: "LookupError" < exception;
    index_error: "IndexError" < lookup_error;
    key_error: "KeyError" < lookup_error;
    memory_error: "MemoryError" < exception;
    name_error: "NameError" < exception;
    unbound_local_error: "UnboundLocalError" < name_error;
    os_error: "OSError" < exception;
    blocking_io_error: "BlockingIOError" < os_error;
    child_process_error: "ChildProcessError" < os_error;
    connection_error: "ConnectionError" < os_error;
    broken_pipe_error: "BrokenPipeError" < connection_error;
    connection_aborted_error: "ConnectionAbortedError" < connection_error;
    connection_refused_error: "ConnectionRefusedError" < connection_error;
    connection_reset_error: "ConnectionResetError" < connection_error;
    file_exists_error: "FileExistsError" < os_error;
    file_not_found_error: "FileNotFoundError" < os_error;
    interrupted_error: "InterruptedError" < os_error;
    is_a_directory_error: "IsADirectoryError" < os_error;
    not_a_directory_error: "NotADirectoryError" < os_error;
    permission_error: "PermissionError" < os_error;
    process_lookup_error: "ProcessLookupError" < os_error;
    timeout_error: "TimeoutError" < os_error;
    reference_error: "ReferenceError" < exception;
    runtime_error: "RuntimeError" < exception;
    not_implemented_error: "NotImplementedError" < runtime_error;
    recursion_error: "RecursionError" < runtime_error;
    stop_async_iteration: "StopAsyncIteration" < exception;
    stop_iteration: "StopIteration" < exception;
    syntax_error: "SyntaxError" < exception;
    indentation_error: "IndentationError" < syntax_error;
    tab_error: "TabError" < indentation_error;
    system_error: "SystemError" < exception;
    type_error: "TypeError" < exception;
    value_error: "ValueError" < exception;
    unicode_error: "UnicodeError" < value_error;
    unicode_decode_error: "UnicodeDecodeError" < unicode_error;
    unicode_encode_error: "UnicodeEncodeError" < unicode_error;
    unicode_translate_error: "UnicodeTranslateError" < unicode_error;
    warning: "Warning" < exception;
    bytes_warning: "BytesWarning" < warning;
    deprecation_warning: "DeprecationWarning" < warning;
    encoding_warning: "EncodingWarning" < warning;
    future_warning: "FutureWarning" < warning;
    import_warning: "ImportWarning" < warning;
    pending_deprecation_warning: "PendingDeprecationWarning" < warning;
    resource_warning: "ResourceWarning" < warning;
    runtime_warning: "RuntimeWarning" < warning;
    syntax_warning: "SyntaxWarning" < warning;
    unicode_warning: "UnicodeWarning" < warning;
    user_warning: "UserWarning" < warning;
}

/// Creates an immortal builtin type.
fn new_static_type(
    type_: &Value,
    name: &str,
    base: Option<&Value>,
    payload: PayloadInfo,
    flags: TypeFlags,
) -> Value {
    let mut flags = flags | TypeFlags::IMMUTABLE;
    let mut n_ext = 0;
    let mut dict_slot = None;
    if let Some(b) = base {
        flags |= type_layout(b).flags.get() & TypeFlags::INHERITED;
    }
    if flags.contains(TypeFlags::HAS_DICT) {
        n_ext = 1;
        dict_slot = Some(0);
    }
    let tobj = TypeObject::new(name, flags, payload, n_ext, dict_slot, Vec::new());
    let ptr = allocate(type_, type_layout(type_), tobj);
    // SAFETY: `allocate` returns a fresh object carrying one reference.
    let v = unsafe { Value::from_raw(ptr) };
    v.header().make_immortal();
    let t = type_layout(&v);
    if let Some(b) = base {
        *t.bases.borrow_mut() = vec![b.clone()];
        *t.base.borrow_mut() = Some(b.clone());
        let mut mro = vec![v.clone()];
        mro.extend(type_layout(b).mro.borrow().iter().cloned());
        *t.mro.borrow_mut() = mro;
        type_layout(b).subclasses.borrow_mut().push(v.header_ptr());
    } else {
        *t.mro.borrow_mut() = vec![v.clone()];
    }
    v
}

/// The interpreter state.
pub struct Vm {
    pub types: Types,
    pub exc: ExcTypes,
    pub none: Value,
    pub true_: Value,
    pub false_: Value,
    pub not_implemented: Value,
    pub ellipsis: Value,
    pub empty_tuple: Value,
    interned: RefCell<rustc_hash::FxHashMap<Rc<str>, Value>>,
    /// `sys.modules`.
    pub modules: Value,
    /// The `builtins` module's dict.
    pub builtins: Value,
    /// The `sys` module (set during start-up).
    pub sys: RefCell<Option<Value>>,
    pub recursion_limit: Cell<usize>,
    /// Python frames currently executing on this thread.
    pub depth: Cell<usize>,
    /// The exception being handled (`sys.exception()`).
    pub handled: RefCell<Option<Value>>,
    /// Lowest Rust stack address the interpreter may grow to.
    pub stack_limit: Cell<usize>,
    /// Engine flags from the command line / environment.
    pub flags: RefCell<crate::flags::Flags>,
    /// Native modules and the bundled Python library.
    pub shipped_modules: RefCell<crate::modules::ModuleRegistry>,
    /// Globals of the Python frame executing most recently (for natives
    /// that need the caller's module, like `type(name, bases, ns)`).
    pub frame_globals: RefCell<Option<Value>>,
    /// Source text of files run or imported, for tracebacks.
    pub sources: RefCell<HashMap<Rc<str>, Rc<str>>>,
    /// The cycle collector's Python-visible state (`gc.callbacks`, ...).
    pub gc: crate::gc::GcRuntime,
}

impl Vm {
    /// Builds a fresh interpreter state with every builtin type, singleton
    /// and the builtins/sys modules.
    pub fn new(flags: crate::flags::Flags) -> Vm {
        // Bootstrap `type` and `object`: `type`'s type is itself.
        let type_ptr = strata_object::header::allocate_self_typed(TypeObject::new(
            "type",
            TypeFlags::BASETYPE | TypeFlags::IMMUTABLE | TypeFlags::TYPE_SUBCLASS,
            PayloadInfo::container::<TypeObject>(),
            0,
            None,
            Vec::new(),
        ));
        // SAFETY: the bootstrap allocation is immortal and carries a reference.
        let type_ = unsafe { Value::from_raw(type_ptr) };
        let object = new_static_type(
            &type_,
            "object",
            None,
            PayloadInfo::of::<ObjectObj>(),
            TypeFlags::BASETYPE,
        );
        {
            let t = type_layout(&type_);
            *t.bases.borrow_mut() = vec![object.clone()];
            *t.base.borrow_mut() = Some(object.clone());
            *t.mro.borrow_mut() = vec![type_.clone(), object.clone()];
            type_layout(&object)
                .subclasses
                .borrow_mut()
                .push(type_.header_ptr());
        }
        let types = make_types(object, type_);
        let exc = make_exceptions(&types);
        crate::objects::exception_group::link_exception_group(&exc);
        let immortal = |ty: &Value, payload| {
            let v = raw_alloc(ty, payload);
            v.header().make_immortal();
            v
        };
        let none = immortal(&types.none_type, ObjectObj);
        let not_implemented = immortal(&types.not_implemented_type, ObjectObj);
        let ellipsis = immortal(&types.ellipsis_type, ObjectObj);
        let true_ = raw_alloc(&types.bool_, IntObj(BigInt::from(1)));
        true_.header().make_immortal();
        let false_ = raw_alloc(&types.bool_, IntObj(BigInt::from(0)));
        false_.header().make_immortal();
        let empty_tuple = raw_alloc(&types.tuple, TupleObj(Box::new([])));
        empty_tuple.header().make_immortal();
        let modules = raw_alloc(&types.dict, DictObj(RefCell::new(Table::new())));
        let builtins = raw_alloc(&types.dict, DictObj(RefCell::new(Table::new())));
        let gc = crate::gc::GcRuntime::new(
            raw_alloc(&types.list, ListObj(RefCell::new(Vec::new()))),
            raw_alloc(&types.list, ListObj(RefCell::new(Vec::new()))),
        );
        let vm = Vm {
            types,
            exc,
            none,
            true_,
            false_,
            not_implemented,
            ellipsis,
            empty_tuple,
            interned: RefCell::new(rustc_hash::FxHashMap::default()),
            modules,
            builtins,
            sys: RefCell::new(None),
            recursion_limit: Cell::new(1000),
            depth: Cell::new(0),
            handled: RefCell::new(None),
            stack_limit: Cell::new(0),
            flags: RefCell::new(flags),
            shipped_modules: RefCell::new(Default::default()),
            sources: RefCell::new(HashMap::new()),
            frame_globals: RefCell::new(None),
            gc,
        };
        strata_object::header::set_weakref_clear_hook(crate::objects::weakref::clear_weakrefs);
        strata_object::header::set_finalizer_hook(crate::gc::finalize_on_dealloc);
        crate::typeslots::init_types(&vm);
        crate::builtins::init_builtins(&vm);
        crate::sysmod::init_sys(&vm);
        crate::typing::init(&vm);
        vm.shipped_modules
            .borrow_mut()
            .add_native("_abc", crate::matching::abc_module);
        vm
    }

    /// Creates a builtin type for a native module: `name` in module
    /// `module`, deriving from `base` (`object` when `None`), whose
    /// instances carry payload `payload` (the base's payload for a type
    /// that adds only methods). The type is immortal; give it methods with
    /// [`crate::typeslots::add_method`] and friends. Its special methods
    /// (`__len__`, `__getitem__`, `__eq__`, ...) are called by the object
    /// protocols like those of a class (`TypeFlags::NATIVE_EXT`).
    pub fn new_native_type(
        &self,
        name: &str,
        module: &str,
        base: Option<&Value>,
        payload: PayloadInfo,
        flags: TypeFlags,
    ) -> Value {
        let base = base.unwrap_or(&self.types.object);
        let flags = flags | TypeFlags::NATIVE_EXT;
        // Like CPython's tp_name, the name used in messages includes the
        // module (`array.array`); `__name__`/`__qualname__` do not.
        let full = if module == "builtins" {
            name.to_string()
        } else {
            format!("{}.{}", module, name)
        };
        let t = new_static_type(&self.types.type_, &full, Some(base), payload, flags);
        *type_layout(&t).qualname.borrow_mut() = Rc::from(name);
        type_layout(&t).set_attr(Rc::from("__module__"), self.new_str(module));
        t
    }

    /// Allocates an object of type `ty` with `payload` (the type's payload
    /// info must be `T`'s).
    pub fn alloc<T: 'static>(&self, ty: &Value, payload: T) -> Value {
        raw_alloc(ty, payload)
    }

    /// `None`.
    pub fn none(&self) -> Value {
        self.none.clone()
    }

    /// The bool object for `b`.
    pub fn bool(&self, b: bool) -> Value {
        if b {
            self.true_.clone()
        } else {
            self.false_.clone()
        }
    }

    /// A new str.
    pub fn new_str(&self, s: &str) -> Value {
        self.alloc(&self.types.str_, StrObj::new(s.into()))
    }

    /// A new str taking ownership of a `String`.
    pub fn new_string(&self, s: String) -> Value {
        self.alloc(&self.types.str_, StrObj::new(s.into_boxed_str()))
    }

    /// The interned str for `s` (identifiers, attribute names).
    pub fn intern(&self, s: &str) -> Value {
        if let Some(v) = self.interned.borrow().get(s) {
            return v.clone();
        }
        let v = self.new_str(s);
        v.header().make_immortal();
        self.interned.borrow_mut().insert(Rc::from(s), v.clone());
        v
    }

    /// An int from an i64.
    pub fn new_int(&self, i: i64) -> Value {
        match Value::small_int(i) {
            Some(v) => v,
            None => self.alloc(&self.types.int, IntObj(BigInt::from(i))),
        }
    }

    /// An int from a BigInt (normalized to a small int when it fits).
    pub fn new_bigint(&self, i: BigInt) -> Value {
        if let Some(v) = i.to_i64().and_then(Value::small_int) {
            return v;
        }
        self.alloc(&self.types.int, IntObj(i))
    }

    /// A float.
    pub fn new_float(&self, f: f64) -> Value {
        self.alloc(&self.types.float, FloatObj(f))
    }

    /// A tuple.
    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return self.empty_tuple.clone();
        }
        self.alloc(&self.types.tuple, TupleObj(items.into_boxed_slice()))
    }

    /// A list.
    pub fn new_list(&self, items: Vec<Value>) -> Value {
        self.alloc(&self.types.list, ListObj(RefCell::new(items)))
    }

    /// An empty dict.
    pub fn new_dict(&self) -> Value {
        self.alloc(&self.types.dict, DictObj(RefCell::new(Table::new())))
    }

    /// An empty set.
    pub fn new_set(&self) -> Value {
        self.alloc(
            &self.types.set,
            SetObj(RefCell::new(strata_object::set_table::SetTable::new())),
        )
    }

    /// A bytes object.
    pub fn new_bytes(&self, b: Vec<u8>) -> Value {
        self.alloc(
            &self.types.bytes,
            BytesObj {
                b: b.into_boxed_slice(),
                hash: std::cell::Cell::new(-1),
            },
        )
    }

    /// The type object of `v`.
    #[inline(always)]
    pub fn type_of(&self, v: &Value) -> Value {
        match v.type_header_ptr() {
            // SAFETY: the type pointer of a live object is a live type; we
            // clone to take our own reference.
            Some(p) => unsafe { (*Value::borrow_raw(p)).clone() },
            None => self.types.int.clone(),
        }
    }

    /// Runs `f` with a borrowed reference to the type of `v` (no refcount
    /// traffic).
    #[inline(always)]
    pub fn with_type<R>(&self, v: &Value, f: impl FnOnce(&Value) -> R) -> R {
        match v.type_header_ptr() {
            // SAFETY: the type outlives `v`, which outlives this call.
            Some(p) => f(unsafe { &Value::borrow_raw(p) }),
            None => f(&self.types.int),
        }
    }

    /// Whether `v`'s type is exactly `ty`.
    #[inline(always)]
    pub fn is_exact(&self, v: &Value, ty: &Value) -> bool {
        match v.type_header_ptr() {
            Some(p) => p == ty.header_ptr(),
            None => ty.is(&self.types.int),
        }
    }

    /// Whether `v`'s type has the given flag (fast builtin isinstance).
    #[inline(always)]
    pub fn type_has(&self, v: &Value, flag: TypeFlags) -> bool {
        self.with_type(v, |t| type_layout(t).has(flag))
    }

    /// `isinstance(v, ty)` by MRO (no `__instancecheck__`).
    pub fn isinstance(&self, v: &Value, ty: &Value) -> bool {
        self.with_type(v, |t| t.is(ty) || type_layout(t).is_subtype_of(ty))
    }

    /// `issubclass(sub, ty)` by MRO, for type objects.
    pub fn is_subtype(&self, sub: &Value, ty: &Value) -> bool {
        sub.is(ty) || type_layout(sub).is_subtype_of(ty)
    }

    /// Whether `v` is a type object.
    pub fn is_type(&self, v: &Value) -> bool {
        self.type_has(v, TypeFlags::TYPE_SUBCLASS)
    }

    /// The name of `v`'s type.
    pub fn type_name(&self, v: &Value) -> Rc<str> {
        self.with_type(v, |t| type_layout(t).name())
    }

    /// Python source registered for `filename` (for traceback lines).
    pub fn source_of(&self, filename: &str) -> Option<Rc<str>> {
        self.sources.borrow().get(filename).cloned()
    }
}

/// Allocates with a type's own layout info.
pub fn raw_alloc<T: 'static>(ty: &Value, payload: T) -> Value {
    let ptr = allocate(ty, type_layout(ty), payload);
    // SAFETY: fresh allocation with one reference.
    unsafe { Value::from_raw(ptr) }
}

thread_local! {
    static CURRENT_VM: std::cell::Cell<*const Vm> = const { std::cell::Cell::new(std::ptr::null()) };
}

/// Registers `vm` as this thread's interpreter for code that runs without a
/// `&Vm` in hand (finalizers run from deallocation). The registration ends
/// when the returned guard is dropped, which must happen before `vm` moves
/// or is dropped.
pub fn install_current_vm(vm: &Vm) -> CurrentVmGuard {
    CURRENT_VM.with(|c| c.set(vm as *const Vm));
    CurrentVmGuard
}

/// Ends the registration made by [`install_current_vm`].
pub struct CurrentVmGuard;

impl Drop for CurrentVmGuard {
    fn drop(&mut self) {
        CURRENT_VM.with(|c| c.set(std::ptr::null()));
    }
}

/// Runs `f` with this thread's interpreter, if one is registered.
pub fn with_current_vm(f: impl FnOnce(&Vm)) {
    let p = CURRENT_VM.with(|c| c.get());
    if !p.is_null() {
        // SAFETY: the pointer was registered by `install_current_vm`, whose
        // guard clears it before the Vm moves or is dropped, so a non-null
        // pointer refers to a live Vm on this thread.
        f(unsafe { &*p })
    }
}

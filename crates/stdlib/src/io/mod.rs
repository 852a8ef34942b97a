//! The native `_io` module (re-exported by `lib/io.py`): the stream class
//! hierarchy and the builtin `open`.
//!
//! Classes: the abstract bases `_IOBase`, `_RawIOBase`, `_BufferedIOBase`,
//! `_TextIOBase` ([`iobase`]); `StringIO` ([`stringio`]) and `BytesIO`
//! ([`bytesio`]); `FileIO` ([`fileio`]); `BufferedReader`,
//! `BufferedWriter`, `BufferedRandom` ([`buffered`]); `TextIOWrapper`
//! ([`textio`]); `open` ([`open`]). Natives find the classes (and
//! `UnsupportedOperation`) in the `_io` module object, importing it first
//! when needed, so `open` works before any `import io`.

pub mod buffered;
pub mod bytesio;
pub mod errors;
pub mod fileio;
pub mod iobase;
pub mod newlines;
pub mod open;
pub mod stringio;
pub mod textio;

use std::cell::RefCell;
use std::rc::Rc;

use strata_object::payloads::ObjectObj;
use strata_object::types::type_layout;
use strata_object::{PayloadInfo, TypeFlags, Value};
use strata_tier1::runtime::{
    FnArgs, ModuleObj, NativeFn, NativeFunctionObj, NativeImpl, PropertyObj,
};
use strata_tier1::sysmod::new_module;
use strata_tier1::{PyResult, Vm};

/// The chunk size of reads and the default buffer size.
pub const CHUNK: usize = 8192;

/// A native function object named `name`.
pub fn native_fn(vm: &Vm, name: &str, f: NativeFn) -> Value {
    vm.alloc(
        &vm.types.native_function,
        NativeFunctionObj {
            name: name.into(),
            qualname: name.into(),
            func: NativeImpl::Plain(f),
            self_: None,
            is_method: false,
            is_classmethod: false,
            doc: None,
            objclass: None,
        },
    )
}

/// Adds a read-only property `name` computed by `f(self)` to `ty`.
pub fn add_getter(vm: &Vm, ty: &Value, name: &str, f: NativeFn) {
    let getter = native_fn(vm, name, f);
    let prop = vm.alloc(
        &vm.types.property,
        PropertyObj {
            fget: Some(getter),
            fset: None,
            fdel: None,
            doc: RefCell::new(None),
            name: RefCell::new(Some(vm.new_str(name))),
        },
    );
    type_layout(ty)
        .namespace
        .borrow_mut()
        .insert(Rc::from(name), prop);
}

/// Attribute `name` of the `_io` module (imported on first use).
pub fn io_attr(vm: &Vm, name: &str) -> PyResult {
    let m = strata_tier1::import::import_module(vm, "_io")?;
    let d = &m
        .downcast::<ModuleObj>()
        .ok_or_else(|| vm.type_error("_io is not a module"))?
        .dict;
    strata_tier1::dict::dict_get_str(vm, d, name)
        .ok_or_else(|| vm.attribute_error(format!("module '_io' has no attribute '{}'", name)))
}

fn set(vm: &Vm, m: &Value, name: &str, v: Value) {
    if let Some(mo) = m.downcast::<ModuleObj>() {
        strata_tier1::dict::dict_set_str(vm, &mo.dict, name, v);
    }
}

/// The builtin `open` function object, created once and shared by
/// `builtins.open` and `io.open`.
pub fn open_function(vm: &Vm) -> Value {
    if let Some(f) = strata_tier1::dict::dict_get_str(vm, &vm.builtins, "open") {
        if f.downcast::<NativeFunctionObj>()
            .is_some_and(|n| &*n.name == "open")
        {
            return f;
        }
    }
    native_fn(vm, "open", open::open)
}

fn text_encoding(vm: &Vm, a: FnArgs) -> PyResult {
    let v = crate::fnargs::bind(
        vm,
        &a,
        0,
        "text_encoding",
        &["encoding", "stacklevel"],
        1,
        2,
    )?;
    match &v[0] {
        Some(e) if !e.is(&vm.none) => Ok(e.clone()),
        _ => Ok(vm.new_str("locale")),
    }
}

/// Builds the `_io` module.
pub fn init(vm: &Vm) -> PyResult<Value> {
    let m = new_module(vm, "_io");
    let flags = TypeFlags::BASETYPE | TypeFlags::HAS_DICT;
    let ty = |name: &str, base: &Value, payload: PayloadInfo| {
        vm.new_native_type(name, "_io", Some(base), payload, flags)
    };
    let obj = PayloadInfo::of::<ObjectObj>;
    let iobase = ty("_IOBase", &vm.types.object, obj());
    let raw = ty("_RawIOBase", &iobase, obj());
    let bufbase = ty("_BufferedIOBase", &iobase, obj());
    let textbase = ty("_TextIOBase", &iobase, obj());
    iobase::setup(vm, &iobase, &raw, &bufbase, &textbase);
    let stringio = ty(
        "StringIO",
        &textbase,
        PayloadInfo::of::<stringio::StringIOObj>(),
    );
    stringio::setup(vm, &stringio);
    let bytesio = ty(
        "BytesIO",
        &bufbase,
        PayloadInfo::of::<bytesio::BytesIOObj>(),
    );
    bytesio::setup(vm, &bytesio);
    let fileio = ty("FileIO", &raw, PayloadInfo::of::<fileio::FileIOObj>());
    fileio::setup(vm, &fileio);
    let mut classes = vec![
        ("_IOBase", iobase),
        ("_RawIOBase", raw),
        ("_BufferedIOBase", bufbase.clone()),
        ("_TextIOBase", textbase.clone()),
        ("StringIO", stringio),
        ("BytesIO", bytesio),
        ("FileIO", fileio),
    ];
    for name in ["BufferedReader", "BufferedWriter", "BufferedRandom"] {
        let t = ty(name, &bufbase, PayloadInfo::of::<buffered::BufferedObj>());
        buffered::setup(vm, &t);
        classes.push((name, t));
    }
    let text = ty(
        "TextIOWrapper",
        &textbase,
        PayloadInfo::of::<textio::TextObj>(),
    );
    textio::setup(vm, &text);
    classes.push(("TextIOWrapper", text));
    for (name, t) in classes {
        set(vm, &m, name, t);
    }
    let ns = vm.new_dict();
    strata_tier1::dict::dict_set_str(vm, &ns, "__module__", vm.new_str("io"));
    let unsupported = vm.call(
        &vm.types.type_,
        &[
            vm.new_str("UnsupportedOperation"),
            vm.new_tuple(vec![vm.exc.os_error.clone(), vm.exc.value_error.clone()]),
            ns,
        ],
    )?;
    set(vm, &m, "UnsupportedOperation", unsupported);
    set(vm, &m, "BlockingIOError", vm.exc.blocking_io_error.clone());
    set(vm, &m, "DEFAULT_BUFFER_SIZE", vm.new_int(CHUNK as i64));
    set(vm, &m, "open", open_function(vm));
    set(
        vm,
        &m,
        "text_encoding",
        native_fn(vm, "text_encoding", text_encoding),
    );
    Ok(m)
}

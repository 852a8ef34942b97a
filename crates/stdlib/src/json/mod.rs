//! The `_json` module: the native accelerator of `lib/json`, with the
//! interface of CPython's `_json`: `scanstring(s, end, strict=True)`,
//! `encode_basestring_ascii(s)`, `encode_basestring(s)`, the scanner type
//! `make_scanner(context)` (see [`scanner`]) and the encoder type
//! `make_encoder(...)` (see [`encoder`]).
//!
//! The pure-Python code in `lib/json` is the fallback and the reference:
//! both produce the same values, the same output and the same errors
//! (`json.decoder.JSONDecodeError` is looked up in `json.decoder` when an
//! error is raised). Positions in the Python API are character indices;
//! the native code works on byte offsets into the UTF-8 text and converts
//! with `StrObj::byte_offset` / `StrObj::char_index`, which cost a short
//! scan, not a walk from the start.

mod encoder;
mod scanner;
mod strings;

use strata_object::payloads::StrObj;
use strata_object::Value;
use strata_tier1::runtime::FnArgs;
use strata_tier1::sysmod::{module_fn, new_module};
use strata_tier1::{PyResult, Vm};

use crate::args;
use strings::StrError;

/// Builds the `_json` module.
pub fn init(vm: &Vm) -> PyResult<Value> {
    let m = new_module(vm, "_json");
    module_fn(vm, &m, "scanstring", scanstring);
    module_fn(vm, &m, "encode_basestring_ascii", encode_basestring_ascii);
    module_fn(vm, &m, "encode_basestring", encode_basestring);
    vm.setattr(&m, &vm.intern("make_scanner"), scanner::new_type(vm))?;
    vm.setattr(&m, &vm.intern("make_encoder"), encoder::new_type(vm))?;
    Ok(m)
}

/// A `json.decoder.JSONDecodeError(msg, doc, pos)` to raise (or the error
/// that building it raised).
fn decode_error(vm: &Vm, msg: &str, doc: &Value, pos: i64) -> Value {
    let build = || -> PyResult {
        let m = strata_tier1::import::import_module(vm, "json.decoder")?;
        let cls = vm.getattr_str(&m, "JSONDecodeError")?;
        vm.call(&cls, &[vm.new_str(msg), doc.clone(), vm.new_int(pos)])
    };
    match build() {
        Ok(e) | Err(e) => e,
    }
}

/// The exception for a string-body error found while decoding `doc`
/// (whose payload is `so`); `begin` is the character index of the opening
/// quote.
fn string_error(vm: &Vm, doc: &Value, so: &StrObj, begin: i64, e: StrError) -> Value {
    let at = |b: usize| so.char_index(b) as i64;
    match e {
        StrError::Unterminated => decode_error(vm, "Unterminated string starting at", doc, begin),
        StrError::Control(b) => decode_error(vm, "Invalid control character at", doc, at(b)),
        StrError::BadEscape(b) => decode_error(vm, "Invalid \\escape", doc, at(b)),
        StrError::BadUnicode(b) => decode_error(vm, "Invalid \\uXXXX escape", doc, at(b)),
        StrError::LoneSurrogate => vm.value_error("chr() arg not in range(0x110000)"),
    }
}

/// CPython's TypeError for a non-str document.
fn not_a_string(vm: &Vm, v: &Value) -> Value {
    vm.type_error(format!(
        "first argument must be a string, not {}",
        vm.type_name(v)
    ))
}

/// One level of native recursion, counted with the Python frames against
/// the recursion limit (CPython's `Py_EnterRecursiveCall`); leaving the
/// level when dropped.
struct Nesting<'a>(&'a Vm);

impl<'a> Nesting<'a> {
    /// Enters a level; RecursionError "maximum recursion depth
    /// exceeded{what}" past the limit or near the end of the Rust stack.
    fn enter(vm: &'a Vm, what: &str) -> PyResult<Nesting<'a>> {
        let d = vm.depth.get() + 1;
        if d > vm.recursion_limit.get() || strata_tier1::stack::near_stack_limit(vm) {
            return Err(vm.recursion_error(format!("maximum recursion depth exceeded{what}")));
        }
        vm.depth.set(d);
        Ok(Nesting(vm))
    }
}

impl Drop for Nesting<'_> {
    fn drop(&mut self) {
        self.0.depth.set(self.0.depth.get() - 1);
    }
}

/// `scanstring(s, end, strict=True)`: decodes the JSON string whose body
/// starts at character `end` of `s`; returns `(str, end after the quote)`.
fn scanstring(vm: &Vm, a: FnArgs) -> PyResult {
    let p = args::positional(vm, &a, "scanstring", "scanstring", 2, 3)?;
    let doc = &p[0];
    let Some(so) = doc.downcast::<StrObj>() else {
        return Err(not_a_string(vm, doc));
    };
    let end = vm.ssize_arg(&p[1])?;
    let strict = match p.get(2) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    if end < 0 || end as usize > so.char_len {
        return Err(vm.value_error("end is out of bounds"));
    }
    let start = so.byte_offset(end as usize);
    match strings::scan_string(&so.s, start, strict) {
        Ok((text, stop)) => {
            let text = match text {
                std::borrow::Cow::Borrowed(t) => vm.new_str(t),
                std::borrow::Cow::Owned(t) => vm.new_string(t),
            };
            let stop = vm.new_int(so.char_index(stop) as i64);
            Ok(vm.new_tuple(vec![text, stop]))
        }
        Err(e) => Err(string_error(vm, doc, so, end - 1, e)),
    }
}

/// The str argument of the `encode_basestring*` functions.
fn str_arg<'a>(vm: &Vm, a: &FnArgs<'a>, name: &str) -> PyResult<&'a StrObj> {
    let v = args::one(vm, a, name)?;
    v.downcast::<StrObj>().ok_or_else(|| not_a_string(vm, v))
}

/// `encode_basestring_ascii(s)`: the ASCII-only JSON literal for `s`.
fn encode_basestring_ascii(vm: &Vm, a: FnArgs) -> PyResult {
    let s = str_arg(vm, &a, "encode_basestring_ascii")?;
    let mut out = String::new();
    strings::escape_ascii(&mut out, &s.s);
    Ok(vm.new_string(out))
}

/// `encode_basestring(s)`: the JSON literal for `s`, keeping non-ASCII
/// characters.
fn encode_basestring(vm: &Vm, a: FnArgs) -> PyResult {
    let s = str_arg(vm, &a, "encode_basestring")?;
    let mut out = String::new();
    strings::escape_unicode(&mut out, &s.s);
    Ok(vm.new_string(out))
}

//! `_json.make_encoder` (the type `_json.Encoder`): `make_encoder(markers,
//! default, encoder, indent, key_separator, item_separator, sort_keys,
//! skipkeys, allow_nan)` builds an encoder for one configuration; calling
//! it as `enc(obj, _current_indent_level)` returns a one-item list holding
//! the whole JSON text (as CPython 3.11's `c_make_encoder` does), and
//! `enc.encode(obj)` returns the text itself.
//!
//! Output and errors follow the Python encoder of `lib/json`: dicts,
//! lists and tuples (and their subclasses), str, int and float (their
//! subclasses through `int.__repr__` / `float.__repr__`), True, False and
//! None; anything else goes through `default`. Unlike CPython 3.11's C
//! encoder, `indent` (None or a str) is honoured, so indented output is
//! native too. With `markers` (a dict; None turns the check off) the
//! containers being encoded are tracked by identity and a cycle raises
//! "Circular reference detected". Nesting counts against the recursion
//! limit. No Python code runs while a container's storage is borrowed.

use rustc_hash::FxHashSet;
use strata_object::payloads::{DictObj, FloatObj, ListObj, StrObj, TupleObj};
use strata_object::text::float_repr::float_repr;
use strata_object::{PayloadInfo, TypeFlags, Value};
use strata_tier1::numeric::{as_int, Int};
use strata_tier1::runtime::{FnArgs, NativeFn, NativeFunctionObj, NativeImpl};
use strata_tier1::typeslots::{add_method, add_static};
use strata_tier1::{PyResult, Vm};

use super::{strings, Nesting};
use crate::args;

/// How str values and keys become JSON literals.
enum StrEncoder {
    /// `_json.encode_basestring_ascii`, run natively.
    Ascii,
    /// `_json.encode_basestring`, run natively.
    Unicode,
    /// Any other callable: called, and must return a str.
    Call(Value),
}

/// Payload of `_json.Encoder` instances.
pub struct EncoderObj {
    check_circular: bool,
    default: Value,
    encoder: StrEncoder,
    indent: Option<Box<str>>,
    key_sep: Box<str>,
    item_sep: Box<str>,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
}

/// Creates the `_json.Encoder` type.
pub fn new_type(vm: &Vm) -> Value {
    let t = vm.new_native_type(
        "Encoder",
        "_json",
        None,
        PayloadInfo::of::<EncoderObj>(),
        TypeFlags::BASETYPE,
    );
    add_static(vm, &t, "__new__", encoder_new);
    add_method(vm, &t, "__call__", encoder_call);
    add_method(vm, &t, "encode", encoder_encode);
    t
}

/// Whether `f` is the native function `target` of this module.
fn is_native(f: &Value, target: NativeFn) -> bool {
    f.downcast::<NativeFunctionObj>().is_some_and(|n| {
        n.self_.is_none()
            && matches!(n.func, NativeImpl::Plain(p) if std::ptr::fn_addr_eq(p, target))
    })
}

/// A str argument of `make_encoder` (separators, indent).
fn str_param(vm: &Vm, v: &Value, pos: usize, what: &str) -> PyResult<Box<str>> {
    match v.downcast::<StrObj>() {
        Some(s) => Ok(s.s.clone()),
        None => Err(vm.type_error(format!(
            "make_encoder() argument {pos} must be {what}, not {}",
            vm.type_name(v)
        ))),
    }
}

/// `make_encoder(markers, default, encoder, indent, key_separator,
/// item_separator, sort_keys, skipkeys, allow_nan)`.
fn encoder_new(vm: &Vm, a: FnArgs) -> PyResult {
    let cls = a
        .args
        .first()
        .cloned()
        .ok_or_else(|| vm.type_error("Encoder.__new__(): not enough arguments"))?;
    let rest = FnArgs {
        args: &a.args[1..],
        kwnames: a.kwnames,
    };
    let names = [
        "markers",
        "default",
        "encoder",
        "indent",
        "key_separator",
        "item_separator",
        "sort_keys",
        "skipkeys",
        "allow_nan",
    ];
    let p: Vec<Value> = args::keywords(vm, &rest, "make_encoder", &names, (0, 9), 9)?
        .into_iter()
        .map(|v| v.expect("required"))
        .collect();
    let markers = &p[0];
    if !markers.is(&vm.none) && !markers.payload_is::<DictObj>() {
        return Err(vm.type_error(format!(
            "make_encoder() argument 1 must be dict or None, not {}",
            vm.type_name(markers)
        )));
    }
    let encoder = if is_native(&p[2], super::encode_basestring_ascii) {
        StrEncoder::Ascii
    } else if is_native(&p[2], super::encode_basestring) {
        StrEncoder::Unicode
    } else {
        StrEncoder::Call(p[2].clone())
    };
    let indent = if p[3].is(&vm.none) {
        None
    } else {
        Some(str_param(vm, &p[3], 4, "str or None")?)
    };
    let payload = EncoderObj {
        check_circular: !markers.is(&vm.none),
        default: p[1].clone(),
        encoder,
        indent,
        key_sep: str_param(vm, &p[4], 5, "str")?,
        item_sep: str_param(vm, &p[5], 6, "str")?,
        sort_keys: vm.truthy(&p[6])?,
        skipkeys: vm.truthy(&p[7])?,
        allow_nan: vm.truthy(&p[8])?,
    };
    strata_tier1::typeobj::alloc_instance(vm, &cls, payload)
}

fn this<'a>(vm: &Vm, a: &FnArgs<'a>, name: &str) -> PyResult<&'a EncoderObj> {
    a.args
        .first()
        .and_then(|v| v.downcast::<EncoderObj>())
        .ok_or_else(|| {
            vm.type_error(format!(
                "descriptor '{name}' of '_json.Encoder' object needs an argument"
            ))
        })
}

/// Encodes `obj` starting at indent level `level` into a new str.
fn encode_to_string(vm: &Vm, enc: &EncoderObj, obj: &Value, level: usize) -> PyResult<String> {
    let mut w = Writer {
        vm,
        enc,
        out: String::new(),
        markers: FxHashSet::default(),
        indent_cache: Vec::new(),
    };
    w.value(obj, level)?;
    Ok(w.out)
}

/// `encoder(obj, _current_indent_level)`: `[text]`.
fn encoder_call(vm: &Vm, a: FnArgs) -> PyResult {
    let enc = this(vm, &a, "__call__")?;
    let rest = FnArgs {
        args: &a.args[1..],
        kwnames: a.kwnames,
    };
    let names = ["obj", "_current_indent_level"];
    let p = args::keywords(vm, &rest, "_iterencode", &names, (0, 2), 2)?;
    let obj = p[0].clone().expect("required");
    let level = vm.ssize_arg(p[1].as_ref().expect("required"))?.max(0) as usize;
    let text = encode_to_string(vm, enc, &obj, level)?;
    Ok(vm.new_list(vec![vm.new_string(text)]))
}

/// `encoder.encode(obj)`: the JSON text of `obj`.
fn encoder_encode(vm: &Vm, a: FnArgs) -> PyResult {
    let enc = this(vm, &a, "encode")?;
    let rest = FnArgs {
        args: &a.args[1..],
        kwnames: a.kwnames,
    };
    let obj = args::one(vm, &rest, "encode")?;
    let text = encode_to_string(vm, enc, obj, 0)?;
    Ok(vm.new_string(text))
}

/// The state of one encoding.
struct Writer<'a> {
    vm: &'a Vm,
    enc: &'a EncoderObj,
    out: String,
    /// Identities of the containers (and defaulted objects) being encoded.
    markers: FxHashSet<usize>,
    /// `"\n" + indent * level`, by level.
    indent_cache: Vec<String>,
}

impl Writer<'_> {
    /// The RecursionError context: CPython's C encoder's, or (with an
    /// indent, where CPython runs its Python encoder) a Python call's.
    fn nesting_what(&self) -> &'static str {
        if self.enc.indent.is_some() {
            " while calling a Python object"
        } else {
            " while encoding a JSON object"
        }
    }

    /// Starts tracking `o`; "Circular reference detected" if it already is.
    fn mark(&mut self, o: &Value) -> PyResult<()> {
        if self.enc.check_circular && !self.markers.insert(o.word()) {
            return Err(self.vm.value_error("Circular reference detected"));
        }
        Ok(())
    }

    fn unmark(&mut self, o: &Value) {
        if self.enc.check_circular {
            self.markers.remove(&o.word());
        }
    }

    /// Appends a newline and the indent of `level` (indent mode only).
    fn newline(&mut self, level: usize) {
        let Some(ind) = &self.enc.indent else {
            return;
        };
        while self.indent_cache.len() <= level {
            let k = self.indent_cache.len();
            let mut s = String::with_capacity(1 + ind.len() * k);
            s.push('\n');
            for _ in 0..k {
                s.push_str(ind);
            }
            self.indent_cache.push(s);
        }
        self.out.push_str(&self.indent_cache[level]);
    }

    /// Appends the JSON literal of str `s` (the value `v` when the encoder
    /// is a Python callable).
    fn string(&mut self, s: &str, v: Option<&Value>) -> PyResult<()> {
        match &self.enc.encoder {
            StrEncoder::Ascii => strings::escape_ascii(&mut self.out, s),
            StrEncoder::Unicode => strings::escape_unicode(&mut self.out, s),
            StrEncoder::Call(f) => {
                let arg = match v {
                    Some(v) => v.clone(),
                    None => self.vm.new_str(s),
                };
                let r = self.vm.call(f, &[arg])?;
                match r.downcast::<StrObj>() {
                    Some(t) => self.out.push_str(&t.s),
                    None => {
                        return Err(self.vm.type_error(format!(
                            "encoder() must return a string, not {}",
                            self.vm.type_name(&r)
                        )))
                    }
                }
            }
        }
        Ok(())
    }

    /// The text of a float: its repr, or NaN/Infinity/-Infinity when
    /// `allow_nan`.
    fn float_text(&self, f: f64) -> PyResult<String> {
        if f.is_finite() {
            return Ok(float_repr(f));
        }
        if !self.enc.allow_nan {
            return Err(self
                .vm
                .value_error("Out of range float values are not JSON compliant"));
        }
        Ok(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_string())
    }

    /// The text of an int (`int.__repr__`).
    fn int_text(&self, v: &Value, i: Int) -> PyResult<String> {
        match i {
            Int::Small(x) => Ok(x.to_string()),
            Int::Big(_) => self.vm.builtin_repr(v),
        }
    }

    /// Appends the JSON text of `o`.
    fn value(&mut self, o: &Value, level: usize) -> PyResult<()> {
        let vm = self.vm;
        if let Some(i) = o.as_small_int() {
            self.out.push_str(itoa(i, &mut [0u8; 20]));
            return Ok(());
        }
        if o.is(&vm.none) {
            self.out.push_str("null");
        } else if o.is(&vm.true_) {
            self.out.push_str("true");
        } else if o.is(&vm.false_) {
            self.out.push_str("false");
        } else if let Some(s) = o.downcast::<StrObj>() {
            self.string(&s.s, Some(o))?;
        } else if let Some(i) = as_int(o) {
            let t = self.int_text(o, i)?;
            self.out.push_str(&t);
        } else if let Some(f) = o.downcast::<FloatObj>() {
            let t = self.float_text(f.0)?;
            self.out.push_str(&t);
        } else if o.payload_is::<ListObj>() || o.payload_is::<TupleObj>() {
            let _n = Nesting::enter(vm, self.nesting_what())?;
            self.list(o, level)?;
        } else if o.payload_is::<DictObj>() {
            let _n = Nesting::enter(vm, self.nesting_what())?;
            self.dict(o, level)?;
        } else {
            self.mark(o)?;
            let new = vm.call(&self.enc.default, std::slice::from_ref(o))?;
            {
                let _n = Nesting::enter(vm, self.nesting_what())?;
                self.value(&new, level)?;
            }
            self.unmark(o);
        }
        Ok(())
    }

    /// Appends a list or tuple. A list is read by index each step (the
    /// `default` hook may change it), as CPython does.
    fn list(&mut self, o: &Value, level: usize) -> PyResult<()> {
        let item = |i: usize| -> Option<Value> {
            match o.downcast::<ListObj>() {
                Some(l) => l.0.borrow().get(i).cloned(),
                None => o.downcast::<TupleObj>().and_then(|t| t.0.get(i).cloned()),
            }
        };
        let Some(first) = item(0) else {
            self.out.push_str("[]");
            return Ok(());
        };
        self.mark(o)?;
        self.out.push('[');
        self.newline(level + 1);
        self.value(&first, level + 1)?;
        let mut i = 1;
        while let Some(v) = item(i) {
            self.out.push_str(&self.enc.item_sep);
            self.newline(level + 1);
            self.value(&v, level + 1)?;
            i += 1;
        }
        self.newline(level);
        self.out.push(']');
        self.unmark(o);
        Ok(())
    }

    /// The items of dict `o`: a snapshot of an exact dict's entries, or
    /// what a subclass's `items()` returns.
    fn items(&self, o: &Value) -> PyResult<Vec<(Value, Value)>> {
        let vm = self.vm;
        if vm.is_exact(o, &vm.types.dict) {
            return Ok(strata_tier1::dict::dict_items(o));
        }
        let items = vm.call(&vm.getattr_str(o, "items")?, &[])?;
        let items = vm.to_vec(&items)?;
        items
            .into_iter()
            .map(|it| match it.downcast::<TupleObj>() {
                Some(t) if t.0.len() == 2 => Ok((t.0[0].clone(), t.0[1].clone())),
                _ => Err(vm.value_error("items must return 2-tuples")),
            })
            .collect()
    }

    /// Sorts items by key: natively when every key is a str, else with
    /// Python comparison of the `(key, value)` pairs.
    fn sort_items(&self, items: Vec<(Value, Value)>) -> PyResult<Vec<(Value, Value)>> {
        let vm = self.vm;
        if items.iter().all(|(k, _)| vm.is_exact(k, &vm.types.str_)) {
            let mut items = items;
            items.sort_by(|(a, _), (b, _)| {
                let a = &a.downcast::<StrObj>().expect("str").s;
                let b = &b.downcast::<StrObj>().expect("str").s;
                a.cmp(b)
            });
            return Ok(items);
        }
        let pairs: Vec<Value> = items
            .into_iter()
            .map(|(k, v)| vm.new_tuple(vec![k, v]))
            .collect();
        let sorted = strata_tier1::methods::sort_values(vm, pairs, None, false)?;
        Ok(sorted
            .iter()
            .map(|p| {
                let t = p.downcast::<TupleObj>().expect("pair");
                (t.0[0].clone(), t.0[1].clone())
            })
            .collect())
    }

    /// Appends the key `k` as a JSON string; `false` if it is skipped.
    fn key(&mut self, k: &Value) -> PyResult<bool> {
        let vm = self.vm;
        if let Some(s) = k.downcast::<StrObj>() {
            self.string(&s.s, Some(k))?;
            return Ok(true);
        }
        let text = if let Some(f) = k.downcast::<FloatObj>() {
            self.float_text(f.0)?
        } else if k.is(&vm.true_) {
            "true".to_string()
        } else if k.is(&vm.false_) {
            "false".to_string()
        } else if k.is(&vm.none) {
            "null".to_string()
        } else if let Some(i) = as_int(k) {
            self.int_text(k, i)?
        } else if self.enc.skipkeys {
            return Ok(false);
        } else {
            return Err(vm.type_error(format!(
                "keys must be str, int, float, bool or None, not {}",
                vm.type_name(k)
            )));
        };
        self.string(&text, None)?;
        Ok(true)
    }

    /// Appends a dict.
    fn dict(&mut self, o: &Value, level: usize) -> PyResult<()> {
        let len = o.downcast::<DictObj>().map_or(0, |d| d.0.borrow().len());
        if len == 0 {
            self.out.push_str("{}");
            return Ok(());
        }
        self.mark(o)?;
        self.out.push('{');
        self.newline(level + 1);
        let mut items = self.items(o)?;
        if self.enc.sort_keys {
            items = self.sort_items(items)?;
        }
        let mut first = true;
        for (k, v) in &items {
            let mark = self.out.len();
            if !first {
                self.out.push_str(&self.enc.item_sep);
                self.newline(level + 1);
            }
            if !self.key(k)? {
                self.out.truncate(mark);
                continue;
            }
            first = false;
            self.out.push_str(&self.enc.key_sep);
            self.value(v, level + 1)?;
        }
        self.newline(level);
        self.out.push('}');
        self.unmark(o);
        Ok(())
    }
}

/// Formats `i` in decimal into `buf`.
fn itoa(i: i64, buf: &mut [u8; 20]) -> &str {
    let mut n = i.unsigned_abs();
    let mut p = buf.len();
    loop {
        p -= 1;
        buf[p] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        p -= 1;
        buf[p] = b'-';
    }
    std::str::from_utf8(&buf[p..]).expect("ascii digits")
}

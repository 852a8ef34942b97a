//! `_json.make_scanner` (the type `_json.Scanner`): `make_scanner(ctx)`
//! reads the decoder `ctx`'s `strict`, `object_hook`,
//! `object_pairs_hook`, `parse_float`, `parse_int` and `parse_constant`
//! once; calling the scanner as `scan_once(string, idx)` decodes one JSON
//! value at character `idx` and returns `(value, end)`, or raises
//! `StopIteration(idx)` where no value starts (CPython's
//! `scan_once_unicode` and the pure-Python scanner of `lib/json`).
//!
//! The parser walks the UTF-8 bytes of the document; positions become
//! character indices only for results and errors. Object keys are
//! memoized by text for the duration of one call, so repeated keys share
//! one str. Nesting counts against the recursion limit.

use std::cell::RefCell;

use rustc_hash::FxHashMap;
use strata_object::payloads::StrObj;
use strata_object::{PayloadInfo, TypeFlags, Value};
use strata_tier1::runtime::FnArgs;
use strata_tier1::typeslots::{add_method, add_static};
use strata_tier1::{PyResult, Vm};

use super::strings::{self, StrError};
use super::{decode_error, not_a_string, string_error, Nesting};
use crate::args;

/// Payload of `_json.Scanner` instances.
pub struct ScannerObj {
    strict: bool,
    object_hook: Option<Value>,
    object_pairs_hook: Option<Value>,
    /// `None` when it is `float` itself (parsed natively).
    parse_float: Option<Value>,
    /// `None` when it is `int` itself (parsed natively).
    parse_int: Option<Value>,
    parse_constant: Value,
    /// Keys seen during the current call, by str hash.
    memo: RefCell<FxHashMap<i64, Value>>,
}

/// Creates the `_json.Scanner` type.
pub fn new_type(vm: &Vm) -> Value {
    let t = vm.new_native_type(
        "Scanner",
        "_json",
        None,
        PayloadInfo::of::<ScannerObj>(),
        TypeFlags::BASETYPE,
    );
    add_static(vm, &t, "__new__", scanner_new);
    add_method(vm, &t, "__call__", scanner_call);
    t
}

/// `make_scanner(context)`.
fn scanner_new(vm: &Vm, a: FnArgs) -> PyResult {
    let cls = a
        .args
        .first()
        .cloned()
        .ok_or_else(|| vm.type_error("Scanner.__new__(): not enough arguments"))?;
    let rest = FnArgs {
        args: &a.args[1..],
        kwnames: a.kwnames,
    };
    let p = args::keywords(vm, &rest, "make_scanner", &["context"], (0, 1), 1)?;
    let ctx = p[0].clone().expect("required");
    let strict = vm.getattr_str(&ctx, "strict")?;
    let strict = vm.truthy(&strict)?;
    let not_none = |v: Value| if v.is(&vm.none) { None } else { Some(v) };
    let object_hook = not_none(vm.getattr_str(&ctx, "object_hook")?);
    let object_pairs_hook = not_none(vm.getattr_str(&ctx, "object_pairs_hook")?);
    let parse_float = vm.getattr_str(&ctx, "parse_float")?;
    let parse_int = vm.getattr_str(&ctx, "parse_int")?;
    let parse_constant = vm.getattr_str(&ctx, "parse_constant")?;
    let payload = ScannerObj {
        strict,
        object_hook,
        object_pairs_hook,
        parse_float: (!parse_float.is(&vm.types.float)).then_some(parse_float),
        parse_int: (!parse_int.is(&vm.types.int)).then_some(parse_int),
        parse_constant,
        memo: RefCell::new(FxHashMap::default()),
    };
    strata_tier1::typeobj::alloc_instance(vm, &cls, payload)
}

/// `scanner(string, idx)`.
fn scanner_call(vm: &Vm, a: FnArgs) -> PyResult {
    let Some(sc) = a.args.first().and_then(|v| v.downcast::<ScannerObj>()) else {
        return Err(
            vm.type_error("descriptor '__call__' of '_json.Scanner' object needs an argument")
        );
    };
    let (doc, idx) = if a.kwnames.is_empty() && a.args.len() == 3 {
        (a.args[1].clone(), a.args[2].clone())
    } else {
        let rest = FnArgs {
            args: &a.args[1..],
            kwnames: a.kwnames,
        };
        let p = args::keywords(vm, &rest, "scan_once", &["string", "idx"], (0, 2), 2)?;
        (
            p[0].clone().expect("required"),
            p[1].clone().expect("required"),
        )
    };
    let Some(so) = doc.downcast::<StrObj>() else {
        return Err(not_a_string(vm, &doc));
    };
    let idx = match idx.as_small_int() {
        Some(i) => i,
        None => vm.ssize_arg(&idx)?,
    };
    if idx < 0 {
        return Err(vm.value_error("idx cannot be negative"));
    }
    if idx as usize >= so.char_len {
        return Err(vm.stop_iteration(Some(vm.new_int(idx))));
    }
    let mut p = Parser {
        vm,
        sc,
        doc: &doc,
        so,
        b: so.s.as_bytes(),
    };
    let r = p.value(so.byte_offset(idx as usize));
    sc.memo.borrow_mut().clear();
    match r {
        Ok((v, end)) => Ok(vm.new_tuple(vec![v, vm.new_int(so.char_index(end) as i64)])),
        Err(Fail::Stop(b)) => Err(vm.stop_iteration(Some(vm.new_int(so.char_index(b) as i64)))),
        Err(Fail::Raise(e)) => Err(e),
    }
}

/// Why a value could not be scanned.
enum Fail {
    /// No value starts at this byte offset (StopIteration).
    Stop(usize),
    /// An exception to raise.
    Raise(Value),
}

impl From<Value> for Fail {
    fn from(e: Value) -> Fail {
        Fail::Raise(e)
    }
}

type Scan = Result<(Value, usize), Fail>;

/// The state of one `scan_once` call.
struct Parser<'a> {
    vm: &'a Vm,
    sc: &'a ScannerObj,
    doc: &'a Value,
    so: &'a StrObj,
    b: &'a [u8],
}

/// Whether `c` is JSON whitespace.
#[inline(always)]
fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r')
}

impl Parser<'_> {
    /// The byte at `i`, or 0 past the end.
    #[inline(always)]
    fn at(&self, i: usize) -> u8 {
        self.b.get(i).copied().unwrap_or(0)
    }

    /// The first non-whitespace offset at or after `i`.
    #[inline(always)]
    fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.b.len() && is_ws(self.b[i]) {
            i += 1;
        }
        i
    }

    /// A JSONDecodeError at byte offset `b`.
    fn error(&self, msg: &str, b: usize) -> Fail {
        Fail::Raise(decode_error(
            self.vm,
            msg,
            self.doc,
            self.so.char_index(b) as i64,
        ))
    }

    /// One value at byte `i`.
    fn value(&mut self, i: usize) -> Scan {
        let vm = self.vm;
        if i >= self.b.len() {
            return Err(Fail::Stop(i));
        }
        let rest = &self.b[i..];
        match self.b[i] {
            b'"' => return self.string(i + 1),
            b'{' => {
                let _n = Nesting::enter(vm, " while decoding a JSON object from a unicode string")?;
                return self.object(i + 1);
            }
            b'[' => {
                let _n = Nesting::enter(vm, " while decoding a JSON array from a unicode string")?;
                return self.array(i + 1);
            }
            b'n' if rest.starts_with(b"null") => return Ok((vm.none(), i + 4)),
            b't' if rest.starts_with(b"true") => return Ok((vm.true_.clone(), i + 4)),
            b'f' if rest.starts_with(b"false") => return Ok((vm.false_.clone(), i + 5)),
            b'N' if rest.starts_with(b"NaN") => return self.constant("NaN", i),
            b'I' if rest.starts_with(b"Infinity") => return self.constant("Infinity", i),
            b'-' if rest.starts_with(b"-Infinity") => return self.constant("-Infinity", i),
            _ => {}
        }
        self.number(i)
    }

    /// `parse_constant(name)` for NaN, Infinity and -Infinity.
    fn constant(&self, name: &str, i: usize) -> Scan {
        let v = self
            .vm
            .call(&self.sc.parse_constant, &[self.vm.intern(name)])?;
        Ok((v, i + name.len()))
    }

    /// A string body at byte `i` (after the quote).
    fn string(&self, i: usize) -> Scan {
        match strings::scan_string(&self.so.s, i, self.sc.strict) {
            Ok((text, end)) => {
                let v = match text {
                    std::borrow::Cow::Borrowed(t) => self.vm.new_str(t),
                    std::borrow::Cow::Owned(t) => self.vm.new_string(t),
                };
                Ok((v, end))
            }
            Err(e) => Err(self.string_fail(i, e)),
        }
    }

    fn string_fail(&self, i: usize, e: StrError) -> Fail {
        let begin = self.so.char_index(i - 1) as i64;
        Fail::Raise(string_error(self.vm, self.doc, self.so, begin, e))
    }

    /// An object key at byte `i` (after the quote), shared through the
    /// memo with earlier equal keys of this call. The memo is keyed by the
    /// str hash, which is computed once here and cached in the new key (a
    /// hash collision just leaves the second key out of the memo).
    fn key(&self, i: usize) -> Scan {
        let (text, end) = match strings::scan_string(&self.so.s, i, self.sc.strict) {
            Ok(r) => r,
            Err(e) => return Err(self.string_fail(i, e)),
        };
        let h = strata_tier1::ops::str_hash(&text);
        let cached = self.sc.memo.borrow().get(&h).cloned();
        if let Some(k) = cached {
            if k.downcast::<StrObj>().is_some_and(|ks| *ks.s == *text) {
                return Ok((k, end));
            }
        }
        let k = match text {
            std::borrow::Cow::Borrowed(t) => self.vm.new_str(t),
            std::borrow::Cow::Owned(t) => self.vm.new_string(t),
        };
        if let Some(ks) = k.downcast::<StrObj>() {
            ks.hash.set(h);
        }
        self.sc
            .memo
            .borrow_mut()
            .entry(h)
            .or_insert_with(|| k.clone());
        Ok((k, end))
    }

    /// An object whose body starts at byte `i` (after `{`).
    fn object(&mut self, i: usize) -> Scan {
        let vm = self.vm;
        let mut i = self.skip_ws(i);
        let pairs_hook = self.sc.object_pairs_hook.is_some();
        let mut pairs: Vec<Value> = Vec::new();
        let d = if pairs_hook {
            None
        } else {
            Some(vm.new_dict())
        };
        if self.at(i) != b'}' {
            loop {
                if self.at(i) != b'"' {
                    return Err(self.error("Expecting property name enclosed in double quotes", i));
                }
                let (key, next) = self.key(i + 1)?;
                i = self.skip_ws(next);
                if self.at(i) != b':' {
                    return Err(self.error("Expecting ':' delimiter", i));
                }
                i = self.skip_ws(i + 1);
                let (val, next) = self.value(i)?;
                match &d {
                    Some(d) => strata_tier1::dict::dict_set_item(vm, d, key, val)?,
                    None => pairs.push(vm.new_tuple(vec![key, val])),
                }
                i = self.skip_ws(next);
                match self.at(i) {
                    b'}' => break,
                    b',' => {}
                    _ => return Err(self.error("Expecting ',' delimiter", i)),
                }
                i = self.skip_ws(i + 1);
            }
        }
        let end = i + 1;
        if let Some(h) = &self.sc.object_pairs_hook {
            let v = vm.call(h, &[vm.new_list(pairs)])?;
            return Ok((v, end));
        }
        let d = d.expect("dict");
        if let Some(h) = &self.sc.object_hook {
            return Ok((vm.call(h, &[d])?, end));
        }
        Ok((d, end))
    }

    /// An array whose body starts at byte `i` (after `[`).
    fn array(&mut self, i: usize) -> Scan {
        let mut i = self.skip_ws(i);
        let mut items = Vec::new();
        if self.at(i) != b']' {
            loop {
                let (val, next) = self.value(i)?;
                items.push(val);
                i = self.skip_ws(next);
                match self.at(i) {
                    b']' => break,
                    b',' => {}
                    _ => return Err(self.error("Expecting ',' delimiter", i)),
                }
                i = self.skip_ws(i + 1);
            }
        }
        Ok((self.vm.new_list(items), i + 1))
    }

    /// A number at byte `start` (CPython's `_match_number_unicode`).
    fn number(&self, start: usize) -> Scan {
        let vm = self.vm;
        let digits = |mut j: usize| {
            while self.at(j).is_ascii_digit() {
                j += 1;
            }
            j
        };
        let mut i = start;
        if self.at(i) == b'-' {
            i += 1;
        }
        match self.at(i) {
            b'1'..=b'9' => i = digits(i + 1),
            b'0' => i += 1,
            _ => return Err(Fail::Stop(start)),
        }
        let int_end = i;
        let mut is_float = false;
        if self.at(i) == b'.' && self.at(i + 1).is_ascii_digit() {
            is_float = true;
            i = digits(i + 2);
        }
        if matches!(self.at(i), b'e' | b'E') {
            let mut j = i + 1;
            if matches!(self.at(j), b'+' | b'-') {
                j += 1;
            }
            let k = digits(j);
            if k > j {
                is_float = true;
                i = k;
            }
        }
        // The number is ASCII, so byte offsets are character offsets here.
        let text = std::str::from_utf8(&self.b[start..i]).expect("ascii number");
        if is_float {
            let v = match &self.sc.parse_float {
                None => vm.new_float(text.parse::<f64>().unwrap_or(f64::NAN)),
                Some(f) => vm.call(f, &[vm.new_str(text)])?,
            };
            return Ok((v, i));
        }
        let v = match &self.sc.parse_int {
            None if int_end - start <= 18 => {
                vm.new_int(text.parse::<i64>().expect("at most 18 digits"))
            }
            None => vm.call(&vm.types.int, &[vm.new_str(text)])?,
            Some(f) => vm.call(f, &[vm.new_str(text)])?,
        };
        Ok((v, i))
    }
}

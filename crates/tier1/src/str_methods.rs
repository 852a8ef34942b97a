//! The named methods of `str` (searching, splitting, padding, case
//! mapping and classification, translation, `encode`, `format_map`) and
//! its constructor `str(object, encoding, errors)`, with CPython's
//! argument handling and error messages. Also the small argument-parsing
//! helpers that the other method files share.

use num_traits::{Signed, ToPrimitive};
use strata_object::payloads::*;
use strata_object::text::unicode::{decimal_value, is_printable, is_python_space};
use strata_object::Value;

use crate::numeric::as_int;
use crate::runtime::*;
use crate::typeobj::alloc_instance;
use crate::typeslots::{add_method, add_static};
use crate::vm::{PyResult, Vm};

// ---------------------------------------------------------------------------
// Argument helpers shared by the method files.

/// The receiver `a.args[0]` with payload `T`, or CPython's descriptor
/// TypeError (`descriptor 'upper' for 'str' objects doesn't apply to a
/// 'int' object`).
pub(crate) fn receiver<'a, T: 'static>(
    vm: &Vm,
    a: &FnArgs<'a>,
    ty: &str,
    meth: &str,
) -> PyResult<&'a T> {
    let Some(v) = a.pos().first() else {
        return Err(vm.type_error(format!(
            "unbound method {}.{}() needs an argument",
            ty, meth
        )));
    };
    v.downcast::<T>().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            meth,
            ty,
            vm.type_name(v)
        ))
    })
}

/// The class argument of a `__new__` (`str.__new__(): not enough
/// arguments` when called bare).
pub(crate) fn cls_arg(vm: &Vm, a: &FnArgs, name: &str) -> PyResult<Value> {
    match a.pos().first() {
        Some(c) if vm.is_type(c) => Ok(c.clone()),
        Some(c) => Err(vm.type_error(format!(
            "{}.__new__(X): X is not a type object ({})",
            name,
            vm.type_name(c)
        ))),
        None => Err(vm.type_error(format!("{}.__new__(): not enough arguments", name))),
    }
}

/// Rejects keyword arguments (`str.center() takes no keyword arguments`).
pub(crate) fn no_kwargs(vm: &Vm, a: &FnArgs, qual: &str) -> PyResult<()> {
    if a.kwnames.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{}() takes no keyword arguments", qual)))
    }
}

/// A method taking no arguments besides self (`str.upper() takes no
/// arguments (1 given)`).
pub(crate) fn no_args(vm: &Vm, a: &FnArgs, qual: &str) -> PyResult<()> {
    no_kwargs(vm, a, qual)?;
    let n = a.pos().len().saturating_sub(1);
    if n != 0 {
        return Err(vm.type_error(format!("{}() takes no arguments ({} given)", qual, n)));
    }
    Ok(())
}

/// A method taking exactly one positional argument besides self.
pub(crate) fn one_arg<'a>(vm: &Vm, a: &FnArgs<'a>, qual: &str) -> PyResult<&'a Value> {
    no_kwargs(vm, a, qual)?;
    let p = a.pos();
    if p.len() != 2 {
        return Err(vm.type_error(format!(
            "{}() takes exactly one argument ({} given)",
            qual,
            p.len().saturating_sub(1)
        )));
    }
    Ok(&p[1])
}

/// Positional-only arguments (Argument Clinic style messages: `center
/// expected at least 1 argument, got 0`). Returns the arguments after self.
pub(crate) fn clinic_args<'a>(
    vm: &Vm,
    a: &FnArgs<'a>,
    name: &str,
    qual: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    no_kwargs(vm, a, qual)?;
    let p = a.pos().get(1..).unwrap_or(&[]);
    let n = p.len();
    if n < min || n > max {
        let (word, k) = if min == max {
            ("", min)
        } else if n < min {
            ("at least ", min)
        } else {
            ("at most ", max)
        };
        return Err(vm.type_error(format!(
            "{} expected {}{} argument{}, got {}",
            name,
            word,
            k,
            if k == 1 { "" } else { "s" },
            n
        )));
    }
    Ok(p)
}

/// Positional-only arguments with `PyArg_ParseTuple` style messages
/// (`count() takes at least 1 argument (0 given)`).
pub(crate) fn tuple_args<'a>(
    vm: &Vm,
    a: &FnArgs<'a>,
    name: &str,
    qual: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    no_kwargs(vm, a, qual)?;
    let p = a.pos().get(1..).unwrap_or(&[]);
    let n = p.len();
    if n < min || n > max {
        let (word, k) = if min == max {
            ("exactly", min)
        } else if n < min {
            ("at least", min)
        } else {
            ("at most", max)
        };
        return Err(vm.type_error(format!(
            "{}() takes {} {} argument{} ({} given)",
            name,
            word,
            k,
            if k == 1 { "" } else { "s" },
            n
        )));
    }
    Ok(p)
}

/// Arguments that may be given by position or keyword: `names` in order,
/// the first `max_pos` positional, the first `required` mandatory. Returns
/// one slot per name.
pub(crate) fn kw_args(
    vm: &Vm,
    a: &FnArgs,
    fname: &str,
    names: &[&str],
    max_pos: usize,
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let p = a.pos().get(1..).unwrap_or(&[]);
    if p.len() > max_pos {
        let what = if max_pos == names.len() {
            "argument"
        } else {
            "positional argument"
        };
        return Err(vm.type_error(format!(
            "{}() takes at most {} {}{} ({} given)",
            fname,
            max_pos,
            what,
            if max_pos == 1 { "" } else { "s" },
            p.len()
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (i, v) in p.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    // As CPython's `_PyArg_UnpackKeywords`: a missing required argument is
    // reported before an unknown keyword.
    let mut unknown = None;
    for (k, v) in a.kwargs() {
        let k = vm.str_lossy(k);
        match names.iter().position(|n| *n == k) {
            Some(i) => {
                if out[i].is_some() {
                    return Err(vm.type_error(format!(
                        "argument for {}() given by name ('{}') and position ({})",
                        fname,
                        k,
                        i + 1
                    )));
                }
                out[i] = Some(v.clone());
            }
            None => {
                unknown.get_or_insert(k);
            }
        }
    }
    for (i, slot) in out.iter().enumerate().take(required) {
        if slot.is_none() {
            return Err(vm.type_error(format!(
                "{}() missing required argument '{}' (pos {})",
                fname,
                names[i],
                i + 1
            )));
        }
    }
    if let Some(k) = unknown {
        return Err(vm.type_error(format!(
            "'{}' is an invalid keyword argument for {}()",
            k, fname
        )));
    }
    Ok(out)
}

/// A slice index argument (`None` or absent gives `default`), clamped to
/// the i64 range like CPython's `_PyEval_SliceIndex`.
pub(crate) fn slice_index(
    vm: &Vm,
    v: Option<&Value>,
    default: i64,
    allow_none: bool,
) -> PyResult<i64> {
    let Some(v) = v else { return Ok(default) };
    if allow_none && v.is(&vm.none) {
        return Ok(default);
    }
    let big = if let Some(i) = as_int(v) {
        i.to_big()
    } else if vm.lookup_special(v, "__index__").is_some() {
        vm.index(v)?
    } else {
        return Err(vm.type_error(if allow_none {
            "slice indices must be integers or None or have an __index__ method"
        } else {
            "slice indices must be integers or have an __index__ method"
        }));
    };
    Ok(big.to_i64().unwrap_or(if big.is_negative() {
        i64::MIN
    } else {
        i64::MAX
    }))
}

/// CPython's `ADJUST_INDICES`: clamps `start`/`end` to `0..=len` (start may
/// still exceed end, or len).
pub(crate) fn adjust_indices(start: i64, end: i64, len: usize) -> (i64, i64) {
    let len = len as i64;
    let end = if end > len {
        len
    } else if end < 0 {
        (end + len).max(0)
    } else {
        end
    };
    let start = if start < 0 {
        (start + len).max(0)
    } else {
        start
    };
    (start, end)
}

/// `(start, end)` from optional arguments, adjusted to `len`.
pub(crate) fn range_args(
    vm: &Vm,
    args: &[Value],
    first: usize,
    len: usize,
) -> PyResult<(i64, i64)> {
    let s = slice_index(vm, args.get(first), 0, true)?;
    let e = slice_index(vm, args.get(first + 1), i64::MAX, true)?;
    Ok(adjust_indices(s, e, len))
}

/// An index-sized integer argument (`'str' object cannot be interpreted as
/// an integer`), clamped to the i64 range.
pub(crate) fn int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    let b = vm.index(v)?;
    Ok(b.to_i64()
        .unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }))
}

/// The value of keyword-or-positional slot `i`, if given.
fn slot(v: &[Option<Value>], i: usize) -> Option<&Value> {
    v.get(i).and_then(|x| x.as_ref())
}

// ---------------------------------------------------------------------------
// Text helpers.

/// A str with char-index to byte-offset conversion.
struct Text<'a> {
    o: &'a StrObj,
    s: &'a str,
    len: usize,
}

impl<'a> Text<'a> {
    fn new(o: &'a StrObj) -> Text<'a> {
        Text {
            o,
            s: &o.s,
            len: o.char_len,
        }
    }

    /// Byte offset of char index `ci` (clamped to the end).
    fn byte(&self, ci: i64) -> usize {
        self.o.byte_offset(ci.max(0) as usize)
    }

    /// Char index of byte offset `b`.
    fn char_index(&self, b: usize) -> usize {
        self.o.char_index(b)
    }
}

fn self_str<'a>(vm: &Vm, a: &FnArgs<'a>, meth: &str) -> PyResult<&'a StrObj> {
    receiver::<StrObj>(vm, a, "str", meth)
}

/// A str argument (`must be str, not int`).
fn str_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a StrObj> {
    v.downcast::<StrObj>()
        .ok_or_else(|| vm.type_error(format!("must be str, not {}", vm.type_name(v))))
}

/// A str argument of an Argument Clinic function (`replace() argument 1
/// must be str, not int`).
fn str_argn<'a>(vm: &Vm, v: &'a Value, fname: &str, which: &str) -> PyResult<&'a StrObj> {
    v.downcast::<StrObj>().ok_or_else(|| {
        vm.type_error(format!(
            "{}() argument {} must be str, not {}",
            fname,
            which,
            vm.type_name(v)
        ))
    })
}

/// A new str, or the receiver itself when unchanged and exact.
fn same_or_new(vm: &Vm, orig: &Value, s: String) -> Value {
    if vm.is_exact(orig, &vm.types.str_) && vm.str_lossy(orig).len() == s.len() {
        if let Some(o) = orig.downcast::<StrObj>() {
            if *o.s == *s {
                return orig.clone();
            }
        }
    }
    vm.new_string(s)
}

use strata_object::text::unicode as uc;

/// Titlecase letters (category Lt).
fn is_titlecase(c: char) -> bool {
    uc::is_title(c)
}

/// Cased characters (lowercase, uppercase or titlecase).
fn is_cased(c: char) -> bool {
    uc::is_cased(c)
}

/// Titlecase mapping (full), as `str.title()`/`capitalize()` use it.
fn to_title(c: char, out: &mut String) {
    uc::push_title(c, out);
}

/// Lowercases `c` at char position `i` of `chars`, with the final-sigma
/// rule.
fn lower_at(chars: &[char], i: usize, out: &mut String) {
    let c = chars[i];
    if c == 'Σ' {
        let before = chars[..i]
            .iter()
            .rev()
            .find(|c| !uc::is_case_ignorable(**c))
            .is_some_and(|c| is_cased(*c));
        let after = chars[i + 1..]
            .iter()
            .find(|c| !uc::is_case_ignorable(**c))
            .is_some_and(|c| is_cased(*c));
        out.push(if before && !after { 'ς' } else { 'σ' });
    } else {
        uc::push_lower(c, out);
    }
}

fn casefold_char(c: char, out: &mut String) {
    uc::push_fold(c, out);
}

/// `str.isdigit()` for one character.
fn is_digit_char(c: char) -> bool {
    uc::is_digit(c)
}

/// `str.isnumeric()` for one character.
fn is_numeric_char(c: char) -> bool {
    uc::is_numeric(c)
}

/// `str.isalpha()` for one character (letters: categories L*).
fn is_alpha_char(c: char) -> bool {
    uc::is_alpha(c)
}

fn is_alnum_char(c: char) -> bool {
    is_alpha_char(c) || is_numeric_char(c) || decimal_value(c).is_some()
}

fn is_xid_start(c: char) -> bool {
    c == '_' || uc::is_xid_start(c)
}

fn is_xid_continue(c: char) -> bool {
    uc::is_xid_continue(c)
}

/// Whether `c` ends a line for `splitlines`.
pub(crate) fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

// ---------------------------------------------------------------------------
// Searching.

/// Finds `sub` in `t[start:end]`; the char index of the match.
fn find_in(t: &Text, sub: &str, start: i64, end: i64, rev: bool) -> Option<usize> {
    let sublen = if sub.is_ascii() {
        sub.len()
    } else {
        sub.chars().count()
    };
    if end - start < sublen as i64 {
        return None;
    }
    let (b0, b1) = (t.byte(start), t.byte(end));
    let hay = &t.s[b0..b1];
    let p = if rev { hay.rfind(sub) } else { hay.find(sub) }?;
    Some(t.char_index(b0 + p))
}

fn find_common(vm: &Vm, a: &FnArgs, name: &str, rev: bool) -> PyResult<Option<usize>> {
    let o = self_str(vm, a, name)?;
    let p = tuple_args(vm, a, name, &format!("str.{}", name), 1, 3)?;
    let sub = str_of(vm, &p[0])?;
    let t = Text::new(o);
    let (s, e) = range_args(vm, p, 1, t.len)?;
    Ok(find_in(&t, &sub.s, s, e, rev))
}

fn str_find(vm: &Vm, a: FnArgs) -> PyResult {
    let r = find_common(vm, &a, "find", false)?;
    Ok(vm.new_int(r.map_or(-1, |i| i as i64)))
}

fn str_rfind(vm: &Vm, a: FnArgs) -> PyResult {
    let r = find_common(vm, &a, "rfind", true)?;
    Ok(vm.new_int(r.map_or(-1, |i| i as i64)))
}

fn str_index(vm: &Vm, a: FnArgs) -> PyResult {
    match find_common(vm, &a, "index", false)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn str_rindex(vm: &Vm, a: FnArgs) -> PyResult {
    match find_common(vm, &a, "rindex", true)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn str_count(vm: &Vm, a: FnArgs) -> PyResult {
    let o = self_str(vm, &a, "count")?;
    let p = tuple_args(vm, &a, "count", "str.count", 1, 3)?;
    let sub = str_of(vm, &p[0])?;
    let t = Text::new(o);
    let (s, e) = range_args(vm, p, 1, t.len)?;
    let sublen = sub.char_len as i64;
    if e - s < sublen {
        return Ok(vm.new_int(0));
    }
    if sub.s.is_empty() {
        return Ok(vm.new_int(e - s + 1));
    }
    let hay = &t.s[t.byte(s)..t.byte(e)];
    Ok(vm.new_int(hay.matches(&*sub.s).count() as i64))
}

fn affix(vm: &Vm, a: &FnArgs, name: &str, start: bool) -> PyResult {
    let o = self_str(vm, a, name)?;
    let p = tuple_args(vm, a, name, &format!("str.{}", name), 1, 3)?;
    let t = Text::new(o);
    let (s, e) = range_args(vm, p, 1, t.len)?;
    let test = |sub: &StrObj| -> bool {
        let end = e - sub.char_len as i64;
        if end < s {
            return false;
        }
        let hay = &t.s[t.byte(s)..t.byte(e)];
        if start {
            hay.starts_with(&*sub.s)
        } else {
            hay.ends_with(&*sub.s)
        }
    };
    if let Some(tup) = p[0].downcast::<TupleObj>() {
        for x in tup.0.iter() {
            let sub = x.downcast::<StrObj>().ok_or_else(|| {
                vm.type_error(format!(
                    "tuple for {} must only contain str, not {}",
                    name,
                    vm.type_name(x)
                ))
            })?;
            if test(sub) {
                return Ok(vm.true_.clone());
            }
        }
        return Ok(vm.false_.clone());
    }
    let sub = p[0].downcast::<StrObj>().ok_or_else(|| {
        vm.type_error(format!(
            "{} first arg must be str or a tuple of str, not {}",
            name,
            vm.type_name(&p[0])
        ))
    })?;
    Ok(vm.bool(test(sub)))
}

fn str_startswith(vm: &Vm, a: FnArgs) -> PyResult {
    affix(vm, &a, "startswith", true)
}

fn str_endswith(vm: &Vm, a: FnArgs) -> PyResult {
    affix(vm, &a, "endswith", false)
}

fn str_replace(vm: &Vm, a: FnArgs) -> PyResult {
    let o = self_str(vm, &a, "replace")?;
    let p = clinic_args(vm, &a, "replace", "str.replace", 2, 3)?;
    let old = str_argn(vm, &p[0], "replace", "1")?;
    let new = str_argn(vm, &p[1], "replace", "2")?;
    let count = match p.get(2) {
        Some(c) => int_arg(vm, c)?,
        None => -1,
    };
    let r = if count < 0 {
        o.s.replace(&*old.s, &new.s)
    } else {
        o.s.replacen(&*old.s, &new.s, count as usize)
    };
    Ok(same_or_new(vm, &a.args[0], r))
}

// ---------------------------------------------------------------------------
// Splitting and joining.

fn str_join(vm: &Vm, a: FnArgs) -> PyResult {
    let sep = self_str(vm, &a, "join")?;
    let it = one_arg(vm, &a, "str.join")?;
    let items = match vm.to_vec(it) {
        Ok(v) => v,
        Err(e)
            if vm.exc_matches(&e, &vm.exc.type_error)
                && vm.lookup_special(it, "__iter__").is_none()
                && vm.lookup_special(it, "__getitem__").is_none() =>
        {
            return Err(vm.type_error("can only join an iterable"))
        }
        Err(e) => return Err(e),
    };
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        let Some(s) = x.downcast::<StrObj>() else {
            return Err(vm.type_error(format!(
                "sequence item {}: expected str instance, {} found",
                i,
                vm.type_name(x)
            )));
        };
        if i > 0 {
            out.push_str(&sep.s);
        }
        out.push_str(&s.s);
    }
    if items.len() == 1 && vm.is_exact(&items[0], &vm.types.str_) {
        return Ok(items[0].clone());
    }
    Ok(vm.new_string(out))
}

/// Splits on runs of whitespace from the left, at most `max` times.
fn split_ws(s: &str, max: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(is_python_space);
    while !rest.is_empty() {
        if max >= 0 && out.len() as i64 >= max {
            out.push(rest);
            break;
        }
        let end = rest.find(is_python_space).unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = rest[end..].trim_start_matches(is_python_space);
    }
    out
}

/// Splits on runs of whitespace from the right, at most `max` times.
fn rsplit_ws(s: &str, max: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(is_python_space);
    while !rest.is_empty() {
        if max >= 0 && out.len() as i64 >= max {
            out.push(rest);
            break;
        }
        let start = rest
            .rfind(is_python_space)
            .map(|i| i + rest[i..].chars().next().map_or(1, char::len_utf8))
            .unwrap_or(0);
        out.push(&rest[start..]);
        rest = rest[..start].trim_end_matches(is_python_space);
    }
    out.reverse();
    out
}

fn split_common(vm: &Vm, a: &FnArgs, name: &str, rev: bool) -> PyResult {
    let o = self_str(vm, a, name)?;
    let v = kw_args(vm, a, name, &["sep", "maxsplit"], 2, 0)?;
    let max = match slot(&v, 1) {
        Some(m) => int_arg(vm, m)?,
        None => -1,
    };
    let s: &str = &o.s;
    let parts: Vec<&str> = match slot(&v, 0).filter(|x| !x.is(&vm.none)) {
        None => {
            if rev {
                rsplit_ws(s, max)
            } else {
                split_ws(s, max)
            }
        }
        Some(sep) => {
            let sep = sep.downcast::<StrObj>().ok_or_else(|| {
                vm.type_error(format!("must be str or None, not {}", vm.type_name(sep)))
            })?;
            if sep.s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            match (rev, max) {
                (false, m) if m >= 0 => s.splitn(m as usize + 1, &*sep.s).collect(),
                (false, _) => s.split(&*sep.s).collect(),
                (true, m) if m >= 0 => {
                    let mut r: Vec<&str> = s.rsplitn(m as usize + 1, &*sep.s).collect();
                    r.reverse();
                    r
                }
                (true, _) => s.split(&*sep.s).collect(),
            }
        }
    };
    if parts.len() == 1 && vm.is_exact(&a.args[0], &vm.types.str_) && parts[0].len() == s.len() {
        return Ok(vm.new_list(vec![a.args[0].clone()]));
    }
    Ok(vm.new_list(parts.into_iter().map(|p| vm.new_str(p)).collect()))
}

fn str_split(vm: &Vm, a: FnArgs) -> PyResult {
    split_common(vm, &a, "split", false)
}

fn str_rsplit(vm: &Vm, a: FnArgs) -> PyResult {
    split_common(vm, &a, "rsplit", true)
}

fn str_splitlines(vm: &Vm, a: FnArgs) -> PyResult {
    let o = self_str(vm, &a, "splitlines")?;
    let v = kw_args(vm, &a, "splitlines", &["keepends"], 1, 0)?;
    let keep = match slot(&v, 0) {
        Some(k) => {
            if crate::numeric::as_float(k).is_some() {
                return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
            }
            vm.truthy(k)?
        }
        None => false,
    };
    let s: &str = &o.s;
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if is_linebreak(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some((_, '\n')) = it.peek() {
                    it.next();
                    end += 1;
                }
            }
            out.push(vm.new_str(if keep { &s[start..end] } else { &s[start..i] }));
            start = end;
        }
    }
    if start < s.len() {
        out.push(vm.new_str(&s[start..]));
    }
    Ok(vm.new_list(out))
}

fn partition_common(vm: &Vm, a: &FnArgs, name: &str, rev: bool) -> PyResult {
    let o = self_str(vm, a, name)?;
    let sep = one_arg(vm, a, &format!("str.{}", name))?;
    let sep = str_of(vm, sep)?;
    if sep.s.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let s: &str = &o.s;
    let found = if rev {
        s.rfind(&*sep.s)
    } else {
        s.find(&*sep.s)
    };
    let e = || vm.new_str("");
    Ok(match found {
        Some(i) => vm.new_tuple(vec![
            vm.new_str(&s[..i]),
            a.args[1].clone(),
            vm.new_str(&s[i + sep.s.len()..]),
        ]),
        None if rev => vm.new_tuple(vec![e(), e(), a.args[0].clone()]),
        None => vm.new_tuple(vec![a.args[0].clone(), e(), e()]),
    })
}

fn str_partition(vm: &Vm, a: FnArgs) -> PyResult {
    partition_common(vm, &a, "partition", false)
}

fn str_rpartition(vm: &Vm, a: FnArgs) -> PyResult {
    partition_common(vm, &a, "rpartition", true)
}

// ---------------------------------------------------------------------------
// Stripping and padding.

fn strip_common(vm: &Vm, a: &FnArgs, name: &str, left: bool, right: bool) -> PyResult {
    let o = self_str(vm, a, name)?;
    let p = clinic_args(vm, a, name, &format!("str.{}", name), 0, 1)?;
    let s: &str = &o.s;
    let r = match p.first().filter(|c| !c.is(&vm.none)) {
        None => {
            let mut r = s;
            if left {
                r = r.trim_start_matches(is_python_space);
            }
            if right {
                r = r.trim_end_matches(is_python_space);
            }
            r
        }
        Some(c) => {
            let cs = c
                .downcast::<StrObj>()
                .ok_or_else(|| vm.type_error(format!("{} arg must be None or str", name)))?;
            let set: Vec<char> = cs.s.chars().collect();
            let mut r = s;
            if left {
                r = r.trim_start_matches(|c: char| set.contains(&c));
            }
            if right {
                r = r.trim_end_matches(|c: char| set.contains(&c));
            }
            r
        }
    };
    if r.len() == s.len() && vm.is_exact(&a.args[0], &vm.types.str_) {
        return Ok(a.args[0].clone());
    }
    Ok(vm.new_str(r))
}

fn str_strip(vm: &Vm, a: FnArgs) -> PyResult {
    strip_common(vm, &a, "strip", true, true)
}

fn str_lstrip(vm: &Vm, a: FnArgs) -> PyResult {
    strip_common(vm, &a, "lstrip", true, false)
}

fn str_rstrip(vm: &Vm, a: FnArgs) -> PyResult {
    strip_common(vm, &a, "rstrip", false, true)
}

/// 0: ljust, 1: rjust, 2: center.
fn pad_common(vm: &Vm, a: &FnArgs, name: &str, how: u8) -> PyResult {
    let o = self_str(vm, a, name)?;
    let p = clinic_args(vm, a, name, &format!("str.{}", name), 1, 2)?;
    let width = vm.ssize_arg(&p[0])?;
    let fill = match p.get(1) {
        None => ' ',
        Some(f) => {
            let f = f.downcast::<StrObj>().ok_or_else(|| {
                vm.type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    vm.type_name(f)
                ))
            })?;
            let mut cs = f.s.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(
                        vm.type_error("The fill character must be exactly one character long")
                    )
                }
            }
        }
    };
    let len = o.char_len as i64;
    if width <= len {
        return Ok(if vm.is_exact(&a.args[0], &vm.types.str_) {
            a.args[0].clone()
        } else {
            vm.new_str(&o.s)
        });
    }
    let marg = width - len;
    let (left, right) = match how {
        0 => (0, marg),
        1 => (marg, 0),
        _ => {
            let left = marg / 2 + (marg & width & 1);
            (left, marg - left)
        }
    };
    let mut out = String::new();
    let extra = (marg as usize)
        .checked_mul(fill.len_utf8())
        .and_then(|n| n.checked_add(o.s.len()))
        .ok_or_else(|| vm.memory_error(""))?;
    vm.try_reserve_str(&mut out, extra)?;
    out.extend(std::iter::repeat_n(fill, left as usize));
    out.push_str(&o.s);
    out.extend(std::iter::repeat_n(fill, right as usize));
    Ok(vm.new_string(out))
}

fn str_ljust(vm: &Vm, a: FnArgs) -> PyResult {
    pad_common(vm, &a, "ljust", 0)
}

fn str_rjust(vm: &Vm, a: FnArgs) -> PyResult {
    pad_common(vm, &a, "rjust", 1)
}

fn str_center(vm: &Vm, a: FnArgs) -> PyResult {
    pad_common(vm, &a, "center", 2)
}

fn str_zfill(vm: &Vm, a: FnArgs) -> PyResult {
    let o = self_str(vm, &a, "zfill")?;
    let w = one_arg(vm, &a, "str.zfill")?;
    let width = vm.ssize_arg(w)?;
    let len = o.char_len as i64;
    if width <= len {
        return Ok(if vm.is_exact(&a.args[0], &vm.types.str_) {
            a.args[0].clone()
        } else {
            vm.new_str(&o.s)
        });
    }
    let fill = (width - len) as usize;
    let s: &str = &o.s;
    let mut out = String::new();
    vm.try_reserve_str(&mut out, s.len() + fill)?;
    let body = match s.chars().next() {
        Some(c @ ('+' | '-')) => {
            out.push(c);
            &s[1..]
        }
        _ => s,
    };
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(body);
    Ok(vm.new_string(out))
}

fn str_expandtabs(vm: &Vm, a: FnArgs) -> PyResult {
    let o = self_str(vm, &a, "expandtabs")?;
    let v = kw_args(vm, &a, "expandtabs", &["tabsize"], 1, 0)?;
    let tab = match slot(&v, 0) {
        Some(t) => vm.c_int_arg(t)? as i64,
        None => 8,
    };
    let mut out = String::new();
    let mut col: i64 = 0;
    for c in o.s.chars() {
        if c == '\t' {
            if tab > 0 {
                let incr = tab - col % tab;
                col += incr;
                vm.try_reserve_str(&mut out, incr as usize)?;
                out.extend(std::iter::repeat_n(' ', incr as usize));
            }
        } else {
            col += 1;
            out.push(c);
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    Ok(vm.new_string(out))
}

fn affix_remove(vm: &Vm, a: &FnArgs, name: &str, prefix: bool) -> PyResult {
    let o = self_str(vm, a, name)?;
    let x = one_arg(vm, a, &format!("str.{}", name))?;
    let x = x.downcast::<StrObj>().ok_or_else(|| {
        vm.type_error(format!(
            "{}() argument must be str, not {}",
            name,
            vm.type_name(x)
        ))
    })?;
    let s: &str = &o.s;
    let r = if prefix {
        s.strip_prefix(&*x.s)
    } else {
        s.strip_suffix(&*x.s)
    };
    match r {
        Some(r) if !x.s.is_empty() => Ok(vm.new_str(r)),
        _ => Ok(if vm.is_exact(&a.args[0], &vm.types.str_) {
            a.args[0].clone()
        } else {
            vm.new_str(s)
        }),
    }
}

fn str_removeprefix(vm: &Vm, a: FnArgs) -> PyResult {
    affix_remove(vm, &a, "removeprefix", true)
}

fn str_removesuffix(vm: &Vm, a: FnArgs) -> PyResult {
    affix_remove(vm, &a, "removesuffix", false)
}

// ---------------------------------------------------------------------------
// Case mapping.

macro_rules! str_map {
    ($( $fn:ident, $name:literal => |$chars:ident, $out:ident| $body:block )*) => {
        $(
            fn $fn(vm: &Vm, a: FnArgs) -> PyResult {
                let o = self_str(vm, &a, $name)?;
                no_args(vm, &a, concat!("str.", $name))?;
                let $chars: Vec<char> = o.s.chars().collect();
                let mut $out = String::with_capacity(o.s.len());
                $body
                Ok(vm.new_string($out))
            }
        )*
    };
}

str_map! {
    str_upper, "upper" => |chars, out| { for c in chars { uc::push_upper(c, &mut out); } }
    str_lower, "lower" => |chars, out| { for i in 0..chars.len() { lower_at(&chars, i, &mut out); } }
    str_casefold, "casefold" => |chars, out| { for c in chars { casefold_char(c, &mut out); } }
    str_swapcase, "swapcase" => |chars, out| {
        for i in 0..chars.len() {
            let c = chars[i];
            if uc::is_upper(c) {
                lower_at(&chars, i, &mut out);
            } else if uc::is_lower(c) {
                uc::push_upper(c, &mut out);
            } else {
                out.push(c);
            }
        }
    }
    str_capitalize, "capitalize" => |chars, out| {
        for i in 0..chars.len() {
            if i == 0 {
                to_title(chars[0], &mut out);
            } else {
                lower_at(&chars, i, &mut out);
            }
        }
    }
    str_title, "title" => |chars, out| {
        let mut prev_cased = false;
        for i in 0..chars.len() {
            let c = chars[i];
            if prev_cased {
                lower_at(&chars, i, &mut out);
            } else {
                to_title(c, &mut out);
            }
            prev_cased = is_cased(c);
        }
    }
}

// ---------------------------------------------------------------------------
// Classification.

macro_rules! str_pred {
    ($( $fn:ident, $name:literal, $empty:expr => |$s:ident| $body:expr ;)*) => {
        $(
            fn $fn(vm: &Vm, a: FnArgs) -> PyResult {
                let o = self_str(vm, &a, $name)?;
                no_args(vm, &a, concat!("str.", $name))?;
                let $s: &str = &o.s;
                if $s.is_empty() {
                    return Ok(vm.bool($empty));
                }
                Ok(vm.bool($body))
            }
        )*
    };
}

str_pred! {
    str_isdigit, "isdigit", false => |s| s.chars().all(is_digit_char);
    str_isdecimal, "isdecimal", false => |s| s.chars().all(|c| decimal_value(c).is_some());
    str_isnumeric, "isnumeric", false => |s| s.chars().all(is_numeric_char);
    str_isalpha, "isalpha", false => |s| s.chars().all(is_alpha_char);
    str_isalnum, "isalnum", false => |s| s.chars().all(is_alnum_char);
    str_isspace, "isspace", false => |s| s.chars().all(is_python_space);
    str_isascii, "isascii", true => |s| s.is_ascii();
    str_isprintable, "isprintable", true => |s| s.chars().all(is_printable);
    str_isupper, "isupper", false => |s| s.chars().any(is_cased) && !s.chars().any(|c| uc::is_lower(c) || is_titlecase(c));
    str_islower, "islower", false => |s| s.chars().any(is_cased) && !s.chars().any(|c| uc::is_upper(c) || is_titlecase(c));
    str_isidentifier, "isidentifier", false => |s| {
        let mut cs = s.chars();
        cs.next().is_some_and(is_xid_start) && cs.all(is_xid_continue)
    };
    str_istitle, "istitle", false => |s| {
        let mut cased = false;
        let mut prev_cased = false;
        let mut ok = true;
        for c in s.chars() {
            if uc::is_upper(c) || is_titlecase(c) {
                if prev_cased { ok = false; break; }
                prev_cased = true;
                cased = true;
            } else if uc::is_lower(c) {
                if !prev_cased { ok = false; break; }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        ok && cased
    };
}

// ---------------------------------------------------------------------------
// Translation.

fn str_maketrans(vm: &Vm, a: FnArgs) -> PyResult {
    no_kwargs(vm, &a, "str.maketrans")?;
    let p = a.pos();
    let p = match p.len() {
        0 => {
            return Err(vm.type_error("maketrans expected at least 1 argument, got 0"));
        }
        n if n > 3 => {
            return Err(vm.type_error(format!("maketrans expected at most 3 arguments, got {}", n)))
        }
        _ => p,
    };
    let d = vm.new_dict();
    if p.len() == 1 {
        if !p[0].payload_is::<DictObj>() {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        }
        for (k, v) in crate::dict::dict_items(&p[0]) {
            let key = if let Some(s) = k.downcast::<StrObj>() {
                let mut cs = s.s.chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => vm.new_int(c as i64),
                    _ => {
                        return Err(
                            vm.value_error("string keys in translate table must be of length 1")
                        )
                    }
                }
            } else if as_int(&k).is_some() {
                k.clone()
            } else {
                return Err(vm.type_error("keys in translate table must be strings or integers"));
            };
            crate::dict::dict_set_item(vm, &d, key, v)?;
        }
        return Ok(d);
    }
    let y = str_argn(vm, &p[1], "maketrans", "2")?;
    if let Some(z) = p.get(2) {
        str_argn(vm, z, "maketrans", "3")?;
    }
    let x = p[0].downcast::<StrObj>().ok_or_else(|| {
        vm.type_error("first maketrans argument must be a string if there is a second argument")
    })?;
    if x.char_len != y.char_len {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (c, r) in x.s.chars().zip(y.s.chars()) {
        crate::dict::dict_set_item(vm, &d, vm.new_int(c as i64), vm.new_int(r as i64))?;
    }
    if let Some(z) = p.get(2) {
        let z = str_argn(vm, z, "maketrans", "3")?;
        for c in z.s.chars() {
            crate::dict::dict_set_item(vm, &d, vm.new_int(c as i64), vm.none())?;
        }
    }
    Ok(d)
}

fn str_translate(vm: &Vm, a: FnArgs) -> PyResult {
    let o = self_str(vm, &a, "translate")?;
    let table = one_arg(vm, &a, "str.translate")?;
    let mut out = String::with_capacity(o.s.len());
    for c in o.s.chars() {
        let r = match vm.getitem(table, &vm.new_int(c as i64)) {
            Ok(r) => r,
            Err(e) if vm.exc_matches(&e, &vm.exc.lookup_error) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        if r.is(&vm.none) {
            continue;
        }
        if let Some(i) = as_int(&r) {
            let ch = i
                .to_i64()
                .filter(|i| (0..0x110000).contains(i))
                .ok_or_else(|| vm.value_error("character mapping must be in range(0x110000)"))?;
            match char::from_u32(ch as u32) {
                Some(ch) => out.push(ch),
                None => out.push('\u{FFFD}'),
            }
        } else if let Some(s) = r.downcast::<StrObj>() {
            out.push_str(&s.s);
        } else {
            return Err(vm.type_error("character mapping must return integer, None or str"));
        }
    }
    Ok(vm.new_string(out))
}

// ---------------------------------------------------------------------------
// Formatting and encoding.

fn str_format_map(vm: &Vm, a: FnArgs) -> PyResult {
    let o = self_str(vm, &a, "format_map")?;
    let mapping = one_arg(vm, &a, "str.format_map")?;
    crate::format::str_format_map(vm, &o.s, mapping)
}

fn str_format(vm: &Vm, a: FnArgs) -> PyResult {
    self_str(vm, &a, "format")?;
    crate::format::str_format(vm, a)
}

fn str_encode(vm: &Vm, a: FnArgs) -> PyResult {
    let o = self_str(vm, &a, "encode")?;
    let v = kw_args(vm, &a, "encode", &["encoding", "errors"], 2, 0)?;
    let enc = crate::codecs::codec_name_arg(vm, slot(&v, 0), "encode", "encoding")?;
    let errors = crate::codecs::codec_name_arg(vm, slot(&v, 1), "encode", "errors")?;
    let b = crate::codecs::encode_str(
        vm,
        &a.args[0],
        &o.s,
        enc.as_deref().unwrap_or("utf-8"),
        errors.as_deref().unwrap_or("strict"),
    )?;
    Ok(vm.new_bytes(b))
}

fn str_getnewargs(vm: &Vm, a: FnArgs) -> PyResult {
    let o = self_str(vm, &a, "__getnewargs__")?;
    no_args(vm, &a, "str.__getnewargs__")?;
    Ok(vm.new_tuple(vec![vm.new_str(&o.s)]))
}

/// `str(object='')` and `str(object=b'', encoding='utf-8', errors='strict')`.
fn str_new(vm: &Vm, a: FnArgs) -> PyResult {
    let v = kw_args(vm, &a, "str", &["object", "encoding", "errors"], 3, 0)?;
    let cls = &cls_arg(vm, &a, "str")?;
    let s = match slot(&v, 0) {
        None => vm.new_str(""),
        Some(x) if slot(&v, 1).is_none() && slot(&v, 2).is_none() => vm.to_str(x)?,
        Some(x) => {
            let enc = crate::codecs::codec_name_arg(vm, slot(&v, 1), "str", "encoding")?;
            let errors = crate::codecs::codec_name_arg(vm, slot(&v, 2), "str", "errors")?;
            let Some(b) = crate::ops::bytes_view(x) else {
                if x.payload_is::<StrObj>() {
                    return Err(vm.type_error("decoding str is not supported"));
                }
                return Err(vm.type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    vm.type_name(x)
                )));
            };
            let text = crate::codecs::decode_bytes(
                vm,
                x,
                &b,
                enc.as_deref().unwrap_or("utf-8"),
                errors.as_deref().unwrap_or("strict"),
            )?;
            vm.new_string(text)
        }
    };
    if cls.is(&vm.types.str_) {
        return Ok(s);
    }
    alloc_instance(vm, cls, StrObj::new(vm.str_lossy(&s).into_boxed_str()))
}

/// Registers the str methods.
pub fn init(vm: &Vm) {
    let t = &vm.types.str_;
    add_static(vm, t, "__new__", str_new);
    add_static(vm, t, "maketrans", str_maketrans);
    // `str.__str__`: the exact str with the same contents.
    add_method(vm, t, "__str__", |vm, a| {
        let o = self_str(vm, &a, "__str__")?;
        if vm.is_exact(&a.args[0], &vm.types.str_) {
            return Ok(a.args[0].clone());
        }
        Ok(vm.new_str(&o.s))
    });
    for (n, f) in [
        ("find", str_find as NativeFn),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("replace", str_replace),
        ("join", str_join),
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("splitlines", str_splitlines),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("center", str_center),
        ("zfill", str_zfill),
        ("expandtabs", str_expandtabs),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("upper", str_upper),
        ("lower", str_lower),
        ("casefold", str_casefold),
        ("swapcase", str_swapcase),
        ("capitalize", str_capitalize),
        ("title", str_title),
        ("isdigit", str_isdigit),
        ("isdecimal", str_isdecimal),
        ("isnumeric", str_isnumeric),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isascii", str_isascii),
        ("isprintable", str_isprintable),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("istitle", str_istitle),
        ("isidentifier", str_isidentifier),
        ("translate", str_translate),
        ("format", str_format),
        ("format_map", str_format_map),
        ("encode", str_encode),
        ("__getnewargs__", str_getnewargs),
    ] {
        add_method(vm, t, n, f);
    }
}

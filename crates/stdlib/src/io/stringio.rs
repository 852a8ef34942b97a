//! `io.StringIO`: an in-memory text stream. The text lives in a `Vec<char>`
//! with a position in characters; writing past the end pads with `\0`.
//! The `newline` argument works as in CPython: `None` translates `\r\n`
//! and `\r` to `\n` on write, `'\r'`/`'\r\n'` translate `\n` on write, and
//! reading splits lines per [`Newline`].

use std::cell::RefCell;

use strata_object::payloads::StrObj;
use strata_object::{TypeFlags, Value};
use strata_tier1::runtime::FnArgs;
use strata_tier1::typeobj::alloc_instance;
use strata_tier1::typeslots::{add_method, add_static};
use strata_tier1::{PyResult, Vm};

use super::errors::{closed_raw as closed_file, unsupported};
use super::newlines::{newlines_value, scan, seen_in, translate_to_lf, Newline};
use crate::fnargs::{bind, positional, size_arg};

/// Payload of a StringIO.
#[derive(Default)]
pub struct StringIOObj(RefCell<State>);

struct State {
    buf: Vec<char>,
    pos: usize,
    closed: bool,
    newline: Newline,
    seen: u8,
}

impl Default for State {
    fn default() -> State {
        State {
            buf: Vec::new(),
            pos: 0,
            closed: false,
            newline: Newline::Lf,
            seen: 0,
        }
    }
}

impl State {
    /// Writes `s` at the position (translating newlines); returns the
    /// number of characters of `s`.
    fn write(&mut self, s: &str) -> usize {
        let n = s.chars().count();
        let mut text: std::borrow::Cow<str> = s.into();
        if self.newline.universal() {
            let chars: Vec<char> = text.chars().collect();
            self.seen |= seen_in(&chars);
        }
        if self.newline == Newline::Universal && text.contains('\r') {
            text = translate_to_lf(&text).into();
        }
        if let Some(nl) = self.newline.write_nl() {
            if text.contains('\n') {
                text = text.replace('\n', nl).into();
            }
        }
        if self.pos > self.buf.len() {
            self.buf.resize(self.pos, '\0');
        }
        for c in text.chars() {
            if self.pos < self.buf.len() {
                self.buf[self.pos] = c;
            } else {
                self.buf.push(c);
            }
            self.pos += 1;
        }
        n
    }

    fn read_line(&mut self, limit: usize, line: bool) -> String {
        let mut out = String::new();
        if self.pos < self.buf.len() {
            let (used, _, _) = scan(
                &self.buf[self.pos..],
                &mut out,
                limit,
                line,
                self.newline,
                false,
                true,
            );
            self.pos += used;
        }
        out
    }
}

fn this<'a>(vm: &Vm, a: &FnArgs<'a>, name: &str) -> PyResult<&'a StringIOObj> {
    a.args
        .first()
        .and_then(|v| v.downcast::<StringIOObj>())
        .ok_or_else(|| {
            vm.type_error(format!(
                "descriptor '{}' for '_io.StringIO' objects doesn't apply to this object",
                name
            ))
        })
}

/// The state of an open StringIO (`I/O operation on closed file.`).
fn open_state<'a>(vm: &Vm, a: &FnArgs<'a>, name: &str) -> PyResult<std::cell::RefMut<'a, State>> {
    let st = this(vm, a, name)?.0.borrow_mut();
    if st.closed {
        return Err(closed_file(vm));
    }
    Ok(st)
}

fn limit_of(n: i64) -> usize {
    if n < 0 {
        usize::MAX
    } else {
        n as usize
    }
}

fn new(vm: &Vm, a: FnArgs) -> PyResult {
    let cls = a
        .args
        .first()
        .ok_or_else(|| vm.type_error("StringIO.__new__(): not enough arguments"))?;
    alloc_instance(vm, cls, StringIOObj::default())
}

fn init(vm: &Vm, a: FnArgs) -> PyResult {
    let me = this(vm, &a, "__init__")?;
    let v = bind(vm, &a, 1, "StringIO", &["initial_value", "newline"], 0, 2)?;
    let newline = match &v[1] {
        None => Newline::Lf,
        Some(n) => Newline::parse(vm, Some(n), true)?,
    };
    let initial = match &v[0] {
        Some(x) if !x.is(&vm.none) => match x.downcast::<StrObj>() {
            Some(s) => s.s.to_string(),
            None => {
                return Err(vm.type_error(format!(
                    "initial_value must be str or None, not {}",
                    vm.type_name(x)
                )))
            }
        },
        _ => String::new(),
    };
    let mut st = me.0.borrow_mut();
    *st = State {
        newline,
        ..State::default()
    };
    st.write(&initial);
    st.pos = 0;
    Ok(vm.none())
}

fn getvalue(vm: &Vm, a: FnArgs) -> PyResult {
    positional(vm, &a, 1, "getvalue", 0, 0)?;
    let st = open_state(vm, &a, "getvalue")?;
    Ok(vm.new_string(st.buf.iter().collect()))
}

fn read(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "read", 0, 1)?;
    let n = size_arg(vm, p.first())?;
    let mut st = open_state(vm, &a, "read")?;
    let start = st.pos.min(st.buf.len());
    let end = if n < 0 {
        st.buf.len()
    } else {
        start.saturating_add(n as usize).min(st.buf.len())
    };
    let s: String = st.buf[start..end].iter().collect();
    st.pos = end.max(st.pos);
    Ok(vm.new_string(s))
}

fn readline(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "readline", 0, 1)?;
    let n = size_arg(vm, p.first())?;
    let mut st = open_state(vm, &a, "readline")?;
    Ok(vm.new_string(st.read_line(limit_of(n), true)))
}

fn readlines(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "readlines", 0, 1)?;
    let hint = size_arg(vm, p.first())?;
    let mut st = open_state(vm, &a, "readlines")?;
    let mut lines = Vec::new();
    let mut total = 0usize;
    loop {
        let l = st.read_line(usize::MAX, true);
        if l.is_empty() {
            break;
        }
        total += l.chars().count();
        lines.push(vm.new_string(l));
        if hint > 0 && total > hint as usize {
            break;
        }
    }
    Ok(vm.new_list(lines))
}

fn next(vm: &Vm, a: FnArgs) -> PyResult {
    let me = this(vm, &a, "__next__")?;
    if vm.type_has(&a.args[0], TypeFlags::HEAPTYPE) {
        // A subclass may override readline.
        let l = crate::fnargs::call_method(vm, &a.args[0], "readline", &[])?;
        return match l.downcast::<StrObj>() {
            Some(s) if s.s.is_empty() => Err(vm.stop_iteration(None)),
            Some(_) => Ok(l),
            None => Err(vm.os_error(format!(
                "readline() should have returned a str object, not '{}'",
                vm.type_name(&l)
            ))),
        };
    }
    let mut st = me.0.borrow_mut();
    if st.closed {
        return Err(closed_file(vm));
    }
    let l = st.read_line(usize::MAX, true);
    if l.is_empty() {
        return Err(vm.stop_iteration(None));
    }
    Ok(vm.new_string(l))
}

fn write(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "write", 1, 1)?;
    let s = p[0].downcast::<StrObj>().ok_or_else(|| {
        vm.type_error(format!(
            "string argument expected, got '{}'",
            vm.type_name(&p[0])
        ))
    })?;
    let mut st = open_state(vm, &a, "write")?;
    let need = st.pos.max(st.buf.len()).saturating_add(s.char_len);
    let extra = need - st.buf.len();
    vm.try_reserve(&mut st.buf, extra)?;
    let n = st.write(&s.s);
    Ok(vm.new_int(n as i64))
}

fn writelines(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "writelines", 1, 1)?;
    open_state(vm, &a, "writelines")?;
    for line in vm.to_vec(&p[0])? {
        crate::fnargs::call_method(vm, &a.args[0], "write", &[line])?;
    }
    Ok(vm.none())
}

fn seek(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "seek", 1, 2)?;
    let pos = crate::fnargs::int_arg(vm, &p[0])?;
    let whence = match p.get(1) {
        Some(w) => crate::fnargs::int_arg(vm, w)?,
        None => 0,
    };
    let mut st = open_state(vm, &a, "seek")?;
    match whence {
        0 if pos < 0 => Err(vm.value_error(format!("Negative seek position {}", pos))),
        0 => {
            st.pos = pos as usize;
            Ok(vm.new_int(pos))
        }
        // CPython says "cur-relative" for whence=2 as well.
        1 | 2 if pos != 0 => Err(vm.os_error("Can't do nonzero cur-relative seeks")),
        1 => Ok(vm.new_int(st.pos as i64)),
        2 => {
            st.pos = st.buf.len();
            Ok(vm.new_int(st.pos as i64))
        }
        w => Err(vm.value_error(format!("Invalid whence ({}, should be 0, 1 or 2)", w))),
    }
}

fn tell(vm: &Vm, a: FnArgs) -> PyResult {
    positional(vm, &a, 1, "tell", 0, 0)?;
    let st = open_state(vm, &a, "tell")?;
    Ok(vm.new_int(st.pos as i64))
}

fn truncate(vm: &Vm, a: FnArgs) -> PyResult {
    let p = positional(vm, &a, 1, "truncate", 0, 1)?;
    let mut st = open_state(vm, &a, "truncate")?;
    let size = match p.first() {
        Some(v) if !v.is(&vm.none) => {
            drop(st);
            let n = crate::fnargs::int_arg(vm, v)?;
            st = open_state(vm, &a, "truncate")?;
            n
        }
        _ => st.pos as i64,
    };
    if size < 0 {
        return Err(vm.value_error(format!("Negative size value {}", size)));
    }
    if (size as usize) < st.buf.len() {
        st.buf.truncate(size as usize);
    }
    Ok(vm.new_int(size))
}

fn close(vm: &Vm, a: FnArgs) -> PyResult {
    positional(vm, &a, 1, "close", 0, 0)?;
    let mut st = this(vm, &a, "close")?.0.borrow_mut();
    st.closed = true;
    st.buf = Vec::new();
    Ok(vm.none())
}

fn closed(vm: &Vm, a: FnArgs) -> PyResult {
    Ok(vm.bool(this(vm, &a, "closed")?.0.borrow().closed))
}

fn yes(vm: &Vm, a: FnArgs) -> PyResult {
    positional(vm, &a, 1, "readable", 0, 0)?;
    open_state(vm, &a, "readable")?;
    Ok(vm.true_.clone())
}

fn line_buffering(vm: &Vm, a: FnArgs) -> PyResult {
    open_state(vm, &a, "line_buffering")?;
    Ok(vm.false_.clone())
}

fn newlines(vm: &Vm, a: FnArgs) -> PyResult {
    let st = open_state(vm, &a, "newlines")?;
    if !st.newline.universal() {
        return Ok(vm.none());
    }
    Ok(newlines_value(vm, st.seen))
}

fn detach(vm: &Vm, _a: FnArgs) -> PyResult {
    Err(unsupported(vm, "detach"))
}

/// Adds StringIO's methods to `ty`.
pub fn setup(vm: &Vm, ty: &Value) {
    add_static(vm, ty, "__new__", new);
    add_method(vm, ty, "__init__", init);
    add_method(vm, ty, "__next__", next);
    for (name, f) in [
        ("getvalue", getvalue as strata_tier1::runtime::NativeFn),
        ("read", read),
        ("readline", readline),
        ("readlines", readlines),
        ("write", write),
        ("writelines", writelines),
        ("seek", seek),
        ("tell", tell),
        ("truncate", truncate),
        ("close", close),
        ("readable", yes),
        ("writable", yes),
        ("seekable", yes),
        ("detach", detach),
    ] {
        add_method(vm, ty, name, f);
    }
    super::add_getter(vm, ty, "closed", closed);
    super::add_getter(vm, ty, "line_buffering", line_buffering);
    super::add_getter(vm, ty, "newlines", newlines);
}

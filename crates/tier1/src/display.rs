//! Error display: formatting uncaught exceptions, their tracebacks and
//! syntax errors exactly as CPython 3.11 prints them (`PyErr_Display`,
//! `PyTraceBack_Print`), including 3.11's caret/underline lines, and the
//! top-level handling of `SystemExit`.
//!
//! The algorithm follows CPython 3.11's `Python/traceback.c` and
//! `Python/pythonrun.c`:
//!
//! - each traceback entry prints `  File "f", line N, in name`, then the
//!   source line stripped of its indentation, then (when the highlighted
//!   range does not cover the whole stripped line) a caret line;
//! - the highlighted range is the location of the instruction that was
//!   executing; a binary operation or a subscript gets a `~~~^^^~~~`
//!   split found by re-parsing the highlighted segment;
//! - a range spanning several lines highlights the first line to its last
//!   non-blank character;
//! - more than three identical consecutive entries collapse into
//!   `[Previous line repeated N more times]`;
//! - causes and contexts print first, followed by one of the two separator
//!   sentences; then the exception line, then its `__notes__`.
//!
//! The pure parts (caret computation, syntax-error text) work on plain
//! strings and are unit-tested below.

use std::rc::Rc;

use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;
use strata_object::payloads::*;
use strata_object::Value;

use crate::runtime::*;
use crate::vm::Vm;

/// Entries repeated more often than this collapse into one line.
const RECURSIVE_CUTOFF: usize = 3;
/// Default number of traceback entries printed (`PyTraceBack_LIMIT`).
const DEFAULT_LIMIT: i64 = 1000;
/// Indentation of the source line under a `File` line.
const SOURCE_INDENT: isize = 4;

const CAUSE_MESSAGE: &str =
    "The above exception was the direct cause of the following exception:\n";
const CONTEXT_MESSAGE: &str =
    "During handling of the above exception, another exception occurred:\n";

// ---------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------

/// Prints an uncaught exception (with its chain, traceback and notes) to
/// `sys.stderr`, CPython style.
pub fn print_exception(vm: &Vm, exc: &Value) {
    let text = format_exception(vm, exc);
    write_stderr(vm, &text);
}

/// Handles an exception that reached the top level: returns the process
/// exit status (`SystemExit`'s code modulo 256, or 1 after printing the
/// traceback or a non-int `SystemExit` code).
pub fn handle_uncaught(vm: &Vm, exc: &Value) -> i32 {
    if !vm.isinstance(exc, &vm.exc.system_exit) {
        print_exception(vm, exc);
        return 1;
    }
    // `_Py_HandleSystemExit`: the status is the `code` attribute.
    let code = match vm.getattr_str(exc, "code") {
        Ok(c) => c,
        Err(_) => exc.clone(),
    };
    if code.is(&vm.none) {
        return 0;
    }
    if let Some(i) = crate::numeric::as_int(&code) {
        // `(int)PyLong_AsLong(code)` (-1 on overflow), of which the
        // process status keeps the low 8 bits.
        return (i.to_i64().unwrap_or(-1) as i32) & 0xff;
    }
    let text = vm.str_string(&code).unwrap_or_default();
    write_stderr(vm, &format!("{}\n", text));
    1
}

/// Formats `exc` the way CPython's `PyErr_Display` prints it: the causes
/// and contexts first, then its traceback, its exception line and notes
/// (exception groups as nested boxes).
pub fn format_exception(vm: &Vm, exc: &Value) -> String {
    let mut p = Printer {
        vm,
        out: String::new(),
        seen: Vec::new(),
        depth: 0,
        need_close: false,
    };
    p.recursive(exc);
    p.out
}

/// Writes `text` to `sys.stderr` (the process stderr unless a program
/// replaced `sys.stderr` with an object that has a `write` method).
fn write_stderr(vm: &Vm, text: &str) {
    let _ = crate::sysmod::write_stdout_flush();
    match crate::sysmod::sys_attr(vm, "stderr") {
        Some(s) if s.is(&vm.none) => {}
        Some(s) if s.downcast::<crate::sysmod::StdStreamObj>().is_none() => {
            let written = vm
                .getattr_str(&s, "write")
                .and_then(|w| vm.call(&w, &[vm.new_str(text)]));
            if written.is_err() {
                eprint!("{}", text);
            }
        }
        _ => {
            use std::io::Write;
            let mut e = std::io::stderr().lock();
            let _ = e.write_all(text.as_bytes());
            let _ = e.flush();
        }
    }
}

// ---------------------------------------------------------------------------
// Chained exceptions and exception groups
// ---------------------------------------------------------------------------

/// Nested exception groups deeper than this print `... (max_group_depth is 10)`.
const MAX_GROUP_DEPTH: usize = 10;
/// Exception groups print at most this many sub-exceptions.
const MAX_GROUP_WIDTH: usize = 15;

/// The state of one `PyErr_Display` (3.11's `exception_print_context`).
struct Printer<'a> {
    vm: &'a Vm,
    out: String,
    /// Exceptions already printed (by identity), to stop chain cycles.
    seen: Vec<usize>,
    /// Exception group nesting: lines get `2 * depth` spaces and `| `.
    depth: usize,
    /// Whether the group box being printed still needs its closing line.
    need_close: bool,
}

impl Printer<'_> {
    fn indent(&mut self) {
        for _ in 0..2 * self.depth {
            self.out.push(' ');
        }
    }

    /// The indentation and margin that start each line inside a group.
    fn margin(&mut self) {
        self.indent();
        if self.depth > 0 {
            self.out.push_str("| ");
        }
    }

    /// 3.11's `print_exception_recursive`: the chain, then the exception.
    fn recursive(&mut self, exc: &Value) {
        let vm = self.vm;
        self.seen.push(exc.word());
        if let Some(e) = exc.downcast::<ExceptionObj>() {
            let cause = e.cause.borrow().clone().filter(|c| !c.is(&vm.none));
            let context = e.context.borrow().clone().filter(|c| !c.is(&vm.none));
            if let Some(c) = cause {
                // A cause that was already printed suppresses the context.
                if !self.seen.contains(&c.word()) {
                    self.chained(&c, CAUSE_MESSAGE);
                }
            } else if !e.suppress_context.get() {
                if let Some(c) = context.filter(|c| !self.seen.contains(&c.word())) {
                    self.chained(&c, CONTEXT_MESSAGE);
                }
            }
        }
        match self.group_members(exc) {
            Some(members) => self.group(exc, &members),
            None => self.one(exc),
        }
    }

    /// A cause or context, then the sentence linking it to what follows.
    fn chained(&mut self, exc: &Value, message: &str) {
        let need_close = self.need_close;
        self.recursive(exc);
        self.need_close = need_close;
        self.margin();
        self.out.push('\n');
        self.margin();
        self.out.push_str(message);
        self.margin();
        self.out.push('\n');
    }

    /// The sub-exceptions of an exception group (as stored, whatever a
    /// subclass's `exceptions` attribute says), `None` for other
    /// exceptions.
    fn group_members(&self, exc: &Value) -> Option<Vec<Value>> {
        let vm = self.vm;
        if !vm.isinstance(exc, &vm.exc.base_exception_group) {
            return None;
        }
        let (_, excs) = crate::objects::exception_group::group_parts(exc)?;
        let items = excs.downcast::<TupleObj>()?.0.to_vec();
        (!items.is_empty()).then_some(items)
    }

    /// 3.11's `print_exception_group`: the group, then each member in a
    /// numbered box.
    fn group(&mut self, exc: &Value, members: &[Value]) {
        if self.depth > MAX_GROUP_DEPTH {
            self.margin();
            self.out
                .push_str(&format!("... (max_group_depth is {})\n", MAX_GROUP_DEPTH));
            return;
        }
        if self.depth == 0 {
            self.depth += 1;
        }
        self.one(exc);
        let n = members.len().min(MAX_GROUP_WIDTH + 1);
        self.need_close = false;
        for (i, member) in members.iter().take(n).enumerate() {
            let last = i == n - 1;
            if last {
                self.need_close = true;
            }
            self.indent();
            let truncated = i >= MAX_GROUP_WIDTH;
            let lead = if i == 0 { "+-" } else { "  " };
            if truncated {
                self.out
                    .push_str(&format!("{}+---------------- ... ----------------\n", lead));
            } else {
                self.out.push_str(&format!(
                    "{}+---------------- {} ----------------\n",
                    lead,
                    i + 1
                ));
            }
            self.depth += 1;
            if truncated {
                let remaining = members.len() - MAX_GROUP_WIDTH;
                self.margin();
                self.out.push_str(&format!(
                    "and {} more exception{}\n",
                    remaining,
                    if remaining > 1 { "s" } else { "" }
                ));
            } else {
                self.recursive(member);
            }
            if last && self.need_close {
                self.indent();
                self.out.push_str("+------------------------------------\n");
                self.need_close = false;
            }
            self.depth -= 1;
        }
        if self.depth == 1 {
            self.depth -= 1;
        }
    }

    /// 3.11's `print_exception`: traceback, the file/line block of a syntax
    /// error, the exception line, notes.
    fn one(&mut self, exc: &Value) {
        let vm = self.vm;
        let is_group = vm.isinstance(exc, &vm.exc.base_exception_group);
        if let Some(e) = exc.downcast::<ExceptionObj>() {
            let tb = e.traceback.borrow().clone().filter(|t| !t.is(&vm.none));
            if let Some(tb) = tb {
                self.traceback(&tb, is_group);
            }
        }
        let ty = vm.type_of(exc);
        let mut value = exc.clone();
        let mut suggest = true;
        if vm.isinstance(exc, &vm.exc.syntax_error) {
            if let Some(msg) = self.syntax_error_location(exc) {
                value = msg;
                suggest = false;
            }
        }
        self.margin();
        self.out.push_str(&exception_name(vm, &ty));
        if !value.is(&vm.none) {
            match vm.str_string(&value) {
                Ok(s) => {
                    if !s.is_empty() {
                        self.out.push_str(": ");
                    }
                    self.out.push_str(&s);
                }
                Err(_) => self.out.push_str(": <exception str() failed>"),
            }
        }
        if suggest {
            if let Some(s) = crate::suggest::suggestion_for(vm, exc) {
                self.out.push_str(&format!(". Did you mean: '{}'?", s));
            }
        }
        self.out.push('\n');
        self.notes(exc);
    }

    /// The exception's `__notes__`, one per line (3.11's
    /// `print_exception_notes`).
    fn notes(&mut self, exc: &Value) {
        let vm = self.vm;
        let Ok(Some(notes)) = vm.getattr_opt(exc, "__notes__") else {
            return;
        };
        match note_items(vm, &notes) {
            Some(items) => {
                for note in items {
                    match vm.str_string(&note) {
                        Ok(s) => {
                            for line in split_lines_keepends(&s) {
                                self.margin();
                                self.out.push_str(line);
                            }
                        }
                        Err(_) => self.out.push_str("<note str() failed>"),
                    }
                    self.out.push('\n');
                }
            }
            None => {
                self.margin();
                match vm.repr_string(&notes) {
                    Ok(s) => self.out.push_str(&s),
                    Err(_) => self.out.push_str("<__notes__ repr() failed>"),
                }
                self.out.push('\n');
            }
        }
    }
}

/// `str.splitlines(keepends=True)`.
fn split_lines_keepends(s: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let is_break = crate::str_methods::is_linebreak(c);
        if !is_break {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(j, '\n')) = iter.peek() {
                end = j + 1;
                iter.next();
            }
        }
        lines.push(&s[start..end]);
        start = end;
    }
    if start < s.len() {
        lines.push(&s[start..]);
    }
    lines
}

/// `module.qualname` of an exception type; the module is left out for
/// `builtins` and `__main__`.
fn exception_name(vm: &Vm, ty: &Value) -> String {
    let module = vm
        .getattr_str(ty, "__module__")
        .ok()
        .and_then(|m| m.downcast::<StrObj>().map(|s| s.s.to_string()));
    let qualname = strata_object::types::type_layout(ty)
        .qualname
        .borrow()
        .to_string();
    match module {
        None => format!("<unknown>.{}", qualname),
        Some(m) if m == "builtins" || m == "__main__" => qualname,
        Some(m) => format!("{}.{}", m, qualname),
    }
}

/// The items of `__notes__` when it is a sequence (as `PySequence_Check`
/// sees it: 3.11 iterates a str note list character by character), else
/// `None`.
fn note_items(vm: &Vm, notes: &Value) -> Option<Vec<Value>> {
    if let Some(l) = notes.downcast::<ListObj>() {
        return Some(l.0.borrow().clone());
    }
    if let Some(t) = notes.downcast::<TupleObj>() {
        return Some(t.0.to_vec());
    }
    if let Some(s) = notes.downcast::<StrObj>() {
        return Some(s.s.chars().map(|c| vm.new_string(c.to_string())).collect());
    }
    if vm.isinstance(notes, &vm.types.dict) {
        return None;
    }
    vm.with_type(notes, |t| {
        strata_object::types::type_layout(t).lookup("__getitem__")
    })?;
    let n = vm.len(notes).ok()?;
    (0..n)
        .map(|i| vm.getitem(notes, &vm.new_int(i as i64)).ok())
        .collect()
}

// ---------------------------------------------------------------------------
// Tracebacks
// ---------------------------------------------------------------------------

/// One traceback entry, as read from a `TracebackObj`.
struct Entry {
    filename: Rc<str>,
    name: Rc<str>,
    lineno: u32,
    location: Option<strata_compiler::Location>,
}

/// The traceback limit: `sys.tracebacklimit` when it is an int, else 1000.
/// `None` means "print nothing" (a limit of 0 or less).
fn traceback_limit(vm: &Vm) -> Option<usize> {
    let Some(v) = crate::sysmod::sys_attr(vm, "tracebacklimit") else {
        return Some(DEFAULT_LIMIT as usize);
    };
    let Some(i) = crate::numeric::as_int(&v) else {
        return Some(DEFAULT_LIMIT as usize);
    };
    match i.to_i64() {
        Some(n) if n <= 0 => None,
        Some(n) => Some(usize::try_from(n).unwrap_or(usize::MAX)),
        None if matches!(i, crate::numeric::Int::Big(b) if b.sign() == num_bigint::Sign::Minus) => {
            None
        }
        None => Some(usize::MAX),
    }
}

impl Printer<'_> {
    /// The `Traceback (most recent call last):` header and the entries of
    /// `tb` (3.11's `_PyTraceBack_Print_Indented`).
    fn traceback(&mut self, tb: &Value, is_group: bool) {
        let vm = self.vm;
        let Some(limit) = traceback_limit(vm) else {
            return;
        };
        let mut entries = Vec::new();
        let mut cur = Some(tb.clone());
        while let Some(t) = cur {
            let Some(tbo) = t.downcast::<TracebackObj>() else {
                break;
            };
            if let Some(co) = tbo.code.downcast::<CodeObj>() {
                entries.push(Entry {
                    filename: co.code.filename.clone(),
                    name: co.code.name.clone(),
                    lineno: tbo.lineno,
                    location: co.code.locations.get(tbo.lasti as usize).copied(),
                });
            }
            cur = tbo.next.borrow().clone().filter(|n| !n.is(&vm.none));
        }
        let skip = entries.len().saturating_sub(limit);
        if is_group && self.depth == 1 {
            self.indent();
            self.out.push_str("+ ");
        } else {
            self.margin();
        }
        self.out.push_str(if is_group {
            "Exception Group Traceback (most recent call last):\n"
        } else {
            "Traceback (most recent call last):\n"
        });
        let mut last: Option<(Rc<str>, u32, Rc<str>)> = None;
        let mut count = 0usize;
        for e in &entries[skip..] {
            let key = (e.filename.clone(), e.lineno, e.name.clone());
            if last.as_ref() != Some(&key) {
                if count > RECURSIVE_CUTOFF {
                    self.repeated(count);
                }
                last = Some(key);
                count = 0;
            }
            count += 1;
            if count <= RECURSIVE_CUTOFF {
                self.entry(e);
            }
        }
        if count > RECURSIVE_CUTOFF {
            self.repeated(count);
        }
    }

    /// `[Previous line repeated N more times]` (3.11 writes it without the
    /// group margin).
    fn repeated(&mut self, count: usize) {
        let n = count - RECURSIVE_CUTOFF;
        self.out.push_str(&format!(
            "  [Previous line repeated {} more time{}]\n",
            n,
            if n > 1 { "s" } else { "" }
        ));
    }

    /// One entry: the `File` line, the source line and the caret line.
    fn entry(&mut self, e: &Entry) {
        self.margin();
        self.out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            e.filename, e.lineno, e.name
        ));
        let Some(line) = source_line(self.vm, &e.filename, e.lineno) else {
            return;
        };
        self.margin();
        self.out.push_str("    ");
        self.out.push_str(strip_indent(&line));
        self.out.push('\n');
        let Some(loc) = e.location else {
            return;
        };
        if loc.line == 0 || loc.end_line == 0 {
            return;
        }
        let carets = caret_line(
            &line,
            loc.line,
            loc.end_line,
            loc.col as usize,
            loc.end_col as usize,
        );
        if let Some(c) = carets {
            self.margin();
            self.out.push_str(&c);
            self.out.push('\n');
        }
    }
}

/// Whitespace CPython strips from the front of a displayed line.
fn is_ws(c: char) -> bool {
    c == ' ' || c == '\t' || c == '\x0c'
}

fn strip_indent(line: &str) -> &str {
    line.trim_start_matches(is_ws)
}

/// Line `lineno` (1-based) of `filename` without its line terminator, as
/// CPython reads it for display; `None` for `<string>`-like names and for
/// lines that do not exist.
fn source_line(vm: &Vm, filename: &str, lineno: u32) -> Option<String> {
    if filename.starts_with('<') && filename.ends_with('>') {
        return None;
    }
    let src = vm
        .source_of(filename)
        .or_else(|| std::fs::read_to_string(filename).ok().map(Rc::from))?;
    nth_line(&src, lineno).map(str::to_string)
}

/// Line `lineno` (1-based) of `src` with universal newlines (`\n`, `\r\n`,
/// `\r`), without its terminator; a leading BOM is dropped.
fn nth_line(src: &str, lineno: u32) -> Option<&str> {
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    let mut rest = src;
    let mut n = lineno.checked_sub(1)?;
    loop {
        if rest.is_empty() {
            return None;
        }
        let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
        let line = &rest[..end];
        let after = &rest[end..];
        let after = if let Some(a) = after.strip_prefix("\r\n") {
            a
        } else if after.is_empty() {
            after
        } else {
            &after[1..]
        };
        if n == 0 {
            return Some(line);
        }
        n -= 1;
        rest = after;
    }
}

// ---------------------------------------------------------------------------
// Caret lines
// ---------------------------------------------------------------------------

/// Where the `~`/`^` split of a highlighted range lies: character offsets
/// into the source line of the secondary range `[left, right)` and the
/// characters used inside and outside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Anchors {
    left: isize,
    right: isize,
    primary: char,
    secondary: char,
}

/// The caret line CPython 3.11 prints under `line` (the full source line,
/// without its terminator) for an instruction located at
/// `start_line:start_col`–`end_line:end_col` (UTF-8 byte columns,
/// 0-based), or `None` when no caret line is shown (the range covers the
/// whole stripped line without a secondary range).
pub fn caret_line(
    line: &str,
    start_line: u32,
    end_line: u32,
    start_col: usize,
    end_col: usize,
) -> Option<String> {
    let indent = line.chars().take_while(|&c| is_ws(c)).count() as isize;
    let truncation = indent - SOURCE_INDENT;
    let line_len = line.chars().count() as isize;
    let start = byte_to_char_offset(line, start_col);
    let mut end = byte_to_char_offset(line, end_col);
    let mut anchors = None;
    if start_line == end_line {
        anchors = extract_anchors(line, start, end);
    } else {
        // Multi-line range: highlight to the last non-blank character.
        // (CPython scans the UTF-8 bytes from the character length down.)
        let bytes = line.as_bytes();
        let mut i = line_len;
        loop {
            i -= 1;
            if i < 0 || !matches!(bytes.get(i as usize), Some(b' ' | b'\t' | b'\x0c')) {
                break;
            }
        }
        end = i + 1;
    }
    if end - start == line_len - indent && anchors.is_none() {
        return None;
    }
    // Columns are display widths: East Asian wide characters take two.
    let start = display_width(line, start);
    let end = display_width(line, end);
    let anchors = anchors.map(|a| Anchors {
        left: display_width(line, a.left),
        right: display_width(line, a.right),
        ..a
    });
    let mut s = String::new();
    let mut offset = truncation;
    loop {
        offset += 1;
        if offset > end {
            break;
        }
        let c = if offset <= start {
            ' '
        } else {
            match anchors {
                Some(a) if a.left < offset && offset <= a.right => a.secondary,
                Some(a) => a.primary,
                None => '^',
            }
        };
        s.push(c);
    }
    Some(s)
}

/// The display width of the first `offset` characters of `line` (3.11's
/// `_PyPegen_calculate_display_width`): an ASCII prefix is `offset`
/// itself, otherwise East Asian Wide and Fullwidth characters count two.
fn display_width(line: &str, offset: isize) -> isize {
    if offset < 0 {
        return offset;
    }
    let prefix = line.chars().take(offset as usize);
    if prefix.clone().all(|c| c.is_ascii()) {
        return offset;
    }
    prefix.map(|c| if is_wide(c) { 2 } else { 1 }).sum()
}

/// Whether `c` is East Asian Wide (W) or Fullwidth (F) in Unicode 14.0
/// (CPython 3.11's `unicodedata`); ranges bridge unassigned code points.
fn is_wide(c: char) -> bool {
    let cp = c as u32;
    WIDE_RANGES
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                std::cmp::Ordering::Less
            } else if lo > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Inclusive code point ranges of East Asian Wide/Fullwidth characters.
#[rustfmt::skip]
const WIDE_RANGES: &[(u32, u32)] = &[
    (0x1100, 0x115F), (0x231A, 0x231B), (0x2329, 0x232A), (0x23E9, 0x23EC), (0x23F0, 0x23F0),
    (0x23F3, 0x23F3), (0x25FD, 0x25FE), (0x2614, 0x2615), (0x2648, 0x2653), (0x267F, 0x267F),
    (0x2693, 0x2693), (0x26A1, 0x26A1), (0x26AA, 0x26AB), (0x26BD, 0x26BE), (0x26C4, 0x26C5),
    (0x26CE, 0x26CE), (0x26D4, 0x26D4), (0x26EA, 0x26EA), (0x26F2, 0x26F3), (0x26F5, 0x26F5),
    (0x26FA, 0x26FA), (0x26FD, 0x26FD), (0x2705, 0x2705), (0x270A, 0x270B), (0x2728, 0x2728),
    (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757), (0x2795, 0x2797),
    (0x27B0, 0x27B0), (0x27BF, 0x27BF), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55),
    (0x2E80, 0x303E), (0x3041, 0x3247), (0x3250, 0x4DBF), (0x4E00, 0xA4C6), (0xA960, 0xA97C),
    (0xAC00, 0xD7A3), (0xF900, 0xFAD9), (0xFE10, 0xFE19), (0xFE30, 0xFE6B), (0xFF01, 0xFF60),
    (0xFFE0, 0xFFE6), (0x16FE0, 0x1B2FB), (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF), (0x1F18E, 0x1F18E),
    (0x1F191, 0x1F19A), (0x1F200, 0x1F320), (0x1F32D, 0x1F335), (0x1F337, 0x1F37C), (0x1F37E, 0x1F393),
    (0x1F3A0, 0x1F3CA), (0x1F3CF, 0x1F3D3), (0x1F3E0, 0x1F3F0), (0x1F3F4, 0x1F3F4), (0x1F3F8, 0x1F43E),
    (0x1F440, 0x1F440), (0x1F442, 0x1F4FC), (0x1F4FF, 0x1F53D), (0x1F54B, 0x1F54E), (0x1F550, 0x1F567),
    (0x1F57A, 0x1F57A), (0x1F595, 0x1F596), (0x1F5A4, 0x1F5A4), (0x1F5FB, 0x1F64F), (0x1F680, 0x1F6C5),
    (0x1F6CC, 0x1F6CC), (0x1F6D0, 0x1F6D2), (0x1F6D5, 0x1F6DF), (0x1F6EB, 0x1F6EC), (0x1F6F4, 0x1F6FC),
    (0x1F7E0, 0x1F7F0), (0x1F90C, 0x1F93A), (0x1F93C, 0x1F945), (0x1F947, 0x1F9FF), (0x1FA70, 0x1FAF6),
    (0x20000, 0x3134A),
];

/// CPython's `_PyPegen_byte_offset_to_character_offset`: the number of
/// characters in the first `col` bytes of `line` (a partial character
/// counts as one; one past the end counts the terminator).
fn byte_to_char_offset(line: &str, col: usize) -> isize {
    let bytes = line.as_bytes();
    let col = col.min(bytes.len() + 1);
    if col > bytes.len() {
        return line.chars().count() as isize + 1;
    }
    String::from_utf8_lossy(&bytes[..col]).chars().count() as isize
}

/// Re-parses the characters `[start, end)` of `line` and finds the
/// operator of a binary operation or the brackets of a subscript
/// (3.11's `extract_anchors_from_line`).
fn extract_anchors(line: &str, start: isize, end: isize) -> Option<Anchors> {
    let nchars = line.chars().count() as isize;
    let end = end.min(nchars);
    if start < 0 || start >= end {
        return None;
    }
    let segment: String = line
        .chars()
        .skip(start as usize)
        .take((end - start) as usize)
        .collect();
    let (left, right, split) = anchors_in_segment(&segment)?;
    let to_chars = |b: usize| byte_to_char_offset(&segment, b) + start;
    let (primary, secondary) = if split { ('~', '^') } else { ('^', '^') };
    Some(Anchors {
        left: to_chars(left),
        right: to_chars(right),
        primary,
        secondary,
    })
}

/// Byte offsets `[left, right)` of the secondary range inside `segment`
/// and whether the `~`/`^` characters apply, when `segment` parses as a
/// single expression statement that is a binary operation or subscript.
fn anchors_in_segment(segment: &str) -> Option<(usize, usize, bool)> {
    let parsed = ruff_python_parser::parse_module(segment).ok()?;
    let body = &parsed.syntax().body;
    if body.len() != 1 {
        return None;
    }
    let Stmt::Expr(stmt) = &body[0] else {
        return None;
    };
    let bytes = segment.as_bytes();
    let ws = |i: usize| matches!(bytes.get(i), Some(b' ' | b'\t' | b'\x0c'));
    match &*stmt.value {
        Expr::BinOp(b) => {
            let left_end = b.left.range().end().to_usize();
            let right_start = b.right.range().start().to_usize();
            let mut anchors = None;
            let mut i = left_end;
            while i < right_start {
                if ws(i) {
                    i += 1;
                    continue;
                }
                let mut right = i + 1;
                // A two-character operator (`//`, `**`, ...).
                if i + 1 < right_start && !ws(i + 1) {
                    right += 1;
                }
                anchors = Some((i, right, false));
                // A closing parenthesis of the left operand: keep looking.
                if i + 1 < right_start && bytes.get(i) == Some(&b')') {
                    i += 1;
                    continue;
                }
                anchors = Some((i, right, true));
                break;
            }
            anchors
        }
        Expr::Subscript(s) => {
            let len = bytes.len();
            let mut left = s.value.range().end().to_usize();
            let mut right = s.slice.range().end().to_usize() + 1;
            while left < len && bytes[left] != b'[' {
                left += 1;
            }
            while right < len && bytes[right] != b']' {
                right += 1;
            }
            if right < len {
                right += 1;
            }
            Some((left, right, true))
        }
        _ => None,
    }
}

// ---------------------------------------------------------------------------
// Syntax errors
// ---------------------------------------------------------------------------

/// An integer attribute of a syntax error: `Ok(None)` for None or a
/// missing attribute, `Err(())` for a value that is not an int.
fn int_attr(vm: &Vm, exc: &Value, name: &str) -> Result<Option<i64>, ()> {
    match vm.getattr_opt(exc, name) {
        Ok(Some(v)) if v.is(&vm.none) => Ok(None),
        Ok(Some(v)) => match crate::numeric::as_int(&v) {
            Some(i) => Ok(Some(i.to_i64().ok_or(())?)),
            None => Err(()),
        },
        Ok(None) => Ok(None),
        Err(_) => Err(()),
    }
}

/// Appends the `File "f", line N` block of a syntax error (3.11's
/// `print_exception_file_and_line`) and returns its `msg`, which replaces
/// the exception as the value printed after the type name; `None` when the
/// attributes are unusable (the exception then prints normally).
impl Printer<'_> {
    fn syntax_error_location(&mut self, exc: &Value) -> Option<Value> {
        let vm = self.vm;
        let msg = vm.getattr_str(exc, "msg").ok()?;
        let filename = vm.getattr_str(exc, "filename").ok()?;
        let filename = if filename.is(&vm.none) {
            "<string>".to_string()
        } else {
            vm.str_string(&filename).ok()?
        };
        // `lineno` must be an int (None is an error, as in CPython).
        let lineno = match vm.getattr_str(exc, "lineno").ok() {
            Some(v) => crate::numeric::as_int(&v)?.to_i64()?,
            None => return None,
        };
        let offset = int_attr(vm, exc, "offset").ok()?.unwrap_or(-1);
        let (end_lineno, end_offset) = if vm.is_exact(exc, &vm.exc.syntax_error) {
            (
                int_attr(vm, exc, "end_lineno").ok()?.unwrap_or(lineno),
                int_attr(vm, exc, "end_offset").ok()?.unwrap_or(-1),
            )
        } else {
            (lineno, -1)
        };
        let text = vm.getattr_str(exc, "text").ok()?;
        self.margin();
        self.out
            .push_str(&format!("  File \"{}\", line {}\n", filename, lineno));
        if let Some(t) = text.downcast::<StrObj>() {
            let size = t.s.len() as i64;
            let mut end_offset = end_offset;
            if end_lineno > lineno {
                end_offset = size;
            }
            if end_offset > size + 1 {
                end_offset = size + 1;
            }
            self.out
                .push_str(&syntax_error_text(&t.s, offset, end_offset));
        }
        Some(msg)
    }
}

/// The source line and caret line of a syntax error (3.11's
/// `print_error_text`): `offset`/`end_offset` are 1-based; the text is
/// printed without its indentation and the caret line is left out when the
/// offset points into the indentation.
pub fn syntax_error_text(text: &str, offset: i64, end_offset: i64) -> String {
    // (The caller clips `end_offset` to the text; the clamp only keeps
    // direct callers from asking for absurd numbers of carets.)
    let carets = if end_offset > 0 && end_offset > offset {
        usize::try_from(end_offset.saturating_sub(offset))
            .unwrap_or(usize::MAX)
            .min(text.len() + 1)
    } else {
        1
    };
    let mut offset = offset.saturating_sub(1);
    let mut t = text;
    while let Some(rest) = t.strip_prefix([' ', '\t', '\x0c']) {
        t = rest;
        offset = offset.saturating_sub(1);
    }
    let mut len = t.len() as i64;
    if t.ends_with('\n') {
        len -= 1;
    }
    if offset > len {
        offset = len;
    }
    // Skip the lines before the one the offset points into.
    while let Some(nl) = t.find('\n') {
        let nl = nl as i64;
        if nl >= offset {
            break;
        }
        t = &t[(nl + 1) as usize..];
        len -= nl + 1;
        offset -= nl + 1;
    }
    let mut out = String::from("    ");
    out.push_str(t);
    if len < 0 || t.as_bytes().get(len as usize) != Some(&b'\n') {
        out.push('\n');
    }
    if offset < 0 {
        return out;
    }
    out.push_str("    ");
    out.push_str(&" ".repeat(offset as usize));
    out.push_str(&"^".repeat(carets));
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn carets(line: &str, col: usize, end_col: usize) -> Option<String> {
        caret_line(line, 1, 1, col, end_col)
    }

    #[test]
    fn whole_line_has_no_carets() {
        assert_eq!(carets("    [].pop()", 4, 12), None);
        assert_eq!(carets("f()", 0, 3), None);
    }

    #[test]
    fn plain_range() {
        assert_eq!(
            carets("    return int(s)", 11, 17).as_deref(),
            Some("           ^^^^^^")
        );
        assert_eq!(
            carets("print(head.next.next.value)", 6, 26).as_deref(),
            Some("          ^^^^^^^^^^^^^^^^^^^^")
        );
    }

    #[test]
    fn binary_operator() {
        assert_eq!(
            carets("    return a / b + 1", 11, 16).as_deref(),
            Some("           ~~^~~")
        );
        assert_eq!(carets("1 / 0", 0, 5).as_deref(), Some("    ~~^~~"));
        assert_eq!(
            carets("x = (a +  1) // b", 4, 17).as_deref(),
            Some("        ~~~~~~~~~^^~~")
        );
        assert_eq!(carets("(a) + b", 0, 7).as_deref(), Some("    ~~~~^~~"));
    }

    #[test]
    fn subscript() {
        assert_eq!(
            carets("print(data[\"users\"][1][\"name\"])", 6, 22).as_deref(),
            Some("          ~~~~~~~~~~~~~^^^")
        );
        assert_eq!(
            carets("    inventory[item] -= 1", 4, 19).as_deref(),
            Some("    ~~~~~~~~~^^^^^^")
        );
        assert_eq!(
            carets("d [ \"k\" ]", 0, 9).as_deref(),
            Some("    ~~^^^^^^^")
        );
    }

    #[test]
    fn multi_line_range_runs_to_line_end() {
        assert_eq!(
            caret_line("result = build(  ", 1, 3, 9, 1).as_deref(),
            Some("             ^^^^^^")
        );
    }

    #[test]
    fn non_ascii_columns_count_characters() {
        // "é" is two bytes: byte columns 5..10 are characters 4..9.
        assert_eq!(
            carets("s = 'é' + 1", 4, 12).as_deref(),
            Some("        ~~~~^~~")
        );
    }

    #[test]
    fn wide_characters_take_two_columns() {
        // `値 = 数.属性`: 値 is bytes 0..3; the attribute is bytes 6..16.
        assert_eq!(
            carets("値 = 数.属性", 6, 16).as_deref(),
            Some("         ^^^^^^^")
        );
        assert_eq!(carets("\"数\" + 1", 0, 9).as_deref(), Some("    ~~~~~^~~"));
        assert!(is_wide('数') && is_wide('😀') && is_wide('Ａ'));
        assert!(!is_wide('α') && !is_wide('x') && !is_wide('é'));
        // A whole line of wide characters is still elided (counted in
        // characters before the width conversion).
        assert_eq!(carets("数()", 0, 5), None);
    }

    #[test]
    fn odd_columns_do_not_panic() {
        for (a, b) in [(0, 0), (5, 2), (100, 200), (3, 1000), (1, 2)] {
            let _ = carets("é€x", a, b);
            let _ = caret_line("é€x", 2, 1, a, b);
            let _ = caret_line("", 1, 1, a, b);
        }
    }

    #[test]
    fn syntax_error_lines() {
        assert_eq!(syntax_error_text("1 = x\n", 1, 2), "    1 = x\n    ^\n");
        assert_eq!(syntax_error_text("    y = 2\n", 4, -1), "    y = 2\n");
        assert_eq!(
            syntax_error_text("f(**k, *a)\n", 8, 9),
            "    f(**k, *a)\n           ^\n"
        );
        assert_eq!(
            syntax_error_text("x = \"abc", 5, 5),
            "    x = \"abc\n        ^\n"
        );
        assert_eq!(syntax_error_text("ab\ncd\n", 5, -1), "    cd\n     ^\n");
        assert_eq!(syntax_error_text("", 0, 0), "    \n");
        assert_eq!(syntax_error_text("ab\n", i64::MIN, i64::MAX), "    ab\n");
        assert_eq!(syntax_error_text("ab\n", 1, i64::MAX), "    ab\n    ^^^^\n");
    }

    #[test]
    fn lines_with_universal_newlines() {
        assert_eq!(nth_line("a\r\nb\rc\nd", 3), Some("c"));
        assert_eq!(nth_line("a\n", 2), None);
        assert_eq!(nth_line("a\n\nb", 2), Some(""));
        assert_eq!(nth_line("a", 0), None);
    }
}

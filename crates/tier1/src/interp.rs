//! Running programs: compiling source to code values, running module code,
//! and printing uncaught exceptions as CPython does.

use std::rc::Rc;

use strata_compiler::{CompileErrorKind, Constant, LocalKind, Mode};
use strata_object::payloads::*;
use strata_object::Value;

use crate::eval::FrameExit;
use crate::frame::Frame;
use crate::runtime::*;
use crate::vm::{PyResult, Vm};

/// Turns a compile-time constant into a value.
pub fn constant_value(vm: &Vm, c: &Constant, filename: &str) -> Value {
    match c {
        Constant::None => vm.none(),
        Constant::True => vm.true_.clone(),
        Constant::False => vm.false_.clone(),
        Constant::Ellipsis => vm.ellipsis.clone(),
        Constant::Int(i) => vm.new_bigint(i.clone()),
        Constant::Float(f) => vm.new_float(*f),
        Constant::Complex(r, i) => vm.new_complex(*r, *i),
        Constant::Str(s) => vm.intern(s),
        Constant::Bytes(b) => vm.new_bytes(b.to_vec()),
        Constant::Tuple(items) => vm.new_tuple(
            items
                .iter()
                .map(|x| constant_value(vm, x, filename))
                .collect(),
        ),
        Constant::Code(code) => code_value(vm, code.clone()),
    }
}

/// Wraps a compiled code object as a runtime `code` value.
pub fn code_value(vm: &Vm, code: Rc<strata_compiler::CodeObject>) -> Value {
    let consts = code
        .constants
        .iter()
        .map(|c| constant_value(vm, c, &code.filename))
        .collect();
    let names = code.names.iter().map(|n| vm.intern(n)).collect();
    let local_names = code.localsplus_names.iter().map(|n| vm.intern(n)).collect();
    let ncells = code
        .localsplus_kinds
        .iter()
        .filter(|k| k.contains(LocalKind::CELL))
        .count();
    let nfrees = code.free_count();
    vm.alloc(
        &vm.types.code,
        CodeObj {
            code,
            consts,
            names,
            local_names,
            ncells,
            nfrees,
        },
    )
}

/// Compiles source text, raising SyntaxError on failure.
pub fn compile_to_value(vm: &Vm, src: &str, filename: &str, mode: Mode) -> PyResult {
    vm.sources
        .borrow_mut()
        .insert(Rc::from(filename), Rc::from(src));
    match strata_compiler::compile(src, filename, mode) {
        Ok(code) => Ok(code_value(vm, Rc::new(code))),
        Err(e) => {
            let ty = match e.kind {
                CompileErrorKind::SyntaxError => &vm.exc.syntax_error,
                CompileErrorKind::IndentationError => &vm.exc.indentation_error,
                CompileErrorKind::TabError => &vm.exc.tab_error,
            };
            let text = src
                .lines()
                .nth(e.line.saturating_sub(1) as usize)
                .map(|l| format!("{}\n", l));
            let details = vm.new_tuple(vec![
                vm.new_str(filename),
                vm.new_int(e.line as i64),
                vm.new_int(e.col as i64),
                text.map(|t| vm.new_string(t)).unwrap_or_else(|| vm.none()),
                vm.new_int(e.end_line as i64),
                vm.new_int(e.end_col as i64),
            ]);
            Err(vm.new_exception(ty, vec![vm.new_str(&e.message), details]))
        }
    }
}

/// Runs a code value with the given namespaces.
pub fn run_code(vm: &Vm, code: &Value, globals: Value, locals: Option<Value>) -> PyResult {
    let builtins = vm.builtins.clone();
    let frame = Frame::new(code.clone(), globals, builtins, locals, None);
    match vm.run_frame(frame).0? {
        FrameExit::Return(v) => Ok(v),
        FrameExit::Yield(_) => Err(vm.system_error("module code yielded")),
    }
}

/// Source line `line` (1-based) of `filename`, if known.
fn source_line(vm: &Vm, filename: &str, line: u32) -> Option<String> {
    let src = vm
        .source_of(filename)
        .or_else(|| std::fs::read_to_string(filename).ok().map(Rc::from))?;
    src.lines()
        .nth(line.checked_sub(1)? as usize)
        .map(|l| l.trim().to_string())
}

fn format_tb(vm: &Vm, tb: Option<Value>, out: &mut String) {
    let mut entries = Vec::new();
    let mut cur = tb;
    while let Some(t) = cur {
        let Some(tbo) = t.downcast::<TracebackObj>() else {
            break;
        };
        let co = tbo.code.downcast::<CodeObj>().expect("code");
        entries.push((
            co.code.filename.to_string(),
            tbo.lineno,
            co.code.name.to_string(),
        ));
        cur = tbo.next.borrow().clone();
    }
    let mut i = 0;
    while i < entries.len() {
        let e = &entries[i];
        let mut j = i + 1;
        while j < entries.len() && entries[j] == *e {
            j += 1;
        }
        let reps = j - i;
        for _ in 0..reps.min(3) {
            out.push_str(&format!("  File \"{}\", line {}, in {}\n", e.0, e.1, e.2));
            if let Some(l) = source_line(vm, &e.0, e.1) {
                if !l.is_empty() {
                    out.push_str(&format!("    {}\n", l));
                }
            }
        }
        if reps > 3 {
            out.push_str(&format!(
                "  [Previous line repeated {} more time{}]\n",
                reps - 3,
                if reps - 3 == 1 { "" } else { "s" }
            ));
        }
        i = j;
    }
}

fn exception_line(vm: &Vm, exc: &Value) -> String {
    let ty = vm.type_of(exc);
    let tl = strata_object::types::type_layout(&ty);
    let module = tl
        .get_own("__module__")
        .map(|m| vm.str_lossy(&m))
        .unwrap_or_default();
    let name = if module.is_empty() || module == "builtins" || module == "__main__" {
        tl.qualname.borrow().to_string()
    } else {
        format!("{}.{}", module, tl.qualname.borrow())
    };
    let msg = vm
        .str_string(exc)
        .unwrap_or_else(|_| "<exception str() failed>".into());
    let mut line = if msg.is_empty() {
        name
    } else {
        format!("{}: {}", name, msg)
    };
    if let Some(s) = crate::suggest::suggestion_for(vm, exc) {
        line.push_str(&format!(". Did you mean: '{}'?", s));
    }
    line
}

fn format_syntax_error(vm: &Vm, exc: &Value, out: &mut String) -> bool {
    if !vm.isinstance(exc, &vm.exc.syntax_error) {
        return false;
    }
    let Some(d) = vm.instance_dict(exc) else {
        return false;
    };
    let get = |n: &str| crate::dict::dict_get_str(vm, &d, n).filter(|v| !v.is(&vm.none));
    let file = get("filename")
        .map(|f| vm.str_lossy(&f))
        .unwrap_or_else(|| "<string>".into());
    let line = get("lineno")
        .and_then(|l| crate::numeric::as_int(&l).and_then(|i| i.to_i64()))
        .unwrap_or(1);
    out.push_str(&format!("  File \"{}\", line {}\n", file, line));
    if let Some(text) = get("text").map(|t| vm.str_lossy(&t)) {
        let raw = text.trim_end_matches('\n');
        let stripped = raw.trim_start();
        let indent = raw.chars().count() - stripped.chars().count();
        out.push_str(&format!("    {}\n", stripped));
        let off = get("offset")
            .and_then(|o| crate::numeric::as_int(&o).and_then(|i| i.to_i64()))
            .unwrap_or(0);
        let end_line = get("end_lineno")
            .and_then(|o| crate::numeric::as_int(&o).and_then(|i| i.to_i64()))
            .unwrap_or(line);
        let end = get("end_offset")
            .and_then(|o| crate::numeric::as_int(&o).and_then(|i| i.to_i64()))
            .unwrap_or(off);
        if off > 0 {
            let col = (off as usize).saturating_sub(1).saturating_sub(indent);
            let width = if end_line == line && end > off {
                (end - off) as usize
            } else {
                1
            };
            out.push_str(&format!(
                "    {}{}\n",
                " ".repeat(col),
                "^".repeat(width.max(1))
            ));
        }
    }
    let msg = get("msg").map(|m| vm.str_lossy(&m)).unwrap_or_default();
    out.push_str(&format!("{}: {}\n", vm.type_name(exc), msg));
    true
}

fn format_exception(vm: &Vm, exc: &Value, out: &mut String, seen: &mut Vec<usize>) {
    seen.push(exc.word());
    if let Some(e) = exc.downcast::<ExceptionObj>() {
        let cause = e.cause.borrow().clone();
        let context = e.context.borrow().clone();
        if let Some(c) = cause.filter(|c| !seen.contains(&c.word())) {
            format_exception(vm, &c, out, seen);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        } else if let Some(c) =
            context.filter(|c| !e.suppress_context.get() && !seen.contains(&c.word()))
        {
            format_exception(vm, &c, out, seen);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
        let tb = e.traceback.borrow().clone();
        if tb.is_some() {
            out.push_str("Traceback (most recent call last):\n");
            format_tb(vm, tb, out);
        }
    }
    if !format_syntax_error(vm, exc, out) {
        out.push_str(&exception_line(vm, exc));
        out.push('\n');
    }
}

/// Prints an uncaught exception to stderr, CPython style.
pub fn print_exception(vm: &Vm, exc: &Value) {
    let mut out = String::new();
    format_exception(vm, exc, &mut out, &mut Vec::new());
    let _ = crate::sysmod::write_stdout_flush();
    eprint!("{}", out);
}

/// Handles an exception that reached the top level: returns the exit
/// status (SystemExit's code, or 1 after printing the traceback).
pub fn handle_uncaught(vm: &Vm, exc: &Value) -> i32 {
    if vm.isinstance(exc, &vm.exc.system_exit) {
        let code = vm
            .instance_dict(exc)
            .and_then(|d| crate::dict::dict_get_str(vm, &d, "code"))
            .unwrap_or_else(|| vm.none());
        if code.is(&vm.none) {
            return 0;
        }
        if let Some(i) = crate::numeric::as_int(&code) {
            return i.to_i64().unwrap_or(1) as i32;
        }
        let _ = crate::sysmod::write_stdout_flush();
        eprintln!("{}", vm.str_string(&code).unwrap_or_default());
        return 1;
    }
    print_exception(vm, exc);
    1
}

/// Runs `src` as the `__main__` module; returns the process exit status.
pub fn run_main(vm: &Vm, src: &str, filename: &str) -> i32 {
    let main = crate::sysmod::new_module(vm, "__main__");
    let d = main.downcast::<ModuleObj>().expect("module").dict.clone();
    crate::dict::dict_set_str(vm, &d, "__builtins__", vm.builtins.clone());
    if filename != "<string>" && filename != "<stdin>" {
        crate::dict::dict_set_str(vm, &d, "__file__", vm.new_str(filename));
    }
    let _ = crate::dict::dict_set_item(vm, &vm.modules, vm.intern("__main__"), main);
    let r = compile_to_value(vm, src, filename, Mode::Exec)
        .and_then(|c| run_code(vm, &c, d.clone(), Some(d)));
    let status = match r {
        Ok(_) => 0,
        Err(e) => handle_uncaught(vm, &e),
    };
    let _ = crate::sysmod::write_stdout_flush();
    status
}

/// Sets `sys.argv` and `sys.path` (script directory, then `STRATA_PATH`).
pub fn setup_sys(vm: &Vm, argv: &[String], script_dir: &str) {
    if let Some(a) = crate::sysmod::sys_attr(vm, "argv") {
        if let Some(l) = a.downcast::<ListObj>() {
            *l.0.borrow_mut() = argv.iter().map(|s| vm.new_str(s)).collect();
        }
    }
    if let Some(p) = crate::sysmod::sys_attr(vm, "path") {
        if let Some(l) = p.downcast::<ListObj>() {
            let mut items = vec![vm.new_str(if script_dir.is_empty() {
                ""
            } else {
                script_dir
            })];
            if let Ok(extra) = std::env::var("STRATA_PATH") {
                items.extend(
                    extra
                        .split(':')
                        .filter(|s| !s.is_empty())
                        .map(|s| vm.new_str(s)),
                );
            }
            *l.0.borrow_mut() = items;
        }
    }
}

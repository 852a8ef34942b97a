//! Running programs: compiling source to code values, running module code,
//! and handing uncaught exceptions to the error display.

use std::rc::Rc;

use strata_compiler::{CompileErrorKind, Constant, LocalKind, Mode};
use strata_object::payloads::*;
use strata_object::Value;

use crate::eval::FrameExit;
use crate::frame::Frame;
use crate::runtime::*;
use crate::vm::{PyResult, Vm};

/// Turns a compile-time constant into a value.
pub fn constant_value(vm: &Vm, c: &Constant) -> Value {
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
        Constant::Tuple(items) => {
            vm.new_tuple(items.iter().map(|x| constant_value(vm, x)).collect())
        }
        Constant::FrozenSet(items) => {
            // CPython builds the frozenset from the display's elements, then
            // its constant merging rebuilds it from that set's iteration
            // order; the second build decides the order programs see.
            // Constants hash and compare without running Python code.
            let first = crate::objects::set::new_empty(vm, &vm.types.frozenset);
            for x in items.iter() {
                let _ = crate::dict::set_add(vm, &first, constant_value(vm, x));
            }
            let s = crate::objects::set::new_empty(vm, &vm.types.frozenset);
            for x in crate::dict::set_items(&first) {
                let _ = crate::dict::set_add(vm, &s, x);
            }
            s
        }
        Constant::Code(code) => code_value(vm, code.clone()),
    }
}

/// Wraps a compiled code object as a runtime `code` value.
pub fn code_value(vm: &Vm, code: Rc<strata_compiler::CodeObject>) -> Value {
    let consts = code
        .constants
        .iter()
        .map(|c| constant_value(vm, c))
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

/// Compiles source text given as a string (`exec`, `eval`, `compile`,
/// `-c`), raising SyntaxError on failure.
pub fn compile_to_value(vm: &Vm, src: &str, filename: &str, mode: Mode) -> PyResult {
    compile_with(vm, src, filename, mode, false)
}

/// Compiles the text of a source file (a script or an imported module):
/// SyntaxError columns count UTF-8 bytes, as CPython's do for files.
pub fn compile_file_to_value(vm: &Vm, src: &str, filename: &str, mode: Mode) -> PyResult {
    compile_with(vm, src, filename, mode, true)
}

fn compile_with(vm: &Vm, src: &str, filename: &str, mode: Mode, byte_offsets: bool) -> PyResult {
    vm.sources
        .borrow_mut()
        .insert(Rc::from(filename), Rc::from(src));
    let options = strata_compiler::CompileOptions {
        byte_offsets,
        ..Default::default()
    };
    match strata_compiler::compile_with_options(src, filename, mode, options) {
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

/// Prints an uncaught exception to stderr, CPython style (see
/// [`crate::display`]).
pub fn print_exception(vm: &Vm, exc: &Value) {
    crate::display::print_exception(vm, exc)
}

/// Handles an exception that reached the top level: returns the exit
/// status (SystemExit's code, or 1 after printing the traceback).
pub fn handle_uncaught(vm: &Vm, exc: &Value) -> i32 {
    crate::display::handle_uncaught(vm, exc)
}

/// Creates and registers the `__main__` module; returns its dict.
pub fn main_module(vm: &Vm, filename: &str) -> Value {
    let main = crate::sysmod::new_module(vm, "__main__");
    let d = main.downcast::<ModuleObj>().expect("module").dict.clone();
    crate::dict::dict_set_str(vm, &d, "__builtins__", vm.builtins.clone());
    if filename != "<string>" && filename != "<stdin>" {
        crate::dict::dict_set_str(vm, &d, "__file__", vm.new_str(filename));
    }
    let _ = crate::dict::dict_set_item(vm, &vm.modules, vm.intern("__main__"), main);
    d
}

/// Runs one interactive input in `__main__`'s dict `main`. Errors are
/// printed; returns `Some(status)` when the program asked to exit.
pub fn run_interactive(vm: &Vm, main: &Value, src: &str) -> Option<i32> {
    let r = compile_to_value(vm, src, "<stdin>", Mode::Single)
        .and_then(|c| run_code(vm, &c, main.clone(), Some(main.clone())));
    let _ = crate::sysmod::write_stdout_flush();
    match r {
        Ok(_) => None,
        Err(e) if vm.isinstance(&e, &vm.exc.system_exit) => Some(handle_uncaught(vm, &e)),
        Err(e) => {
            print_exception(vm, &e);
            None
        }
    }
}

/// Runs `src` as the `__main__` module; returns the process exit status.
pub fn run_main(vm: &Vm, src: &str, filename: &str) -> i32 {
    let d = main_module(vm, filename);
    let compiled = if filename.starts_with('<') {
        compile_to_value(vm, src, filename, Mode::Exec)
    } else {
        compile_file_to_value(vm, src, filename, Mode::Exec)
    };
    let r = compiled.and_then(|c| run_code(vm, &c, d.clone(), Some(d.clone())));
    let status = match r {
        Ok(_) => 0,
        Err(e) => handle_uncaught(vm, &e),
    };
    crate::gc::finalize_main(vm, &d);
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

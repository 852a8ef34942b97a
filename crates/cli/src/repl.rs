//! The interactive prompt: reads statements (with `...` continuation lines
//! for blocks and unclosed brackets), runs them in `__main__`, echoes the
//! values of expression statements, and prints errors without exiting.

use std::io::{BufRead, Write};

use strata_tier1::Vm;

/// Whether `src` needs more lines: a block opener waiting for its body (a
/// blank line ends it), or input the parser reports as unfinished.
fn incomplete(src: &str) -> bool {
    let last_blank = src.lines().last().is_none_or(|l| l.trim().is_empty());
    let opens_block = src.lines().any(|l| l.trim_end().ends_with(':')) || src.starts_with('@');
    match strata_compiler::compile(src, "<stdin>", strata_compiler::Mode::Single) {
        Ok(_) => opens_block && !last_blank,
        Err(e) => {
            let m = e.message.as_str();
            let unfinished = m.contains("was never closed")
                || m.contains("unterminated triple-quoted")
                || m.contains("unexpected EOF")
                || m.contains("expected an indented block");
            unfinished
                && !(last_blank
                    && opens_block
                    && src.lines().count() > 1
                    && !m.contains("never closed"))
        }
    }
}

/// Runs the REPL until end of input; returns the exit status.
pub fn run(vm: &Vm) -> i32 {
    eprintln!(
        "Strata {} (Python 3.11 compatible)\nType Ctrl-D to exit.",
        env!("CARGO_PKG_VERSION")
    );
    let main = strata_tier1::interp::main_module(vm, "<stdin>");
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    loop {
        let mut src = String::new();
        let mut prompt = ">>> ";
        loop {
            eprint!("{}", prompt);
            let _ = std::io::stderr().flush();
            match lines.next() {
                Some(Ok(line)) => {
                    src.push_str(&line);
                    src.push('\n');
                }
                _ => {
                    eprintln!();
                    return 0;
                }
            }
            if !incomplete(&src) {
                break;
            }
            prompt = "... ";
        }
        if src.trim().is_empty() {
            continue;
        }
        if let Some(status) = strata_tier1::interp::run_interactive(vm, &main, &src) {
            return status;
        }
    }
}

//! Compiles a Python file and prints each instruction with its source
//! location as `(line, end_line, col, end_col)`, in the shape of CPython's
//! `co_positions()`, for comparing locations with CPython.
//!
//! Usage: `cargo run -p strata-compiler --example positions -- FILE`.

use strata_compiler::dis::decode;
use strata_compiler::{compile, CodeObject, Constant, Mode};

fn show(code: &CodeObject, depth: usize) {
    let pad = "  ".repeat(depth);
    println!("{pad}== {}", code.name);
    for ins in decode(code) {
        let l = code.locations.get(ins.index).copied().unwrap_or_default();
        println!(
            "{pad}{:4} {:22} ({}, {}, {}, {})",
            ins.index * 2,
            format!("{:?}", ins.op),
            l.line,
            l.end_line,
            l.col,
            l.end_col
        );
    }
    for c in &code.constants {
        if let Constant::Code(inner) = c {
            show(inner, depth + 1);
        }
    }
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: positions FILE");
        std::process::exit(2);
    };
    let source = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    match compile(&source, &path, Mode::Exec) {
        Ok(code) => show(&code, 0),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}

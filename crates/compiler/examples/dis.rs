//! Compiles a Python file (or `-c SOURCE`) and prints its disassembly.
//!
//! Usage: `cargo run -p strata-compiler --example dis -- FILE` or
//! `... -- -c 'print(1)'`.

use strata_compiler::{compile, disassemble, Mode};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (source, filename) = match args.as_slice() {
        [flag, src] if flag == "-c" => (src.clone(), "<string>".to_string()),
        [path] => match std::fs::read_to_string(path) {
            Ok(s) => (s, path.clone()),
            Err(e) => {
                eprintln!("{path}: {e}");
                std::process::exit(2);
            }
        },
        _ => {
            eprintln!("usage: dis FILE | dis -c SOURCE");
            std::process::exit(2);
        }
    };
    match compile(&source, &filename, Mode::Exec) {
        Ok(code) => print!("{}", disassemble(&code)),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}

//! The `strata` command: runs a Python program on Strata.
//!
//! `strata FILE [ARGS...]`, `strata -c CODE`, `strata -m MODULE`,
//! `strata -` (program on stdin), an interactive REPL when stdin is a
//! terminal and no program is given (a piped stdin is run as a program),
//! `strata -X dis FILE`, `-X NAME=VALUE` engine flags, `--version`, `-h`.
//! The interpreter runs on a thread with a large stack so deep (but
//! bounded) native recursion never overflows.

mod repl;

use std::io::IsTerminal;
use std::process::ExitCode;

use strata_tier1::flags::{Flags, FLAG_HELP, SETTING_VARS};
use strata_tier1::Vm;

const USAGE: &str = "usage: strata [option] ... [-c cmd | -m mod | file | -] [arg] ...";
const STACK_SIZE: usize = 1 << 30;

/// What to run.
enum Program {
    File(String),
    Code(String),
    Module(String),
    Stdin,
    Repl,
}

fn bad_usage(msg: &str) -> ExitCode {
    eprintln!(
        "strata: {}\n{}\nTry `strata -h' for more information.",
        msg, USAGE
    );
    ExitCode::from(2)
}

fn help() -> String {
    let mut s = format!(
        "{}\nOptions:\n  -c cmd         program passed in as string\n  -m mod         run library module as a script\n  -X dis         print the bytecode of FILE instead of running it\n  -X NAME=VALUE  set an engine flag (or use the environment variable)\n  -h, --help     print this help message and exit\n  -V, --version  print the version and exit\n  file           program read from script file\n  -              program read from stdin (default; interactive mode if a tty)\n  arg ...        arguments passed to program in sys.argv[1:]\n\nEngine flags:\n",
        USAGE
    );
    for (name, values) in FLAG_HELP {
        s.push_str(&format!("  {:<16} {}\n", name, values));
    }
    s.push_str("\nOther environment variables:\n");
    for (name, what) in SETTING_VARS {
        s.push_str(&format!("  {:<27} {}\n", name, what));
    }
    s
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let mut flags = Flags::default();
    for (k, v) in std::env::vars() {
        if k.starts_with("STRATA_") && !SETTING_VARS.iter().any(|(n, _)| *n == k) {
            if let Err(e) = flags.set(&k, &v) {
                return bad_usage(&e);
            }
        }
    }
    let mut dis = false;
    let mut i = 1;
    let mut program = None;
    while i < args.len() {
        let a = args[i].as_str();
        match a {
            "-h" | "--help" => {
                print!("{}", help());
                return ExitCode::SUCCESS;
            }
            "-V" | "--version" => {
                println!(
                    "Strata {} (Python 3.11 compatible)",
                    env!("CARGO_PKG_VERSION")
                );
                return ExitCode::SUCCESS;
            }
            "-c" | "-m" => {
                let Some(v) = args.get(i + 1) else {
                    return bad_usage(&format!("Argument expected for the {} option", a));
                };
                program = Some(if a == "-c" {
                    Program::Code(v.clone())
                } else {
                    Program::Module(v.clone())
                });
                i += 1;
                break;
            }
            "-X" => {
                let Some(opt) = args.get(i + 1) else {
                    return bad_usage("Argument expected for the -X option");
                };
                if opt == "dis" {
                    dis = true;
                } else {
                    let (name, value) = opt.split_once('=').unwrap_or((opt.as_str(), ""));
                    let name = if name.starts_with("STRATA_") {
                        name.to_string()
                    } else {
                        format!("STRATA_{}", name.to_uppercase())
                    };
                    if let Err(e) = flags.set(&name, value) {
                        return bad_usage(&e);
                    }
                }
                i += 2;
            }
            "-" => {
                program = Some(Program::Stdin);
                break;
            }
            s if s.starts_with('-') => return bad_usage(&format!("unknown option {}", s)),
            _ => {
                program = Some(Program::File(a.to_string()));
                break;
            }
        }
    }
    let program = program.unwrap_or_else(|| {
        if std::io::stdin().is_terminal() {
            Program::Repl
        } else {
            Program::Stdin
        }
    });
    // sys.argv: the program name first, then the remaining arguments.
    let rest: Vec<String> = args.get(i + 1..).map(|r| r.to_vec()).unwrap_or_default();
    let (text, filename, argv0, script_dir) = match &program {
        Program::Code(c) => (
            c.clone(),
            "<string>".to_string(),
            "-c".to_string(),
            String::new(),
        ),
        Program::Stdin => {
            let mut s = String::new();
            if let Err(e) = std::io::Read::read_to_string(&mut std::io::stdin(), &mut s) {
                eprintln!("strata: can't read stdin: {}", e);
                return ExitCode::from(2);
            }
            (s, "<stdin>".to_string(), "-".to_string(), String::new())
        }
        Program::Repl => (
            String::new(),
            "<stdin>".to_string(),
            String::new(),
            String::new(),
        ),
        Program::Module(m) => match find_module(m) {
            Some((path, text)) => (text, path.clone(), path, ".".to_string()),
            None => {
                eprintln!("strata: No module named {}", m);
                return ExitCode::from(1);
            }
        },
        Program::File(f) => match std::fs::read_to_string(f) {
            Ok(t) => {
                let dir = std::path::Path::new(f)
                    .parent()
                    .map(|p| p.to_string_lossy().to_string())
                    .unwrap_or_default();
                (t, f.clone(), f.clone(), dir)
            }
            Err(e) => {
                let errno = e.raw_os_error().unwrap_or(2);
                let msg = match e.kind() {
                    std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
                    std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
                    _ => e.to_string(),
                };
                eprintln!("strata: can't open file '{}': [Errno {}] {}", f, errno, msg);
                return ExitCode::from(2);
            }
        },
    };
    if dis {
        return match strata_compiler::compile(&text, &filename, strata_compiler::Mode::Exec) {
            Ok(code) => {
                print!("{}", strata_compiler::dis::disassemble(&code));
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!(
                    "  File \"{}\", line {}\nSyntaxError: {}",
                    filename, e.line, e.message
                );
                ExitCode::from(1)
            }
        };
    }
    let mut argv = vec![argv0];
    argv.extend(rest);
    let repl = matches!(program, Program::Repl);
    let handle = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || {
            let vm = Vm::new(flags);
            strata_stdlib::install(&vm);
            let current = strata_tier1::vm::install_current_vm(&vm);
            strata_tier1::stack::set_stack_size(&vm, STACK_SIZE - (1 << 20));
            strata_tier1::interp::setup_sys(&vm, &argv, &script_dir);
            let status = if repl {
                repl::run(&vm)
            } else {
                strata_tier1::interp::run_main(&vm, &text, &filename)
            };
            drop(current);
            status
        });
    match handle.map(|h| h.join()) {
        Ok(Ok(status)) => ExitCode::from(status.clamp(0, 255) as u8),
        _ => {
            eprintln!("strata: internal error: the interpreter thread failed");
            ExitCode::from(70)
        }
    }
}

/// Finds `-m` module `name` on the search path (current directory, then
/// `STRATA_PATH`): `name.py` or `name/__main__.py`.
fn find_module(name: &str) -> Option<(String, String)> {
    let rel = name.replace('.', "/");
    let mut dirs = vec![".".to_string()];
    if let Ok(p) = std::env::var("STRATA_PATH") {
        dirs.extend(p.split(':').filter(|s| !s.is_empty()).map(str::to_string));
    }
    for d in dirs {
        for cand in [
            format!("{}/{}.py", d, rel),
            format!("{}/{}/__main__.py", d, rel),
        ] {
            if let Ok(t) = std::fs::read_to_string(&cand) {
                let full = std::fs::canonicalize(&cand)
                    .map(|p| p.to_string_lossy().to_string())
                    .unwrap_or(cand);
                return Some((full, t));
            }
        }
    }
    None
}

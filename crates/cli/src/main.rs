//! The `strata` command: runs a Python program on Strata.
//!
//! `strata FILE [ARGS...]`, `strata -c CODE`, `strata -X dis FILE`,
//! `strata --version`, `strata -h`. The interpreter runs on a thread with a
//! large stack so deep (but bounded) native recursion never overflows.

use std::process::ExitCode;

use strata_tier1::flags::Flags;
use strata_tier1::Vm;

const USAGE: &str = "usage: strata [-h] [--version] [-X name=value] [-c CODE | FILE] [ARGS...]";
const STACK_SIZE: usize = 1 << 30;

enum Source {
    File(String),
    Code(String),
}

fn bad_usage(msg: &str) -> ExitCode {
    eprintln!("strata: {}\n{}", msg, USAGE);
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let mut flags = Flags::default();
    let mut dis = false;
    let mut i = 1;
    let mut source = None;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-h" | "--help" => {
                println!("{}\n\nOptions:\n  -c CODE        run CODE\n  -X dis         disassemble FILE instead of running it\n  -X NAME=VALUE  set an engine flag (STRATA_ENGINE=generic)\n  --version      print the version", USAGE);
                return ExitCode::SUCCESS;
            }
            "--version" | "-V" => {
                println!(
                    "Strata {} (Python 3.11 compatible)",
                    env!("CARGO_PKG_VERSION")
                );
                return ExitCode::SUCCESS;
            }
            "-c" => {
                let Some(code) = args.get(i + 1) else {
                    return bad_usage("argument expected for the -c option");
                };
                source = Some((Source::Code(code.clone()), i + 1));
                break;
            }
            "-X" => {
                let Some(opt) = args.get(i + 1) else {
                    return bad_usage("argument expected for the -X option");
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
            s if s.starts_with('-') && s != "-" => {
                return bad_usage(&format!("unknown option '{}'", s))
            }
            _ => {
                source = Some((Source::File(a.clone()), i));
                break;
            }
        }
    }
    for (k, v) in std::env::vars() {
        if k.starts_with("STRATA_") && k != "STRATA_PATH" {
            if let Err(e) = flags.set(&k, &v) {
                return bad_usage(&e);
            }
        }
    }
    let Some((source, argv_start)) = source else {
        return bad_usage("no program given (interactive mode is not available yet)");
    };
    let (text, filename) = match &source {
        Source::Code(c) => (c.clone(), "<string>".to_string()),
        Source::File(f) if f == "-" => {
            let mut s = String::new();
            if std::io::Read::read_to_string(&mut std::io::stdin(), &mut s).is_err() {
                return bad_usage("cannot read stdin");
            }
            (s, "<stdin>".to_string())
        }
        Source::File(f) => match std::fs::read_to_string(f) {
            Ok(t) => (t, f.clone()),
            Err(e) => {
                let errno = e.raw_os_error().unwrap_or(2);
                let msg = if e.kind() == std::io::ErrorKind::NotFound {
                    "No such file or directory".to_string()
                } else {
                    e.to_string()
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
    let argv: Vec<String> = match &source {
        Source::Code(_) => std::iter::once("-c".to_string())
            .chain(args[argv_start + 1..].iter().cloned())
            .collect(),
        Source::File(_) => args[argv_start..].to_vec(),
    };
    let script_dir = match &source {
        Source::File(f) if f != "-" => std::path::Path::new(f)
            .parent()
            .map(|p| p.to_string_lossy().to_string())
            .unwrap_or_default(),
        _ => String::new(),
    };
    let handle = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || {
                    let vm = Vm::new(flags);
        let _current = strata_tier1::vm::install_current_vm(&vm);
            strata_tier1::stack::set_stack_size(&vm, STACK_SIZE - (1 << 20));
            strata_tier1::interp::setup_sys(&vm, &argv, &script_dir);
                    let status = strata_tier1::interp::run_main(&vm, &text, &filename);
        drop(_current);
        status
    });
    match handle.map(|h| h.join()) {
        Ok(Ok(status)) => ExitCode::from(status.clamp(0, 255) as u8),
        _ => {
            eprintln!("strata: internal error");
            ExitCode::from(70)
        }
    }
}

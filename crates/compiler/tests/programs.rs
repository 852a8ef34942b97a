//! Compiles every Python program of the repository's test suite
//! (`tests/programs/**/*.py`) and checks the structural invariants of the
//! result. Programs under `tests/programs/syntax_errors/` must fail to
//! compile instead.

mod common;

use std::path::{Path, PathBuf};

use strata_compiler::{compile, Mode};

fn python_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            python_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

#[test]
fn every_test_program_compiles() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/programs");
    let mut files = Vec::new();
    python_files(&root, &mut files);
    files.sort();
    assert!(
        files.len() > 10,
        "found only {} programs under {}",
        files.len(),
        root.display()
    );
    let mut failures = Vec::new();
    for path in &files {
        let Ok(source) = std::fs::read_to_string(path) else {
            continue;
        };
        let name = path.display().to_string();
        let expect_error = path.components().any(|c| c.as_os_str() == "syntax_errors");
        let result = std::panic::catch_unwind(|| compile(&source, &name, Mode::Exec));
        match result {
            Err(_) => failures.push(format!("{name}: compiler panicked")),
            Ok(Ok(_)) if expect_error => failures.push(format!("{name}: compiled but should fail")),
            Ok(Ok(code)) => {
                if let Err(e) = common::check_invariants(&code) {
                    failures.push(format!("{name}: {e}"));
                }
            }
            Ok(Err(e)) if !expect_error => failures.push(format!("{name}: {e}")),
            Ok(Err(_)) => {}
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} programs failed:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

#[test]
fn truncated_programs_fail_cleanly() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/programs");
    let mut files = Vec::new();
    python_files(&root, &mut files);
    files.sort();
    let mut failures = Vec::new();
    for path in &files {
        let Ok(source) = std::fs::read_to_string(path) else {
            continue;
        };
        for k in 1..8 {
            let mut cut = source.len() * k / 8;
            while !source.is_char_boundary(cut) {
                cut -= 1;
            }
            let prefix = &source[..cut];
            match std::panic::catch_unwind(|| compile(prefix, "<cut>", Mode::Exec)) {
                Err(_) => failures.push(format!("{}[..{cut}]: panic", path.display())),
                Ok(Err(e)) if e.message.contains("internal compiler error") => {
                    failures.push(format!("{}[..{cut}]: {e}", path.display()))
                }
                Ok(Ok(code)) => {
                    if let Err(e) = common::check_invariants(&code) {
                        failures.push(format!("{}[..{cut}]: {e}", path.display()));
                    }
                }
                Ok(Err(_)) => {}
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

//! Python 3.12 programs: runs every program under tests/programs_312 with
//! the `strata` binary and compares stdout and exit status (and the last
//! stderr line, when the `.exit` file gives one) with the hand-written
//! expected results (CPython 3.12 semantics; the 3.11 oracle cannot run
//! these programs, see tests/programs_312/README.md).

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repo root")
}

fn programs(root: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("tests/programs_312"))
        .expect("tests/programs_312")
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().unwrap_or_default().to_string_lossy();
            name.ends_with(".py") && !name.starts_with('_')
        })
        .collect();
    files.sort();
    files
}

/// Runs one program; returns a description of the mismatch, if any.
fn check(root: &Path, prog: &Path) -> Option<String> {
    let rel = prog.strip_prefix(root).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_strata"))
        .arg(rel)
        .current_dir(root)
        .env("PYTHONHASHSEED", "0")
        .output()
        .expect("run strata");
    let stem = prog.with_extension("");
    let exp_out = std::fs::read(stem.with_extension("out")).unwrap_or_default();
    let exp_exit = std::fs::read_to_string(stem.with_extension("exit")).unwrap_or_default();
    let mut lines = exp_exit.lines();
    let exp_status: i32 = lines
        .next()
        .and_then(|l| l.trim().parse().ok())
        .unwrap_or(0);
    let exp_last = lines.next().unwrap_or("").to_string();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    let mut problems = Vec::new();
    if out.stdout != exp_out {
        problems.push(format!(
            "stdout differs:\n--- expected\n{}\n--- got\n{}",
            String::from_utf8_lossy(&exp_out),
            String::from_utf8_lossy(&out.stdout)
        ));
    }
    let status = out.status.code().unwrap_or(-1);
    if status != exp_status {
        problems.push(format!(
            "exit status {} (expected {}); stderr:\n{}",
            status, exp_status, stderr
        ));
    }
    let last = stderr.lines().last().unwrap_or("").to_string();
    if last != exp_last {
        problems.push(format!(
            "last stderr line {:?} (expected {:?})",
            last, exp_last
        ));
    }
    if problems.is_empty() {
        None
    } else {
        Some(problems.join("\n"))
    }
}

#[test]
fn python312_programs() {
    let root = repo_root();
    let progs = programs(&root);
    assert!(!progs.is_empty(), "no programs under tests/programs_312");
    let mut failures = Vec::new();
    for p in &progs {
        if let Some(why) = check(&root, p) {
            let rel = p.strip_prefix(&root).unwrap().to_string_lossy().to_string();
            failures.push(format!("{}:\n{}", rel, why));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} programs failed:\n\n{}",
        failures.len(),
        progs.len(),
        failures.join("\n\n")
    );
}

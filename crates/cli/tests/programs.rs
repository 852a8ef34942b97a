//! Differential tests: runs every program under tests/programs with the
//! `strata` binary and compares stdout, exit status and stderr (its last
//! line, or all of it when a `.err` file exists) with CPython 3.11's
//! committed results.
//!
//! `tests/known_failures.txt` lists programs that do not pass yet. A listed
//! program that passes fails the test too (remove it from the list), so the
//! list only ever shrinks.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repo root")
}

fn programs(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let dir = root.join("tests/programs");
    let mut areas: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/programs")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    areas.sort();
    for area in areas {
        let mut files: Vec<_> = std::fs::read_dir(&area)
            .expect("area")
            .flatten()
            .map(|e| e.path())
            .collect();
        files.sort();
        for f in files {
            let name = f.file_name().unwrap().to_string_lossy().to_string();
            if name.ends_with(".py") && !name.starts_with('_') {
                out.push(f);
            }
        }
    }
    out
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
        problems.push(format!("exit status {} (expected {})", status, exp_status));
    }
    let err_file = stem.with_extension("err");
    if err_file.exists() {
        let exp = std::fs::read_to_string(&err_file).unwrap_or_default();
        if stderr != exp {
            problems.push(format!(
                "stderr differs:\n--- expected\n{}--- got\n{}",
                exp, stderr
            ));
        }
    } else {
        let last = stderr.lines().last().unwrap_or("").to_string();
        if last != exp_last {
            problems.push(format!(
                "last stderr line {:?} (expected {:?})",
                last, exp_last
            ));
        }
    }
    if problems.is_empty() {
        None
    } else {
        Some(problems.join("\n"))
    }
}

#[test]
fn differential_programs() {
    let root = repo_root();
    let known: BTreeSet<String> = std::fs::read_to_string(root.join("tests/known_failures.txt"))
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect();
    let mut unexpected = Vec::new();
    let mut fixed = Vec::new();
    let mut failing = Vec::new();
    let progs = programs(&root);
    for p in &progs {
        let rel = p.strip_prefix(&root).unwrap().to_string_lossy().to_string();
        match check(&root, p) {
            Some(why) => {
                failing.push(rel.clone());
                if !known.contains(&rel) {
                    unexpected.push(format!("{}:\n{}", rel, why));
                }
            }
            None => {
                if known.contains(&rel) {
                    fixed.push(rel);
                }
            }
        }
    }
    if std::env::var("STRATA_WRITE_KNOWN_FAILURES").is_ok() {
        let mut text = String::from("# Programs under tests/programs that Strata does not pass yet (see crates/cli/tests/programs.rs).\n");
        for f in &failing {
            text.push_str(f);
            text.push('\n');
        }
        std::fs::write(root.join("tests/known_failures.txt"), text).unwrap();
        return;
    }
    eprintln!(
        "{} programs, {} passing, {} known failures",
        progs.len(),
        progs.len() - failing.len(),
        failing.len()
    );
    assert!(
        fixed.is_empty(),
        "these programs now pass; remove them from tests/known_failures.txt:\n{}",
        fixed.join("\n")
    );
    assert!(
        unexpected.is_empty(),
        "{} programs regressed:\n\n{}",
        unexpected.len(),
        unexpected.join("\n\n")
    );
}

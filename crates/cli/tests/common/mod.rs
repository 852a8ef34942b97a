//! Shared by the program-running tests: locating the repository, listing
//! programs, and running one program with `strata` against its expected
//! results (`.out`, `.exit`, and `.err` when present).

use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repo root")
}

/// The `*.py` programs directly in `dir` (helper modules start with `_`),
/// sorted.
pub fn python_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
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
pub fn check(root: &Path, prog: &Path) -> Option<String> {
    let rel = prog.strip_prefix(root).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_strata"))
        .arg(rel)
        .current_dir(root)
        .env("PYTHONHASHSEED", "0")
        // A harness setting, not an engine flag: strata would reject it.
        .env_remove("STRATA_WRITE_KNOWN_FAILURES")
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

//! Python 3.12 programs: runs every program under tests/programs_312 with
//! the `strata` binary and compares stdout and exit status (and the last
//! stderr line, when the `.exit` file gives one) with the hand-written
//! expected results (CPython 3.12 semantics; the 3.11 oracle cannot run
//! these programs, see tests/programs_312/README.md).

mod common;

use common::{check, python_files, repo_root};

#[test]
fn python312_programs() {
    let root = repo_root();
    let progs = python_files(&root.join("tests/programs_312"));
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

//! Differential tests: runs every program under tests/programs with the
//! `strata` binary and compares stdout, exit status and stderr (its last
//! line, or all of it when a `.err` file exists) with CPython 3.11's
//! committed results.
//!
//! `tests/known_failures.txt` lists programs that do not pass yet. A listed
//! program that passes fails the test too (remove it from the list), so the
//! list only ever shrinks.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use common::{check, python_files, repo_root};

fn programs(root: &Path) -> Vec<PathBuf> {
    let mut areas: Vec<PathBuf> = std::fs::read_dir(root.join("tests/programs"))
        .expect("tests/programs")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    areas.sort();
    areas.iter().flat_map(|a| python_files(a)).collect()
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

//! pyperformance acceptance: runs every benchmark named in
//! `pyperformance-shim/acceptance.txt` under this build's `strata` through
//! `pyperformance-shim/run_benchmarks.py` (one value of one loop each, so a
//! benchmark's own self-checks run once), and the same set under `python3`
//! to check the pyperf shim itself.
//!
//! `pyperformance-shim/known_failures.txt` lists the benchmarks Strata does
//! not run yet. A listed benchmark that now runs fails the test too (remove
//! it from the list), so the list only shrinks; `STRATA_WRITE_KNOWN_FAILURES=1`
//! rewrites it. The runner needs `python3` and, on first use, network access
//! to PyPI (it downloads the pyperformance wheel into its cache).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Seconds one benchmark script may run before the runner stops it.
const TIMEOUT_SECONDS: &str = "300";

/// Set to rewrite known_failures.txt from this run's results.
const WRITE_KNOWN_FAILURES: &str = "STRATA_WRITE_KNOWN_FAILURES";

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repo root")
}

/// Names in a list file: one a line, `#` starts a comment.
fn read_names(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runs `python3 run_benchmarks.py ARGS` from the repository root. The
/// test's own STRATA_WRITE_KNOWN_FAILURES is not passed on: `strata`
/// rejects STRATA_* variables that are not its flags.
fn runner(root: &Path, args: &[&str]) -> Output {
    Command::new("python3")
        .arg(root.join("pyperformance-shim/run_benchmarks.py"))
        .args(args)
        .current_dir(root)
        .env_remove(WRITE_KNOWN_FAILURES)
        .output()
        .unwrap_or_else(|e| panic!("cannot run python3 (needed for the pyperformance runner): {e}"))
}

/// Makes sure the benchmark scripts are in the runner's cache, failing with
/// the runner's explanation when python3 or the network is missing.
fn fetch(root: &Path) {
    let out = runner(root, &["--fetch-only"]);
    assert!(
        out.status.success(),
        "could not obtain pyperformance's benchmark scripts (python3 with pip and \
         network access to PyPI are needed on first use):\n{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
}

/// The runner's one-line reason why benchmark `name` failed under strata.
fn failure_reason(out: &Output, name: &str) -> String {
    let prefix = format!("FAILED: {name} under strata: ");
    text(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix(prefix.as_str()))
        .unwrap_or("failed")
        .to_string()
}

#[test]
fn pyperformance_acceptance_under_strata() {
    let root = repo_root();
    let shim = root.join("pyperformance-shim");
    let names = read_names(&shim.join("acceptance.txt"));
    let known: BTreeSet<String> = read_names(&shim.join("known_failures.txt"))
        .into_iter()
        .collect();
    fetch(&root);
    let mut failing = Vec::new();
    let mut unexpected = Vec::new();
    let mut fixed = Vec::new();
    for name in &names {
        let out = runner(
            &root,
            &[
                "--strata",
                env!("CARGO_BIN_EXE_strata"),
                "--debug-single-value",
                "--timeout",
                TIMEOUT_SECONDS,
                name,
            ],
        );
        match out.status.code() {
            Some(0) => {
                if known.contains(name) {
                    fixed.push(name.clone());
                }
            }
            Some(1) => {
                let reason = failure_reason(&out, name);
                if !known.contains(name) {
                    unexpected.push(format!(
                        "{name}: {reason}\n{}{}",
                        text(&out.stdout),
                        text(&out.stderr)
                    ));
                }
                failing.push((name.clone(), reason));
            }
            _ => panic!(
                "the runner itself failed on {name} ({}):\n{}{}",
                out.status,
                text(&out.stdout),
                text(&out.stderr)
            ),
        }
    }
    if std::env::var(WRITE_KNOWN_FAILURES).is_ok() {
        let mut list = String::from(
            "# Acceptance benchmarks Strata does not run yet, with the reason \
             (see crates/cli/tests/pyperformance.rs).\n\
             # The test fails if a listed benchmark runs, so this list only shrinks.\n",
        );
        for (name, reason) in &failing {
            list.push_str(&format!("{name}  # {reason}\n"));
        }
        std::fs::write(shim.join("known_failures.txt"), list).unwrap();
        return;
    }
    eprintln!(
        "{} acceptance benchmarks, {} run under strata, {} known failures",
        names.len(),
        names.len() - failing.len(),
        failing.len()
    );
    assert!(
        fixed.is_empty(),
        "these benchmarks now run; remove them from pyperformance-shim/known_failures.txt:\n{}",
        fixed.join("\n")
    );
    assert!(
        unexpected.is_empty(),
        "{} benchmarks failed under strata:\n\n{}",
        unexpected.len(),
        unexpected.join("\n\n")
    );
}

#[test]
fn pyperformance_acceptance_under_cpython_with_the_shim() {
    let root = repo_root();
    fetch(&root);
    let out = runner(
        &root,
        &[
            "--no-strata",
            "--python",
            "python3",
            "--debug-single-value",
            "--timeout",
            TIMEOUT_SECONDS,
        ],
    );
    assert!(
        out.status.success(),
        "the acceptance set failed under python3 with the pyperf shim ({}):\n{}{}",
        out.status,
        text(&out.stdout),
        text(&out.stderr)
    );
}

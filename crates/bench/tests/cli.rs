//! End-to-end tests of `strata-bench`: bad input exits 2 naming the
//! accepted values; a run writes its three result files; a program whose
//! output differs between subjects, or that crashes, is a reported failure
//! while the other programs still run.

use std::path::PathBuf;
use std::process::Command;

fn bench() -> Command {
    Command::new(env!("CARGO_BIN_EXE_strata-bench"))
}

fn strata() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_strata-bench"))
        .parent()
        .expect("target dir")
        .join("strata")
}

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("strata-bench-test-{}-{}", name, std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("scratch dir");
    d
}

#[test]
fn unknown_engine_names_accepted_values() {
    let out = bench().args(["--engines", "turbo"]).output().expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unknown engine 'turbo'"), "{}", err);
    assert!(err.contains("generic"), "{}", err);
}

#[test]
fn unknown_program_and_option_exit_2() {
    let out = bench().arg("no_such_program").output().expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unknown program 'no_such_program'"), "{}", err);
    assert!(err.contains("nbody"), "{}", err);
    let out = bench().arg("--frobnicate").output().expect("run");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn run_writes_table_json_markdown_and_svg() {
    let dir = scratch("ok");
    let out = bench()
        .args(["--runs", "1", "--warmup", "0", "--no-python", "--strata"])
        .arg(strata())
        .arg("--out")
        .arg(&dir)
        .arg("recursion")
        .output()
        .expect("run");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}\n{}",
        stdout,
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("recursion"), "{}", stdout);
    assert!(stdout.contains("1.00x"), "{}", stdout);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("results.json")).expect("json"))
            .expect("valid json");
    assert_eq!(json["results"][0]["program"], "recursion");
    assert_eq!(json["results"][0]["subject"], "generic");
    assert!(json["results"][0]["median"].as_f64().expect("median") > 0.0);
    let md = std::fs::read_to_string(dir.join("results.md")).expect("md");
    assert!(md.starts_with("| program | generic |"), "{}", md);
    let svg = std::fs::read_to_string(dir.join("speedups.svg")).expect("svg");
    assert!(
        svg.contains("<svg") && svg.contains("recursion"),
        "svg lacks labels"
    );
}

#[test]
fn differing_output_and_crash_are_failures_and_the_run_goes_on() {
    let dir = scratch("fail");
    let prog = dir.join("impl_specific.py");
    // Strata and CPython print different implementation names.
    std::fs::write(&prog, "import sys\nprint(sys.implementation.name)\n").expect("write");
    let crash = dir.join("crash.py");
    std::fs::write(&crash, "raise ValueError('boom')\n").expect("write");
    let fine = dir.join("fine.py");
    std::fs::write(&fine, "print(sum(range(10)))\n").expect("write");
    let out = bench()
        .args([
            "--runs", "1", "--warmup", "0", "--python", "python3", "--strata",
        ])
        .arg(strata())
        .arg("--out")
        .arg(dir.join("out"))
        .args([&prog, &crash, &fine])
        .output()
        .expect("run");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{}", stdout);
    assert!(
        stdout.contains("FAILED: impl_specific under python3: output differs"),
        "{}",
        stdout
    );
    assert!(
        stdout.contains("FAILED: crash under generic: exited with"),
        "{}",
        stdout
    );
    assert!(stdout.contains("ValueError: boom"), "{}", stdout);
    let fine_line = stdout
        .lines()
        .find(|l| l.starts_with("fine"))
        .expect("fine row");
    assert!(!fine_line.contains("FAILED"), "{}", fine_line);
}

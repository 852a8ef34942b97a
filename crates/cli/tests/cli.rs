//! Command-line behaviour of `strata`: options, exit statuses, messages.

use std::io::Write;
use std::process::{Command, Stdio};

fn strata(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_strata"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn strata");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn runs_code_from_c_option_with_argv() {
    let (rc, out, _) = strata(&["-c", "import sys; print(sys.argv)", "a", "b"], "");
    assert_eq!(rc, 0);
    assert_eq!(out, "['-c', 'a', 'b']\n");
}

#[test]
fn runs_piped_stdin_as_a_program() {
    let (rc, out, _) = strata(&[], "x = 6\nprint(x * 7)\n");
    assert_eq!((rc, out.as_str()), (0, "42\n"));
    let (rc, out, _) = strata(&["-"], "print('dash')\n");
    assert_eq!((rc, out.as_str()), (0, "dash\n"));
}

#[test]
fn missing_file_is_exit_status_2_with_cpython_message() {
    let (rc, _, err) = strata(&["no_such_file.py"], "");
    assert_eq!(rc, 2);
    assert_eq!(
        err,
        "strata: can't open file 'no_such_file.py': [Errno 2] No such file or directory\n"
    );
}

#[test]
fn bad_options_and_flag_values_exit_2_naming_them() {
    let (rc, _, err) = strata(&["--frobnicate"], "");
    assert_eq!(rc, 2);
    assert!(err.contains("--frobnicate"), "{err}");
    let (rc, _, err) = strata(&["-X", "engine=warp", "-c", "pass"], "");
    assert_eq!(rc, 2);
    assert!(
        err.contains("STRATA_ENGINE") && err.contains("warp") && err.contains("generic"),
        "{err}"
    );
    let (rc, _, err) = strata(&["-c"], "");
    assert_eq!(rc, 2);
    assert!(err.contains("-c"), "{err}");
}

#[test]
fn version_and_help() {
    let (rc, out, _) = strata(&["--version"], "");
    assert_eq!(rc, 0);
    assert!(out.starts_with("Strata "), "{out}");
    let (rc, out, _) = strata(&["-h"], "");
    assert_eq!(rc, 0);
    assert!(
        out.contains("STRATA_ENGINE") && out.contains("-m mod"),
        "{out}"
    );
}

#[test]
fn syntax_error_exits_1_in_cpython_form() {
    let (rc, _, err) = strata(&["-c", "x = (1,"], "");
    assert_eq!(rc, 1);
    assert!(
        err.contains("  File \"<string>\", line 1")
            && err.ends_with("SyntaxError: '(' was never closed\n"),
        "{err}"
    );
}

#[test]
fn uncaught_exception_and_sys_exit_statuses() {
    let (rc, _, err) = strata(&["-c", "1/0"], "");
    assert_eq!(rc, 1);
    assert!(
        err.starts_with("Traceback (most recent call last):")
            && err.ends_with("ZeroDivisionError: division by zero\n"),
        "{err}"
    );
    assert_eq!(strata(&["-c", "import sys; sys.exit(5)"], "").0, 5);
    let (rc, _, err) = strata(&["-c", "import sys; sys.exit('bye')"], "");
    assert_eq!((rc, err.as_str()), (1, "bye\n"));
    assert_eq!(strata(&["-c", "raise SystemExit"], "").0, 0);
}

#[test]
fn disassembles_with_x_dis() {
    let dir = std::env::temp_dir().join(format!("strata-dis-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("d.py");
    std::fs::write(&f, "def f(a):\n    return a + 1\n").unwrap();
    let (rc, out, _) = strata(&["-X", "dis", f.to_str().unwrap()], "");
    assert_eq!(rc, 0);
    assert!(
        out.contains("MAKE_FUNCTION")
            && out.contains("BINARY_OP")
            && out.contains("Disassembly of <code object f"),
        "{out}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn runs_module_with_m() {
    let dir = std::env::temp_dir().join(format!("strata-m-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("hello_m.py"),
        "import sys\nprint(__name__, sys.argv[1:])\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_strata"))
        .args(["-m", "hello_m", "x"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "__main__ ['x']\n");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn input_reads_lines_from_stdin() {
    let (rc, out, _) = strata(
        &["-c", "print(input('? ')); print(input())"],
        "first\nsecond\n",
    );
    assert_eq!((rc, out.as_str()), (0, "? first\nsecond\n"));
    let (rc, _, err) = strata(&["-c", "input()"], "");
    assert_eq!(rc, 1);
    assert!(
        err.ends_with("EOFError: EOF when reading a line\n"),
        "{err}"
    );
}

//! Source locations of instructions and SyntaxErrors, pinned to what
//! CPython 3.11 reports (`co_positions()` and `SyntaxError` attributes),
//! since tracebacks and error carets are drawn from them.
//!
//! Instruction locations are `(line, end_line, col, end_col)` with 0-based
//! UTF-8 byte columns; each expectation was taken from CPython 3.11.

use strata_compiler::dis::decode;
use strata_compiler::{
    compile, compile_with_options, CodeObject, CompileError, CompileOptions, Constant, Mode, Opcode,
};

type Pos = (u32, u32, u32, u32);

fn module(source: &str) -> CodeObject {
    compile(source, "<test>", Mode::Exec).unwrap_or_else(|e| panic!("{e}"))
}

/// The code object named `name` (the module itself or one nested in it).
fn find(code: &CodeObject, name: &str) -> Option<CodeObject> {
    if &*code.name == name {
        return Some(code.clone());
    }
    code.constants.iter().find_map(|c| match c {
        Constant::Code(inner) => find(inner, name),
        _ => None,
    })
}

/// Locations of every `op` in code object `name`, in order.
fn positions(source: &str, name: &str, op: Opcode) -> Vec<Pos> {
    let top = module(source);
    let code = find(&top, name).unwrap_or_else(|| panic!("no code object {name}"));
    decode(&code)
        .into_iter()
        .filter(|i| i.op == op)
        .map(|i| {
            let l = code.locations[i.index];
            (l.line, l.end_line, l.col, l.end_col)
        })
        .collect()
}

fn error(source: &str, byte_offsets: bool) -> CompileError {
    let options = CompileOptions {
        byte_offsets,
        ..CompileOptions::default()
    };
    match compile_with_options(source, "<test>", Mode::Exec, options) {
        Ok(_) => panic!("{source:?} compiled"),
        Err(e) => e,
    }
}

/// (line, offset, end_line, end_offset) as CPython's SyntaxError has them.
fn error_pos(source: &str, byte_offsets: bool) -> (u32, u32, u32, u32) {
    let e = error(source, byte_offsets);
    (e.line, e.col, e.end_line, e.end_col)
}

#[test]
fn assert_raises_at_a_comparison_test() {
    let src = "def f(n):\n    assert n > 0, f\"x{n}\"\n";
    assert_eq!(
        positions(src, "f", Opcode::LOAD_ASSERTION_ERROR),
        [(2, 2, 11, 16)]
    );
    assert_eq!(positions(src, "f", Opcode::CALL), [(2, 2, 11, 16)]);
    assert_eq!(positions(src, "f", Opcode::RAISE_VARARGS), [(2, 2, 11, 16)]);
    // The message's f-string keeps its own range.
    assert_eq!(positions(src, "f", Opcode::FORMAT_VALUE), [(2, 2, 18, 25)]);
    // Only a comparison does this; other tests leave the statement's range.
    let src = "def f(a):\n    assert a\n";
    assert_eq!(positions(src, "f", Opcode::RAISE_VARARGS), [(2, 2, 4, 12)]);
    let src = "def f(a, b):\n    assert b and a < b\n";
    assert_eq!(positions(src, "f", Opcode::RAISE_VARARGS), [(2, 2, 17, 22)]);
    let src = "def f(a, b):\n    assert a < b < 3\n";
    assert_eq!(positions(src, "f", Opcode::RAISE_VARARGS), [(2, 2, 11, 20)]);
}

#[test]
fn imports_take_the_whole_statement() {
    let src = "import os.path as osp\nfrom os import (\n    path,\n    sep)\nimport a, b.c\n";
    assert_eq!(
        positions(src, "<module>", Opcode::IMPORT_NAME),
        [(1, 1, 0, 21), (2, 4, 0, 8), (5, 5, 0, 13), (5, 5, 0, 13)]
    );
    assert_eq!(
        positions(src, "<module>", Opcode::IMPORT_FROM),
        [(1, 1, 0, 21), (2, 4, 0, 8), (2, 4, 0, 8)]
    );
    assert_eq!(
        positions(src, "<module>", Opcode::STORE_NAME),
        [
            (1, 1, 0, 21),
            (2, 4, 0, 8),
            (2, 4, 0, 8),
            (5, 5, 0, 13),
            (5, 5, 0, 13)
        ]
    );
}

#[test]
fn multi_line_attribute_chains_start_at_the_name() {
    let src = "def f(data):\n    r = (data\n         .strip()\n         .split())\n    q = (data.\n         strip)\n";
    assert_eq!(
        positions(src, "f", Opcode::LOAD_ATTR),
        [(3, 3, 10, 15), (4, 4, 10, 15), (6, 6, 9, 14)]
    );
    assert_eq!(
        positions(src, "f", Opcode::CALL),
        [(3, 3, 10, 17), (4, 4, 10, 17)]
    );
    // Single-line accesses keep the whole expression.
    let src = "def f(a):\n    return a.b.c(1)\n";
    assert_eq!(
        positions(src, "f", Opcode::LOAD_ATTR),
        [(2, 2, 11, 14), (2, 2, 11, 16)]
    );
    assert_eq!(positions(src, "f", Opcode::CALL), [(2, 2, 11, 19)]);
    // Stores and deletes too.
    let src = "def f(a):\n    (a\n      .b) = 1\n    del (a\n      .b)\n";
    assert_eq!(positions(src, "f", Opcode::STORE_ATTR), [(3, 3, 7, 8)]);
    assert_eq!(positions(src, "f", Opcode::DELETE_ATTR), [(5, 5, 7, 8)]);
}

#[test]
fn expressions_carry_their_whole_range() {
    let src = "def f(a, b, d):\n    x = a + b * d\n    y = a[b]\n    z = a < b < d\n    w = f(a,\n          b)(d)\n";
    assert_eq!(
        positions(src, "f", Opcode::BINARY_OP),
        [(2, 2, 12, 17), (2, 2, 8, 17)]
    );
    assert_eq!(positions(src, "f", Opcode::BINARY_SUBSCR), [(3, 3, 8, 12)]);
    assert_eq!(
        positions(src, "f", Opcode::COMPARE_OP),
        [(4, 4, 8, 17), (4, 4, 8, 17)]
    );
    assert_eq!(
        positions(src, "f", Opcode::CALL),
        [(5, 6, 8, 12), (5, 6, 8, 15)]
    );
}

#[test]
fn augmented_assignment_loads_the_target_at_its_range() {
    let src = "def f(a, b):\n    a += 1\n    b.x += a\n";
    assert_eq!(
        positions(src, "f", Opcode::LOAD_FAST)[0..2],
        [(2, 2, 4, 5), (3, 3, 4, 5)]
    );
    assert_eq!(
        positions(src, "f", Opcode::BINARY_OP),
        [(2, 2, 4, 10), (3, 3, 4, 12)]
    );
    assert_eq!(positions(src, "f", Opcode::LOAD_ATTR), [(3, 3, 4, 7)]);
    assert_eq!(positions(src, "f", Opcode::STORE_ATTR), [(3, 3, 4, 7)]);
}

#[test]
fn fstring_formatting_has_the_whole_fstring_range() {
    let src = "def k(a):\n    return f\"{a!r:>{a}} {a}\"\n";
    assert_eq!(
        positions(src, "k", Opcode::FORMAT_VALUE),
        [(2, 2, 11, 28), (2, 2, 11, 28), (2, 2, 11, 28)]
    );
    assert_eq!(
        positions(src, "k", Opcode::BUILD_STRING),
        [(2, 2, 11, 28), (2, 2, 11, 28)]
    );
    assert_eq!(
        positions(src, "k", Opcode::LOAD_FAST),
        [(2, 2, 14, 15), (2, 2, 20, 21), (2, 2, 25, 26)]
    );
}

#[test]
fn comprehension_code_has_the_comprehension_range() {
    let src = "def l(a):\n    return [x + 1 for x in a if x]\n";
    assert_eq!(
        positions(src, "<listcomp>", Opcode::BUILD_LIST),
        [(2, 2, 11, 34)]
    );
    assert_eq!(
        positions(src, "<listcomp>", Opcode::FOR_ITER),
        [(2, 2, 11, 34)]
    );
    assert_eq!(
        positions(src, "<listcomp>", Opcode::LIST_APPEND),
        [(2, 2, 11, 34)]
    );
    assert_eq!(
        positions(src, "<listcomp>", Opcode::BINARY_OP),
        [(2, 2, 12, 17)]
    );
    assert_eq!(
        positions(src, "<listcomp>", Opcode::STORE_FAST),
        [(2, 2, 22, 23)]
    );
    let src = "def n(a):\n    return (x for x in a)\n";
    assert_eq!(
        positions(src, "<genexpr>", Opcode::FOR_ITER),
        [(2, 2, 11, 25)]
    );
    // After a comparison `if`, inner loops carry the comparison's range.
    let src = "def f(a):\n    return [y for x in a if x < 1 for y in x]\n";
    assert_eq!(
        positions(src, "<listcomp>", Opcode::GET_ITER),
        [(2, 2, 28, 33)]
    );
}

#[test]
fn raise_with_and_return_locations() {
    let src = "def g(a):\n    raise ValueError(a) from a\n";
    assert_eq!(positions(src, "g", Opcode::RAISE_VARARGS), [(2, 2, 4, 30)]);
    let src = "def j(a):\n    with a:\n        return 1\n";
    // The exit call on the way out of a `return` has the `with` statement's
    // range, and so has the return after it.
    let calls = positions(src, "j", Opcode::CALL);
    assert!(calls.iter().all(|&p| p == (2, 3, 4, 16)), "{calls:?}");
    assert_eq!(positions(src, "j", Opcode::RETURN_CONST)[0], (2, 3, 4, 16));
    // A constant return is at the constant.
    let src = "def o(a):\n    if a:\n        return 1\n    a()\n";
    assert_eq!(
        positions(src, "o", Opcode::RETURN_CONST),
        [(3, 3, 15, 16), (4, 4, 4, 7)]
    );
}

#[test]
fn implicit_return_none_follows_the_last_instruction() {
    let src = "def f(a):\n    x = 1 if a < 2 else a.b\n";
    assert_eq!(positions(src, "f", Opcode::RETURN_CONST), [(2, 2, 4, 5)]);
    let src = "x = 1\ny = 2\n";
    assert_eq!(
        positions(src, "<module>", Opcode::RETURN_CONST),
        [(2, 2, 0, 1)]
    );
}

#[test]
fn columns_are_utf8_bytes() {
    let src = "def f(a):\n    s = \"数\"; return a.b\n";
    assert_eq!(positions(src, "f", Opcode::LOAD_ATTR), [(2, 2, 22, 25)]);
}

#[test]
fn syntax_error_positions() {
    // Only the `*`.
    assert_eq!(
        error_pos("def f(*a, **k): pass\nf(**k, *a)\n", false),
        (2, 8, 2, 9)
    );
    // One place, no extent.
    assert_eq!(error_pos("x = \"abc\nprint(x)\n", false), (1, 5, 1, 5));
    assert_eq!(error_pos("x = 5 €\n", false), (1, 7, 1, 7));
    assert_eq!(error_pos("x = [1, 2)\n", false), (1, 10, 1, 10));
    assert_eq!(error_pos("x = 1]\n", false), (1, 6, 1, 6));
    assert_eq!(error_pos("x = (1, 2\n", false), (1, 5, 1, 0));
    // CPython's NEWLINE token is empty.
    assert_eq!(error_pos("x = 1 +\n", false), (1, 8, 1, 8));
    assert_eq!(error_pos("if x\n  pass\n", false), (1, 5, 1, 5));
    // The call's closing parenthesis (the parser's last token).
    assert_eq!(error_pos("f(a=1, b, c)\n", false), (1, 12, 1, 13));
    assert_eq!(error_pos("f(**x, y)\n", false), (1, 9, 1, 10));
    // Just past the end of the f-string.
    assert_eq!(error_pos("x = f\"a}\"\n", false), (1, 10, 1, 10));
    assert_eq!(
        error("x = \"\"\"abc\n\n", false).message,
        "unterminated triple-quoted string literal (detected at line 2)"
    );
}

#[test]
fn syntax_error_columns_count_characters_or_bytes() {
    // Parse errors: characters for str source, bytes for a file.
    assert_eq!(error_pos("x = \"数数数\" 1\n", false), (1, 11, 1, 12));
    assert_eq!(error_pos("x = \"数数数\" 1\n", true), (1, 17, 1, 18));
    assert_eq!(error_pos("print(\"数\", **k, *a)\n", false), (1, 17, 1, 18));
    assert_eq!(error_pos("print(\"数\", **k, *a)\n", true), (1, 19, 1, 20));
    // Errors found after parsing always count bytes.
    assert_eq!(error_pos("s = \"数\"; return 1\n", false), (1, 12, 1, 20));
    assert_eq!(error_pos("s = \"数\"; return 1\n", true), (1, 12, 1, 20));
}

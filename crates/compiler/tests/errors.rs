//! Every semantic SyntaxError (and the translated parse errors) with its
//! message, kind and position. Expected values follow CPython 3.12, except
//! the constructs Strata does not support yet, which have their own messages.

use strata_compiler::CompileErrorKind::{self, IndentationError, SyntaxError, TabError};
use strata_compiler::{compile, Mode};

/// (test name, source, kind, message, 1-based line, 1-based column)
const CASES: &[(&str, &str, CompileErrorKind, &str, u32, u32)] = &[
    (
        "return_outside_function",
        "x = 1\nreturn x\n",
        SyntaxError,
        "'return' outside function",
        2,
        1,
    ),
    (
        "yield_outside_function",
        "yield 1\n",
        SyntaxError,
        "'yield' outside function",
        1,
        1,
    ),
    (
        "await_outside_function",
        "await x\n",
        SyntaxError,
        "'await' outside function",
        1,
        1,
    ),
    (
        "await_outside_async_function",
        "def f():\n    await x\n",
        SyntaxError,
        "'await' outside async function",
        2,
        5,
    ),
    (
        "break_outside_loop",
        "if x:\n    break\n",
        SyntaxError,
        "'break' outside loop",
        2,
        5,
    ),
    (
        "continue_outside_loop",
        "def f():\n    continue\n",
        SyntaxError,
        "'continue' not properly in loop",
        2,
        5,
    ),
    (
        "nonlocal_at_module_level",
        "nonlocal x\n",
        SyntaxError,
        "nonlocal declaration not allowed at module level",
        1,
        1,
    ),
    (
        "no_binding_for_nonlocal",
        "def f():\n    def g():\n        nonlocal x\n        x = 1\n",
        SyntaxError,
        "no binding for nonlocal 'x' found",
        3,
        9,
    ),
    (
        "used_prior_to_global",
        "def f():\n    print(x)\n    global x\n",
        SyntaxError,
        "name 'x' is used prior to global declaration",
        3,
        5,
    ),
    (
        "assigned_before_global",
        "def f():\n    x = 1\n    global x\n",
        SyntaxError,
        "name 'x' is assigned to before global declaration",
        3,
        5,
    ),
    (
        "parameter_and_global",
        "def f(x):\n    global x\n",
        SyntaxError,
        "name 'x' is parameter and global",
        2,
        5,
    ),
    (
        "parameter_and_nonlocal",
        "def f():\n    x = 1\n    def g(x):\n        nonlocal x\n",
        SyntaxError,
        "name 'x' is parameter and nonlocal",
        4,
        9,
    ),
    (
        "duplicate_argument",
        "def f(a, b, a):\n    pass\n",
        SyntaxError,
        "duplicate argument 'a' in function definition",
        1,
        13,
    ),
    (
        "yield_in_list_comprehension",
        "def f():\n    return [(yield x) for x in y]\n",
        SyntaxError,
        "'yield' inside list comprehension",
        2,
        14,
    ),
    (
        "starred_assignment_target",
        "*a = b\n",
        SyntaxError,
        "starred assignment target must be in a list or tuple",
        1,
        1,
    ),
    (
        "multiple_starred",
        "a, *b, *c = d\n",
        SyntaxError,
        "multiple starred expressions in assignment",
        1,
        1,
    ),
    (
        "return_value_in_async_generator",
        "async def f():\n    yield 1\n    return 2\n",
        SyntaxError,
        "'return' with value in async generator",
        3,
        5,
    ),
    (
        "async_comprehension_outside_async",
        "def f():\n    return [x async for x in y]\n",
        SyntaxError,
        "asynchronous comprehension outside of an asynchronous function",
        2,
        12,
    ),
    (
        "keyword_argument_repeated",
        "f(a=1, a=2)\n",
        SyntaxError,
        "keyword argument repeated: a",
        1,
        8,
    ),
    (
        "iterable_unpacking_after_kwargs_unpacking",
        "f(**k, *a)\n",
        SyntaxError,
        "iterable argument unpacking follows keyword argument unpacking",
        1,
        8,
    ),
    (
        "match_capture_makes_cases_unreachable",
        "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
        SyntaxError,
        "name capture 'y' makes remaining patterns unreachable",
        2,
        10,
    ),
    (
        "match_alternatives_bind_different_names",
        "match x:\n    case [a] | [b]:\n        pass\n",
        SyntaxError,
        "alternative patterns bind different names",
        2,
        17,
    ),
    (
        "match_duplicate_literal_key",
        "match x:\n    case {1: a, 1.0: b}:\n        pass\n",
        SyntaxError,
        "mapping pattern checks duplicate key (1.0)",
        2,
        10,
    ),
    (
        "match_fstring_pattern",
        "match x:\n    case f\"a\":\n        pass\n",
        SyntaxError,
        "patterns may only match literals and attribute lookups",
        2,
        10,
    ),
    (
        "return_in_except_star",
        "def f():\n    try:\n        pass\n    except* E:\n        return 1\n",
        SyntaxError,
        "'break', 'continue' and 'return' cannot appear in an except* block",
        5,
        16,
    ),
    (
        "duplicate_type_parameter",
        "def f[T, T](): pass\n",
        SyntaxError,
        "duplicate type parameter 'T'",
        1,
        10,
    ),
    (
        "yield_in_type_alias",
        "type X = (yield)\n",
        SyntaxError,
        "'yield expression' can not be used within a type alias",
        1,
        11,
    ),
    (
        "walrus_in_typevar_bound",
        "def f[T: (x := 1)](): pass\n",
        SyntaxError,
        "'named expression' can not be used within a TypeVar bound",
        1,
        11,
    ),
    (
        "await_in_generic_annotation",
        "async def f[T](x: (await y)): pass\n",
        SyntaxError,
        "'await expression' can not be used within the definition of a generic",
        1,
        20,
    ),
    (
        "comprehension_in_class_annotation_scope",
        "class C:\n    def f[T](x: [y for y in z]): pass\n",
        SyntaxError,
        "Cannot use comprehension in annotation scope within class scope",
        2,
        17,
    ),
    (
        "nonlocal_type_parameter",
        "def f[T]():\n    def g():\n        nonlocal T\n",
        SyntaxError,
        "nonlocal binding not allowed for type parameter 'T'",
        3,
        9,
    ),
    (
        "assign_to_call",
        "f() = 1\n",
        SyntaxError,
        "cannot assign to function call here. Maybe you meant '==' instead of '='?",
        1,
        1,
    ),
    (
        "assign_to_literal_in_tuple",
        "(a, 1) = x\n",
        SyntaxError,
        "cannot assign to literal",
        1,
        5,
    ),
    (
        "delete_call",
        "del f()\n",
        SyntaxError,
        "cannot delete function call",
        1,
        5,
    ),
    (
        "expected_colon",
        "if x\n    pass\n",
        SyntaxError,
        "expected ':'",
        1,
        5,
    ),
    (
        "unclosed_paren",
        "x = (1,\n2\n",
        SyntaxError,
        "'(' was never closed",
        1,
        5,
    ),
    (
        "unexpected_indent",
        "x = 1\n  y = 2\n",
        IndentationError,
        "unexpected indent",
        2,
        2,
    ),
    (
        "expected_indented_block",
        "def f():\nreturn 1\n",
        IndentationError,
        "expected an indented block after function definition on line 1",
        2,
        1,
    ),
    (
        "unindent_mismatch",
        "if x:\n        a\n    b\n",
        IndentationError,
        "unindent does not match any outer indentation level",
        3,
        6,
    ),
    (
        "unknown_future_feature",
        "from __future__ import braces_please\n",
        SyntaxError,
        "future feature braces_please is not defined",
        1,
        1,
    ),
    (
        "future_not_at_start",
        "x = 1\nfrom __future__ import annotations\n",
        SyntaxError,
        "from __future__ imports must occur at the beginning of the file",
        2,
        1,
    ),
    (
        "default_except_not_last",
        "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n",
        SyntaxError,
        "default 'except:' must be last",
        3,
        1,
    ),
    (
        "import_star_in_function",
        "def f():\n    from m import *\n",
        SyntaxError,
        "import * only allowed at module level",
        2,
        19,
    ),
    (
        "unterminated_string",
        "s = 'abc\n",
        SyntaxError,
        "unterminated string literal (detected at line 1)",
        1,
        5,
    ),
    (
        "unterminated_triple_quoted_string",
        "s = '''abc\n",
        SyntaxError,
        "unterminated triple-quoted string literal (detected at line 1)",
        1,
        5,
    ),
    (
        "invalid_character",
        "x = 1 € 2\n",
        SyntaxError,
        "invalid character '€' (U+20AC)",
        1,
        7,
    ),
    (
        "tab_error",
        "if x:\n\tif y:\n        pass\n",
        TabError,
        "inconsistent use of tabs and spaces in indentation",
        3,
        1,
    ),
    (
        "named_expr_rebinds_comprehension_var",
        "[i := 0 for i in range(3)]\n",
        SyntaxError,
        "assignment expression cannot rebind comprehension iteration variable 'i'",
        1,
        2,
    ),
    (
        "walrus_in_class_comprehension",
        "class C:\n    [j := i for i in range(3)]\n",
        SyntaxError,
        "assignment expression within a comprehension cannot be used in a class body",
        2,
        6,
    ),
    (
        "yield_from_in_async",
        "async def f():\n    yield from x\n",
        SyntaxError,
        "'yield from' inside async function",
        2,
        5,
    ),
    (
        "assign_to_debug",
        "__debug__ = 1\n",
        SyntaxError,
        "cannot assign to __debug__",
        1,
        1,
    ),
];

#[test]
fn syntax_errors_have_cpython_messages_and_positions() {
    let mut failures = Vec::new();
    for &(name, source, kind, message, line, col) in CASES {
        match compile(source, "<test>", Mode::Exec) {
            Ok(_) => failures.push(format!("{name}: compiled without error")),
            Err(e) => {
                if (e.kind, e.message.as_str(), e.line, e.col) != (kind, message, line, col) {
                    failures.push(format!(
                        "{name}: expected {kind:?} {message:?} at {line}:{col}, got {:?} {:?} at {}:{}",
                        e.kind, e.message, e.line, e.col
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn eval_mode_rejects_statements_and_accepts_expressions() {
    assert!(compile("x = 1", "<test>", Mode::Eval).is_err());
    assert!(compile("1 + 2", "<test>", Mode::Eval).is_ok());
}

#[test]
fn arbitrary_input_never_panics() {
    let deep_parens = format!("x = {}1{}", "(".repeat(500), ")".repeat(500));
    let long_chain = format!("x = {}", vec!["1"; 20000].join(" + "));
    let deep_unary = format!("x = {}1", "-".repeat(5000));
    let deep_nesting = (0..120)
        .map(|i| format!("{}if x:\n", "    ".repeat(i)))
        .collect::<String>()
        + &"    ".repeat(120)
        + "pass\n";
    for src in [
        deep_parens.as_str(),
        long_chain.as_str(),
        deep_unary.as_str(),
        deep_nesting.as_str(),
        "def f(:\n",
        "\u{0}",
        "class",
        "lambda: (yield)",
        "f(**x, *y)",
        "x = [*a for a in b]",
        "@\n",
        "async",
        "while 1:\n  try: break\n  finally: continue\n",
        "def f():\n  x = 1\n  del x\n  def g(): return x\n",
    ] {
        for mode in [Mode::Exec, Mode::Eval, Mode::Single] {
            let _ = compile(src, "<test>", mode);
        }
    }
}

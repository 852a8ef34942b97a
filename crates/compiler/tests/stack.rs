//! `max_stack` is exact for nested expressions, calls and handlers, and
//! compiled code keeps its structural invariants.

mod common;

use strata_compiler::{compile, CodeObject, Constant, Mode};

fn module(source: &str) -> CodeObject {
    compile(source, "<test>", Mode::Exec).unwrap_or_else(|e| panic!("{e}"))
}

/// The first nested code object (the function defined by `source`).
fn function(source: &str) -> CodeObject {
    let m = module(source);
    m.constants
        .iter()
        .find_map(|c| match c {
            Constant::Code(code) => Some((**code).clone()),
            _ => None,
        })
        .expect("a function")
}

#[test]
fn nested_binary_operations() {
    // a, b, c, d are all pushed before the innermost addition.
    let f = function("def f(a, b, c, d):\n    return a + (b + (c + d))\n");
    assert_eq!(f.max_stack, 4);
    common::check_invariants(&f).unwrap();
}

#[test]
fn nested_calls() {
    // f, NULL, a, g, NULL, b, h, NULL, c, d
    let f = function("def k(a, b, c, d):\n    return f(a, g(b, h(c, d)))\n");
    assert_eq!(f.max_stack, 10);
}

#[test]
fn method_call_with_keywords() {
    // o.m -> [meth, self], x, y, kwnames
    let f = function("def k(o, x, y):\n    return o.m(x, k=y)\n");
    assert_eq!(f.max_stack, 5);
}

#[test]
fn exception_handlers_count_in_max_stack() {
    // The except handler runs at depth 0 + exc, PUSH_EXC_INFO makes two, and
    // the cleanup handler holds prev_exc, lasti, exc and copies prev_exc.
    let f = function("def k():\n    try:\n        g()\n    except E:\n        pass\n");
    assert_eq!(f.max_stack, 4);
    common::check_invariants(&f).unwrap();
}

#[test]
fn constant_folding_keeps_stack_small() {
    let m = module("x = -1 + 2 * 3\ny = (1, 2, (3, 4))\n");
    assert_eq!(m.max_stack, 1);
    assert!(m.constants.contains(&Constant::Int(5.into())));
}

#[test]
fn extended_args_for_many_constants() {
    let source: String = (0..300).map(|i| format!("x{i} = {i}\n")).collect();
    let m = module(&source);
    common::check_invariants(&m).unwrap();
    assert!(m
        .code
        .iter()
        .any(|u| u.opcode() == Some(strata_compiler::Opcode::EXTENDED_ARG)));
}

#[test]
fn long_jumps_get_extended_args() {
    let body: String = (0..400).map(|i| format!("    x = y + {i}\n")).collect();
    let m = module(&format!("def f(y):\n  while y:\n{}\n", body));
    common::check_invariants(&m).unwrap();
}

#[test]
fn handlers_covering_nothing_are_dropped() {
    let f = function("def k():\n    try:\n        pass\n    except E:\n        pass\n");
    assert!(f.exception_table.is_empty());
    assert_eq!(f.max_stack, 0);
}

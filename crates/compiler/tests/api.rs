//! The public API: modes, code-object metadata (names, flags, argument
//! counts, localsplus layout, docstrings) and locations.

use strata_compiler::{compile, CodeFlags, CodeObject, Constant, LocalKind, Mode, Opcode};

fn nested(code: &CodeObject, name: &str) -> CodeObject {
    code.constants
        .iter()
        .find_map(|c| match c {
            Constant::Code(c) if &*c.name == name => Some((**c).clone()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no code object {name}"))
}

fn ops(code: &CodeObject) -> Vec<Opcode> {
    strata_compiler::dis::decode(code)
        .iter()
        .map(|i| i.op)
        .collect()
}

#[test]
fn single_mode_prints_expression_statements() {
    let code = compile("1 + x", "<stdin>", Mode::Single).unwrap();
    assert!(ops(&code).contains(&Opcode::CALL_INTRINSIC_1));
}

#[test]
fn eval_mode_returns_the_value() {
    let code = compile("x * 2", "<string>", Mode::Eval).unwrap();
    assert_eq!(ops(&code).last(), Some(&Opcode::RETURN_VALUE));
}

#[test]
fn function_metadata() {
    let m = compile(
        "def outer():\n    v = 1\n    async def f(a, /, b, *args, c, **kw):\n        'doc'\n        return v\n    return f\n",
        "m.py",
        Mode::Exec,
    )
    .unwrap();
    let outer = nested(&m, "outer");
    assert_eq!(outer.constants[0], Constant::None);
    let f = nested(&outer, "f");
    assert_eq!(&*f.qualname, "outer.<locals>.f");
    assert_eq!(
        (f.arg_count, f.posonly_arg_count, f.kwonly_arg_count),
        (2, 1, 1)
    );
    assert!(f.flags.contains(
        CodeFlags::COROUTINE | CodeFlags::VARARGS | CodeFlags::VARKEYWORDS | CodeFlags::NESTED
    ));
    assert_eq!(f.constants[0], Constant::Str("doc".into()));
    let names: Vec<&str> = f.localsplus_names.iter().map(|n| &**n).collect();
    assert_eq!(names, ["a", "b", "c", "args", "kw", "v"]);
    assert_eq!(f.localsplus_kinds.last(), Some(&LocalKind::FREE));
    assert_eq!(f.first_line, 3);
    // Outer's `v` is a cell.
    assert!(outer
        .localsplus_kinds
        .iter()
        .any(|k| k.contains(LocalKind::CELL)));
}

#[test]
fn locations_use_byte_columns() {
    let m = compile("é = 1\nprint(é)\n", "m.py", Mode::Exec).unwrap();
    let call = strata_compiler::dis::decode(&m)
        .into_iter()
        .find(|i| i.op == Opcode::CALL)
        .unwrap();
    let loc = m.locations[call.index];
    // "print(é)" spans bytes 0..9 of line 2 ("é" is two bytes).
    assert_eq!((loc.line, loc.col, loc.end_line, loc.end_col), (2, 0, 2, 9));
}

#[test]
fn future_annotations_stringify() {
    let m = compile(
        "from __future__ import annotations\nx: List[int] = []\n",
        "m.py",
        Mode::Exec,
    )
    .unwrap();
    assert!(m.flags.contains(CodeFlags::FUTURE_ANNOTATIONS));
    assert!(m.constants.contains(&Constant::Str("List[int]".into())));
}

#[test]
fn private_names_are_mangled() {
    let m = compile(
        "class C:\n    def f(self):\n        return self.__x\n",
        "m.py",
        Mode::Exec,
    )
    .unwrap();
    let f = nested(&nested(&m, "C"), "f");
    assert!(f.names.iter().any(|n| &**n == "_C__x"));
}

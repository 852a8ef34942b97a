//! PEP 695 annotation scopes: the code objects a generic `def`, `class` and
//! `type` statement compile to, pinned as disassembly snapshots, plus the
//! structural invariants of every code object involved.

mod common;

use strata_compiler::{compile, disassemble, CodeObject, Constant, Mode};

fn compile_checked(source: &str) -> CodeObject {
    let code = compile(source, "<test>", Mode::Exec).unwrap_or_else(|e| panic!("{e}"));
    common::check_invariants(&code).unwrap_or_else(|e| panic!("{e}"));
    code
}

fn dis(source: &str) -> String {
    let code = compile_checked(source);
    format!("Disassembly of {code}:\n{}", disassemble(&code))
}

/// Qualified names of every nested code object, depth first.
fn qualnames(code: &CodeObject, out: &mut Vec<String>) {
    for c in &code.constants {
        if let Constant::Code(inner) = c {
            out.push(format!("{} ({})", inner.qualname, inner.name));
            qualnames(inner, out);
        }
    }
}

#[test]
fn generic_function_with_defaults() {
    insta::assert_snapshot!(dis("def f[T: int](x: T = 1, *, y: T = 2) -> T:\n    return x\n"), @r#"
    Disassembly of <code object <module>, file "<test>", line 1>:
      1           0 RESUME                   0
                  2 LOAD_CONST               0 ((1,))
                  4 LOAD_CONST               1 ('y')
                  6 LOAD_CONST               2 (2)
                  8 BUILD_MAP                1
                 10 SWAP                     2
                 12 LOAD_CONST               3 (<code object <generic parameters of f>, file "<test>", line 1>)
                 14 MAKE_FUNCTION            0
                 16 SWAP                     3
                 18 CALL                     1
                 26 STORE_NAME               0 (f)
                 28 RETURN_CONST             4 (None)

    Disassembly of <code object <generic parameters of f>, file "<test>", line 1>:
      1           0 RESUME                   0
                  2 LOAD_CONST               0 ('T')
                  4 LOAD_CONST               1 (<code object T, file "<test>", line 1>)
                  6 MAKE_FUNCTION            0
                  8 CALL_INTRINSIC_2         2 (INTRINSIC_TYPEVAR_WITH_BOUND)
                 10 COPY                     1
                 12 STORE_FAST               2 (T)
                 14 BUILD_TUPLE              1
                 16 LOAD_FAST                0 (.defaults)
                 18 LOAD_FAST                1 (.kwdefaults)
                 20 LOAD_CONST               2 ('x')
                 22 LOAD_FAST                2 (T)
                 24 LOAD_CONST               3 ('y')
                 26 LOAD_FAST                2 (T)
                 28 LOAD_CONST               4 ('return')
                 30 LOAD_FAST                2 (T)
                 32 BUILD_MAP                3
                 34 LOAD_CONST               5 (<code object f, file "<test>", line 1>)
                 36 MAKE_FUNCTION            7 (defaults, kwdefaults, annotations)
                 38 SWAP                     2
                 40 CALL_INTRINSIC_2         4 (INTRINSIC_SET_FUNCTION_TYPE_PARAMS)
                 42 RETURN_VALUE

    Disassembly of <code object T, file "<test>", line 1>:
      1           0 RESUME                   0
                  2 LOAD_GLOBAL              0 (int)
                 12 RETURN_VALUE

    Disassembly of <code object f, file "<test>", line 1>:
      1           0 RESUME                   0

      2           2 LOAD_FAST                0 (x)
                  4 RETURN_VALUE
    "#);
}

#[test]
fn generic_class() {
    insta::assert_snapshot!(dis("class C[T](Base, metaclass=M):\n    def m(self) -> T:\n        return T\n"), @r#"
    Disassembly of <code object <module>, file "<test>", line 1>:
      1           0 RESUME                   0
                  2 LOAD_CONST               0 (<code object <generic parameters of C>, file "<test>", line 1>)
                  4 MAKE_FUNCTION            0
                  6 PUSH_NULL
                  8 CALL                     0
                 16 STORE_NAME               0 (C)
                 18 RETURN_CONST             1 (None)

    Disassembly of <code object <generic parameters of C>, file "<test>", line 1>:
      1           0 MAKE_CELL                1 (.type_params)
                  2 MAKE_CELL                2 (T)
                  4 RESUME                   0
                  6 LOAD_CONST               0 ('T')
                  8 CALL_INTRINSIC_1         7 (INTRINSIC_TYPEVAR)
                 10 COPY                     1
                 12 STORE_DEREF              2 (T)
                 14 BUILD_TUPLE              1
                 16 STORE_DEREF              1 (.type_params)
                 18 LOAD_BUILD_CLASS
                 20 PUSH_NULL
                 22 LOAD_CLOSURE             1 (.type_params)
                 24 LOAD_CLOSURE             2 (T)
                 26 BUILD_TUPLE              2
                 28 LOAD_CONST               1 (<code object C, file "<test>", line 1>)
                 30 MAKE_FUNCTION            8 (closure)
                 32 LOAD_CONST               2 ('C')
                 34 LOAD_DEREF               1 (.type_params)
                 36 CALL_INTRINSIC_1        10 (INTRINSIC_SUBSCRIPT_GENERIC)
                 38 STORE_FAST               0 (.generic_base)
                 40 LOAD_GLOBAL              0 (Base)
                 50 LOAD_FAST                0 (.generic_base)
                 52 LOAD_GLOBAL              2 (M)
                 62 LOAD_CONST               3 (('metaclass',))
                 64 CALL_KW                  5
                 72 RETURN_VALUE

    Disassembly of <code object C, file "<test>", line 1>:
      1           0 COPY_FREE_VARS           2
                  2 RESUME                   0
                  4 LOAD_NAME                0 (__name__)
                  6 STORE_NAME               1 (__module__)
                  8 LOAD_CONST               0 ('C')
                 10 STORE_NAME               2 (__qualname__)
                 12 LOAD_LOCALS
                 14 LOAD_FROM_DICT_OR_DEREF     0 (.type_params)
                 16 STORE_NAME               3 (__type_params__)

      2          18 LOAD_CONST               1 ('return')
                 20 LOAD_LOCALS
                 22 LOAD_FROM_DICT_OR_DEREF     1 (T)
                 24 BUILD_MAP                1
                 26 LOAD_CLOSURE             1 (T)
                 28 BUILD_TUPLE              1
                 30 LOAD_CONST               2 (<code object m, file "<test>", line 2>)
                 32 MAKE_FUNCTION           12 (annotations, closure)
                 34 STORE_NAME               4 (m)
                 36 RETURN_CONST             3 (None)

    Disassembly of <code object m, file "<test>", line 2>:
      2           0 COPY_FREE_VARS           1
                  2 RESUME                   0

      3           4 LOAD_DEREF               1 (T)
                  6 RETURN_VALUE
    "#);
}

#[test]
fn type_alias_statements() {
    insta::assert_snapshot!(dis("type X = int\ntype Y[K, *Ts, **P] = dict[K, Ts]\n"), @r#"
    Disassembly of <code object <module>, file "<test>", line 1>:
      1           0 RESUME                   0
                  2 LOAD_CONST               0 ('X')
                  4 LOAD_CONST               1 (None)
                  6 LOAD_CONST               2 (<code object X, file "<test>", line 1>)
                  8 MAKE_FUNCTION            0
                 10 BUILD_TUPLE              3
                 12 CALL_INTRINSIC_1        11 (INTRINSIC_TYPEALIAS)
                 14 STORE_NAME               0 (X)

      2          16 LOAD_CONST               3 (<code object <generic parameters of Y>, file "<test>", line 2>)
                 18 MAKE_FUNCTION            0
                 20 PUSH_NULL
                 22 CALL                     0
                 30 STORE_NAME               1 (Y)
                 32 RETURN_CONST             1 (None)

    Disassembly of <code object X, file "<test>", line 1>:
      1           0 RESUME                   0
                  2 LOAD_GLOBAL              0 (int)
                 12 RETURN_VALUE

    Disassembly of <code object <generic parameters of Y>, file "<test>", line 2>:
      2           0 MAKE_CELL                1 (K)
                  2 MAKE_CELL                2 (Ts)
                  4 RESUME                   0
                  6 LOAD_CONST               0 ('Y')
                  8 LOAD_CONST               1 ('K')
                 10 CALL_INTRINSIC_1         7 (INTRINSIC_TYPEVAR)
                 12 COPY                     1
                 14 STORE_DEREF              1 (K)
                 16 LOAD_CONST               2 ('Ts')
                 18 CALL_INTRINSIC_1         9 (INTRINSIC_TYPEVARTUPLE)
                 20 COPY                     1
                 22 STORE_DEREF              2 (Ts)
                 24 LOAD_CONST               3 ('P')
                 26 CALL_INTRINSIC_1         8 (INTRINSIC_PARAMSPEC)
                 28 COPY                     1
                 30 STORE_FAST               0 (P)
                 32 BUILD_TUPLE              3
                 34 LOAD_CLOSURE             1 (K)
                 36 LOAD_CLOSURE             2 (Ts)
                 38 BUILD_TUPLE              2
                 40 LOAD_CONST               4 (<code object Y, file "<test>", line 2>)
                 42 MAKE_FUNCTION            8 (closure)
                 44 BUILD_TUPLE              3
                 46 CALL_INTRINSIC_1        11 (INTRINSIC_TYPEALIAS)
                 48 RETURN_VALUE

    Disassembly of <code object Y, file "<test>", line 2>:
      2           0 COPY_FREE_VARS           2
                  2 RESUME                   0
                  4 LOAD_GLOBAL              0 (dict)
                 14 LOAD_DEREF               0 (K)
                 16 LOAD_DEREF               1 (Ts)
                 18 BUILD_TUPLE              2
                 20 BINARY_SUBSCR
                 24 RETURN_VALUE
    "#);
}

#[test]
fn annotation_scope_in_class_reads_the_class_namespace() {
    insta::assert_snapshot!(dis(
        "def outer():\n    v = 1\n    class A:\n        x = int\n        def m[T](self, a: x, b: v, c: g) -> T: ...\n"
    ), @r#"
    Disassembly of <code object <module>, file "<test>", line 1>:
      1           0 RESUME                   0
                  2 LOAD_CONST               0 (<code object outer, file "<test>", line 1>)
                  4 MAKE_FUNCTION            0
                  6 STORE_NAME               0 (outer)
                  8 RETURN_CONST             1 (None)

    Disassembly of <code object outer, file "<test>", line 1>:
      1           0 MAKE_CELL                1 (v)
                  2 RESUME                   0

      2           4 LOAD_CONST               1 (1)
                  6 STORE_DEREF              1 (v)

      3           8 LOAD_BUILD_CLASS
                 10 PUSH_NULL
                 12 LOAD_CLOSURE             1 (v)
                 14 BUILD_TUPLE              1
                 16 LOAD_CONST               2 (<code object A, file "<test>", line 3>)
                 18 MAKE_FUNCTION            8 (closure)
                 20 LOAD_CONST               3 ('A')
                 22 CALL                     2
                 30 STORE_FAST               0 (A)
                 32 RETURN_CONST             0 (None)

    Disassembly of <code object A, file "<test>", line 3>:
      3           0 COPY_FREE_VARS           1
                  2 MAKE_CELL                0 (__classdict__)
                  4 RESUME                   0
                  6 LOAD_NAME                0 (__name__)
                  8 STORE_NAME               1 (__module__)
                 10 LOAD_CONST               0 ('outer.<locals>.A')
                 12 STORE_NAME               2 (__qualname__)
                 14 LOAD_LOCALS
                 16 STORE_DEREF              0 (__classdict__)

      4          18 LOAD_NAME                3 (int)
                 20 STORE_NAME               4 (x)

      5          22 LOAD_CLOSURE             0 (__classdict__)
                 24 LOAD_CLOSURE             1 (v)
                 26 BUILD_TUPLE              2
                 28 LOAD_CONST               1 (<code object <generic parameters of m>, file "<test>", line 5>)
                 30 MAKE_FUNCTION            8 (closure)
                 32 PUSH_NULL
                 34 CALL                     0
                 42 STORE_NAME               5 (m)
                 44 RETURN_CONST             2 (None)

    Disassembly of <code object <generic parameters of m>, file "<test>", line 5>:
      5           0 COPY_FREE_VARS           2
                  2 RESUME                   0
                  4 LOAD_CONST               0 ('T')
                  6 CALL_INTRINSIC_1         7 (INTRINSIC_TYPEVAR)
                  8 COPY                     1
                 10 STORE_FAST               0 (T)
                 12 BUILD_TUPLE              1
                 14 LOAD_CONST               1 ('a')
                 16 LOAD_DEREF               1 (__classdict__)
                 18 LOAD_FROM_DICT_OR_GLOBALS     0 (x)
                 20 LOAD_CONST               2 ('b')
                 22 LOAD_DEREF               1 (__classdict__)
                 24 LOAD_FROM_DICT_OR_DEREF     2 (v)
                 26 LOAD_CONST               3 ('c')
                 28 LOAD_DEREF               1 (__classdict__)
                 30 LOAD_FROM_DICT_OR_GLOBALS     1 (g)
                 32 LOAD_CONST               4 ('return')
                 34 LOAD_FAST                0 (T)
                 36 BUILD_MAP                4
                 38 LOAD_CONST               5 (<code object m, file "<test>", line 5>)
                 40 MAKE_FUNCTION            4 (annotations)
                 42 SWAP                     2
                 44 CALL_INTRINSIC_2         4 (INTRINSIC_SET_FUNCTION_TYPE_PARAMS)
                 46 RETURN_VALUE

    Disassembly of <code object m, file "<test>", line 5>:
      5           0 RESUME                   0
                  2 RETURN_CONST             0 (None)
    "#);
}

#[test]
fn qualified_names_skip_the_type_params_scope() {
    let code = compile_checked(
        "class C:\n    def m[T](self): pass\n    type A[U] = U\n\ndef f[T]():\n    class D[U]: pass\n",
    );
    let mut names = Vec::new();
    qualnames(&code, &mut names);
    insta::assert_snapshot!(names.join("\n"), @"
    C (C)
    C.<generic parameters of m> (<generic parameters of m>)
    C.m (m)
    C.<generic parameters of A> (<generic parameters of A>)
    C.A (A)
    <generic parameters of f> (<generic parameters of f>)
    f (f)
    f.<locals>.<generic parameters of D> (<generic parameters of D>)
    f.<locals>.D (D)
    ");
}

//! Disassembly snapshots of representative snippets: the code generator's
//! output for each construct, pinned with insta inline snapshots.

use strata_compiler::{compile, disassemble, Mode};

/// Compiles `source` as a module named `<test>` and disassembles it, with a
/// header line for the module itself.
fn dis(source: &str) -> String {
    let code = compile(source, "<test>", Mode::Exec).unwrap_or_else(|e| panic!("{e}"));
    format!("Disassembly of {code}:\n{}", disassemble(&code))
}

#[test]
fn for_loop_with_else_and_break() {
    let source = r#"for i in range(10):
    if i == 3:
        continue
    if i > 5:
        break
else:
    print("no break")
"#;
    insta::assert_snapshot!(dis(source), @r#"
    Disassembly of <code object <module>, file "<test>", line 1>:
      1           0 RESUME                   0
                  2 LOAD_NAME                0 (range)
                  4 PUSH_NULL
                  6 LOAD_CONST               0 (10)
                  8 CALL                     1
                 16 GET_ITER
            >>   18 FOR_ITER                19 (to 60)
                 22 STORE_NAME               1 (i)

      2          24 LOAD_NAME                1 (i)
                 26 LOAD_CONST               1 (3)
                 28 COMPARE_OP               2 (==)
                 32 POP_JUMP_IF_FALSE        2 (to 40)

      3          36 JUMP_BACKWARD           11 (to 18)

      4     >>   40 LOAD_NAME                1 (i)
                 42 LOAD_CONST               2 (5)
                 44 COMPARE_OP               4 (>)
                 48 POP_JUMP_IF_FALSE        2 (to 56)

      5          52 POP_TOP
                 54 JUMP_FORWARD            10 (to 76)

      1     >>   56 JUMP_BACKWARD           21 (to 18)

      7     >>   60 LOAD_NAME                2 (print)
                 62 PUSH_NULL
                 64 LOAD_CONST               3 ('no break')
                 66 CALL                     1
                 74 POP_TOP
            >>   76 RETURN_CONST             4 (None)
    "#);
}

#[test]
fn while_loop() {
    let source = r#"n = 0
while n < 10:
    n += 1
"#;
    insta::assert_snapshot!(dis(source), @r#"
    Disassembly of <code object <module>, file "<test>", line 1>:
      1           0 RESUME                   0
                  2 LOAD_CONST               0 (0)
                  4 STORE_NAME               0 (n)

      2     >>    6 LOAD_NAME                0 (n)
                  8 LOAD_CONST               1 (10)
                 10 COMPARE_OP               0 (<)
                 14 POP_JUMP_IF_FALSE        7 (to 32)

      3          18 LOAD_NAME                0 (n)
                 20 LOAD_CONST               2 (1)
                 22 BINARY_OP               13 (+=)
                 26 STORE_NAME               0 (n)

      2          28 JUMP_BACKWARD           13 (to 6)
            >>   32 RETURN_CONST             3 (None)
    "#);
}

#[test]
fn try_except_finally() {
    let source = r#"try:
    f()
except ValueError as e:
    g(e)
except (TypeError, KeyError):
    pass
else:
    h()
finally:
    done()
"#;
    insta::assert_snapshot!(dis(source), @r###"
    Disassembly of <code object <module>, file "<test>", line 1>:
      1           0 RESUME                   0

      2           2 LOAD_NAME                0 (f)
                  4 PUSH_NULL
                  6 CALL                     0
                 14 POP_TOP

      8          16 LOAD_NAME                1 (h)
                 18 PUSH_NULL
                 20 CALL                     0
                 28 POP_TOP

      1          30 JUMP_FORWARD            36 (to 104)
            >>   32 PUSH_EXC_INFO

      3          34 LOAD_NAME                2 (ValueError)
                 36 CHECK_EXC_MATCH
                 38 POP_JUMP_IF_FALSE       18 (to 78)
                 42 STORE_NAME               3 (e)

      4          44 LOAD_NAME                4 (g)
                 46 PUSH_NULL
                 48 LOAD_NAME                3 (e)
                 50 CALL                     1
                 58 POP_TOP

      3          60 POP_EXCEPT
                 62 LOAD_CONST               0 (None)
                 64 STORE_NAME               3 (e)
                 66 DELETE_NAME              3 (e)
                 68 JUMP_FORWARD            17 (to 104)
            >>   70 LOAD_CONST               0 (None)
                 72 STORE_NAME               3 (e)
                 74 DELETE_NAME              3 (e)
                 76 RERAISE                  1

      5     >>   78 LOAD_NAME                5 (TypeError)
                 80 LOAD_NAME                6 (KeyError)
                 82 BUILD_TUPLE              2
                 84 CHECK_EXC_MATCH
                 86 POP_JUMP_IF_FALSE        3 (to 96)
                 90 POP_TOP
                 92 POP_EXCEPT
                 94 JUMP_FORWARD             4 (to 104)
            >>   96 RERAISE                  0
            >>   98 COPY                     3
                100 POP_EXCEPT
                102 RERAISE                  1

     10     >>  104 LOAD_NAME                7 (done)
                106 PUSH_NULL
                108 CALL                     0
                116 POP_TOP

      1         118 JUMP_FORWARD            12 (to 144)
            >>  120 PUSH_EXC_INFO

     10         122 LOAD_NAME                7 (done)
                124 PUSH_NULL
                126 CALL                     0
                134 POP_TOP

      1         136 RERAISE                  0
            >>  138 COPY                     3
                140 POP_EXCEPT
                142 RERAISE                  1
            >>  144 RETURN_CONST             0 (None)
    ExceptionTable:
      2 to 16 -> 32 [0]
      16 to 32 -> 120 [0]
      32 to 44 -> 98 [1] lasti
      44 to 60 -> 70 [1] lasti
      60 to 70 -> 120 [0]
      70 to 92 -> 98 [1] lasti
      92 to 96 -> 120 [0]
      96 to 98 -> 98 [1] lasti
      98 to 104 -> 120 [0]
      120 to 138 -> 138 [1] lasti
    "###);
}

#[test]
fn with_statement() {
    let source = r#"with open(path) as f, lock:
    data = f.read()
"#;
    insta::assert_snapshot!(dis(source), @r###"
    Disassembly of <code object <module>, file "<test>", line 1>:
      1           0 RESUME                   0
                  2 LOAD_NAME                0 (open)
                  4 PUSH_NULL
                  6 LOAD_NAME                1 (path)
                  8 CALL                     1
                 16 BEFORE_WITH
                 18 STORE_NAME               2 (f)
                 20 LOAD_NAME                3 (lock)
                 22 BEFORE_WITH
                 24 POP_TOP

      2          26 LOAD_NAME                2 (f)
                 28 LOAD_ATTR                9 (NULL|self + read)
                 48 CALL                     0
                 56 STORE_NAME               5 (data)

      1          58 LOAD_CONST               0 (None)
                 60 LOAD_CONST               0 (None)
                 62 LOAD_CONST               0 (None)
                 64 CALL                     2
                 72 POP_TOP
                 74 JUMP_FORWARD            17 (to 110)
            >>   76 PUSH_EXC_INFO
                 78 WITH_EXCEPT_START
                 80 TO_BOOL
                 88 POP_JUMP_IF_TRUE         1 (to 94)
                 92 RERAISE                  2
            >>   94 POP_TOP
                 96 POP_EXCEPT
                 98 POP_TOP
                100 POP_TOP
                102 JUMP_FORWARD             3 (to 110)
            >>  104 COPY                     3
                106 POP_EXCEPT
                108 RERAISE                  1
            >>  110 LOAD_CONST               0 (None)
                112 LOAD_CONST               0 (None)
                114 LOAD_CONST               0 (None)
                116 CALL                     2
                124 POP_TOP
                126 JUMP_FORWARD            17 (to 162)
            >>  128 PUSH_EXC_INFO
                130 WITH_EXCEPT_START
                132 TO_BOOL
                140 POP_JUMP_IF_TRUE         1 (to 146)
                144 RERAISE                  2
            >>  146 POP_TOP
                148 POP_EXCEPT
                150 POP_TOP
                152 POP_TOP
                154 JUMP_FORWARD             3 (to 162)
            >>  156 COPY                     3
                158 POP_EXCEPT
                160 RERAISE                  1
            >>  162 RETURN_CONST             0 (None)
    ExceptionTable:
      18 to 24 -> 128 [1] lasti
      24 to 58 -> 76 [2] lasti
      58 to 76 -> 128 [1] lasti
      76 to 96 -> 104 [4] lasti
      96 to 110 -> 128 [1] lasti
      128 to 148 -> 156 [3] lasti
    "###);
}

#[test]
fn return_through_finally_and_with() {
    let source = r#"def f(m):
    with m:
        try:
            return g()
        finally:
            cleanup()
"#;
    insta::assert_snapshot!(dis(source), @r###"
    Disassembly of <code object <module>, file "<test>", line 1>:
      1           0 RESUME                   0
                  2 LOAD_CONST               0 (<code object f, file "<test>", line 1>)
                  4 MAKE_FUNCTION            0
                  6 STORE_NAME               0 (f)
                  8 RETURN_CONST             1 (None)

    Disassembly of <code object f, file "<test>", line 1>:
      1           0 RESUME                   0

      2           2 LOAD_FAST                0 (m)
                  4 BEFORE_WITH
                  6 POP_TOP

      4           8 LOAD_GLOBAL              1 (NULL + g)
                 18 CALL                     0

      6          26 LOAD_GLOBAL              3 (NULL + cleanup)
                 36 CALL                     0
                 44 POP_TOP

      2          46 SWAP                     2
                 48 LOAD_CONST               0 (None)
                 50 LOAD_CONST               0 (None)
                 52 LOAD_CONST               0 (None)
                 54 CALL                     2
                 62 POP_TOP
                 64 RETURN_VALUE

      3     >>   66 PUSH_EXC_INFO

      6          68 LOAD_GLOBAL              3 (NULL + cleanup)
                 78 CALL                     0
                 86 POP_TOP

      3          88 RERAISE                  0
            >>   90 COPY                     3
                 92 POP_EXCEPT
                 94 RERAISE                  1

      2     >>   96 PUSH_EXC_INFO
                 98 WITH_EXCEPT_START
                100 TO_BOOL
                108 POP_JUMP_IF_TRUE         1 (to 114)
                112 RERAISE                  2
            >>  114 POP_TOP
                116 POP_EXCEPT
                118 POP_TOP
                120 POP_TOP
                122 JUMP_FORWARD             3 (to 130)
            >>  124 COPY                     3
                126 POP_EXCEPT
                128 RERAISE                  1
            >>  130 RETURN_CONST             0 (None)
    ExceptionTable:
      6 to 8 -> 96 [1] lasti
      8 to 26 -> 66 [1]
      26 to 46 -> 96 [1] lasti
      66 to 90 -> 90 [2] lasti
      90 to 96 -> 96 [1] lasti
      96 to 116 -> 124 [3] lasti
    "###);
}

#[test]
fn closure_and_nonlocal() {
    let source = r#"def counter():
    count = 0
    def incr(step=1):
        nonlocal count
        count += step
        return count
    return incr
"#;
    insta::assert_snapshot!(dis(source), @r###"
    Disassembly of <code object <module>, file "<test>", line 1>:
      1           0 RESUME                   0
                  2 LOAD_CONST               0 (<code object counter, file "<test>", line 1>)
                  4 MAKE_FUNCTION            0
                  6 STORE_NAME               0 (counter)
                  8 RETURN_CONST             1 (None)

    Disassembly of <code object counter, file "<test>", line 1>:
      1           0 MAKE_CELL                1 (count)
                  2 RESUME                   0

      2           4 LOAD_CONST               1 (0)
                  6 STORE_DEREF              1 (count)

      3           8 LOAD_CONST               2 ((1,))
                 10 LOAD_CLOSURE             1 (count)
                 12 BUILD_TUPLE              1
                 14 LOAD_CONST               3 (<code object incr, file "<test>", line 3>)
                 16 MAKE_FUNCTION            9 (defaults, closure)
                 18 STORE_FAST               0 (incr)

      7          20 LOAD_FAST                0 (incr)
                 22 RETURN_VALUE

    Disassembly of <code object incr, file "<test>", line 3>:
      3           0 COPY_FREE_VARS           1
                  2 RESUME                   0

      5           4 LOAD_DEREF               1 (count)
                  6 LOAD_FAST                0 (step)
                  8 BINARY_OP               13 (+=)
                 12 STORE_DEREF              1 (count)

      6          14 LOAD_DEREF               1 (count)
                 16 RETURN_VALUE
    "###);
}

#[test]
fn class_with_super() {
    let source = r#"class Child(Base, metaclass=Meta):
    """A child."""
    attr: int = 1
    def method(self, x):
        return super().method(x) + __class__.attr
"#;
    insta::assert_snapshot!(dis(source), @r###"
    Disassembly of <code object <module>, file "<test>", line 1>:
      1           0 RESUME                   0
                  2 LOAD_BUILD_CLASS
                  4 PUSH_NULL
                  6 LOAD_CONST               0 (<code object Child, file "<test>", line 1>)
                  8 MAKE_FUNCTION            0
                 10 LOAD_CONST               1 ('Child')
                 12 LOAD_NAME                0 (Base)
                 14 LOAD_NAME                1 (Meta)
                 16 LOAD_CONST               2 (('metaclass',))
                 18 CALL_KW                  4
                 26 STORE_NAME               2 (Child)
                 28 RETURN_CONST             3 (None)

    Disassembly of <code object Child, file "<test>", line 1>:
      1           0 MAKE_CELL                0 (__class__)
                  2 RESUME                   0
                  4 LOAD_NAME                0 (__name__)
                  6 STORE_NAME               1 (__module__)
                  8 LOAD_CONST               0 ('Child')
                 10 STORE_NAME               2 (__qualname__)

      2          12 LOAD_CONST               1 ('A child.')
                 14 STORE_NAME               3 (__doc__)

      1          16 SETUP_ANNOTATIONS

      3          18 LOAD_CONST               2 (1)
                 20 STORE_NAME               4 (attr)
                 22 LOAD_NAME                5 (int)
                 24 LOAD_NAME                6 (__annotations__)
                 26 LOAD_CONST               3 ('attr')
                 28 STORE_SUBSCR

      4          32 LOAD_CLOSURE             0 (__class__)
                 34 BUILD_TUPLE              1
                 36 LOAD_CONST               4 (<code object method, file "<test>", line 4>)
                 38 MAKE_FUNCTION            8 (closure)
                 40 STORE_NAME               7 (method)

      1          42 LOAD_CLOSURE             0 (__class__)
                 44 COPY                     1
                 46 STORE_NAME               8 (__classcell__)
                 48 RETURN_VALUE

    Disassembly of <code object method, file "<test>", line 4>:
      4           0 COPY_FREE_VARS           1
                  2 RESUME                   0

      5           4 LOAD_GLOBAL              1 (NULL + super)
                 14 CALL                     0
                 22 LOAD_ATTR                3 (NULL|self + method)
                 42 LOAD_FAST                1 (x)
                 44 CALL                     1
                 52 LOAD_DEREF               2 (__class__)
                 54 LOAD_ATTR                4 (attr)
                 74 BINARY_OP                0 (+)
                 78 RETURN_VALUE
    "###);
}

#[test]
fn generator_and_yield_from() {
    let source = r#"def gen(items):
    yield 1
    x = yield
    yield from items
    return x
"#;
    insta::assert_snapshot!(dis(source), @r###"
    Disassembly of <code object <module>, file "<test>", line 1>:
      1           0 RESUME                   0
                  2 LOAD_CONST               0 (<code object gen, file "<test>", line 1>)
                  4 MAKE_FUNCTION            0
                  6 STORE_NAME               0 (gen)
                  8 RETURN_CONST             1 (None)

    Disassembly of <code object gen, file "<test>", line 1>:
      1           0 RETURN_GENERATOR
                  2 POP_TOP
                  4 RESUME                   0

      2           6 LOAD_CONST               1 (1)
                  8 YIELD_VALUE              0
                 10 RESUME                   1
                 12 POP_TOP

      3          14 LOAD_CONST               0 (None)
                 16 YIELD_VALUE              0
                 18 RESUME                   1
                 20 STORE_FAST               1 (x)

      4          22 LOAD_FAST                0 (items)
                 24 GET_YIELD_FROM_ITER
                 26 LOAD_CONST               0 (None)
            >>   28 SEND                     3 (to 38)
                 32 YIELD_VALUE              1
                 34 RESUME                   2
                 36 JUMP_BACKWARD_NO_INTERRUPT     5 (to 28)
            >>   38 END_SEND
                 40 POP_TOP

      5          42 LOAD_FAST                1 (x)
                 44 RETURN_VALUE
    "###);
}

#[test]
fn comprehensions() {
    let source = r#"squares = [x * x for x in data if x > 0]
pairs = {k: v for k, v in items}
total = sum(x for row in rows for x in row)
"#;
    insta::assert_snapshot!(dis(source), @r#"
    Disassembly of <code object <module>, file "<test>", line 1>:
      1           0 RESUME                   0
                  2 LOAD_CONST               0 (<code object <listcomp>, file "<test>", line 1>)
                  4 MAKE_FUNCTION            0
                  6 PUSH_NULL
                  8 LOAD_NAME                0 (data)
                 10 GET_ITER
                 12 CALL                     1
                 20 STORE_NAME               1 (squares)

      2          22 LOAD_CONST               1 (<code object <dictcomp>, file "<test>", line 2>)
                 24 MAKE_FUNCTION            0
                 26 PUSH_NULL
                 28 LOAD_NAME                2 (items)
                 30 GET_ITER
                 32 CALL                     1
                 40 STORE_NAME               3 (pairs)

      3          42 LOAD_NAME                4 (sum)
                 44 PUSH_NULL
                 46 LOAD_CONST               2 (<code object <genexpr>, file "<test>", line 3>)
                 48 MAKE_FUNCTION            0
                 50 PUSH_NULL
                 52 LOAD_NAME                5 (rows)
                 54 GET_ITER
                 56 CALL                     1
                 64 CALL                     1
                 72 STORE_NAME               6 (total)
                 74 RETURN_CONST             3 (None)

    Disassembly of <code object <listcomp>, file "<test>", line 1>:
      1           0 RESUME                   0
                  2 BUILD_LIST               0
                  4 LOAD_FAST                0 (.0)
            >>    6 FOR_ITER                14 (to 38)
                 10 STORE_FAST               1 (x)
                 12 LOAD_FAST                1 (x)
                 14 LOAD_CONST               0 (0)
                 16 COMPARE_OP               4 (>)
                 20 POP_JUMP_IF_FALSE        5 (to 34)
                 24 LOAD_FAST                1 (x)
                 26 LOAD_FAST                1 (x)
                 28 BINARY_OP                5 (*)
                 32 LIST_APPEND              2
            >>   34 JUMP_BACKWARD           16 (to 6)
            >>   38 RETURN_VALUE

    Disassembly of <code object <dictcomp>, file "<test>", line 2>:
      2           0 RESUME                   0
                  2 BUILD_MAP                0
                  4 LOAD_FAST                0 (.0)
            >>    6 FOR_ITER                 9 (to 28)
                 10 UNPACK_SEQUENCE          2
                 14 STORE_FAST               1 (k)
                 16 STORE_FAST               2 (v)
                 18 LOAD_FAST                1 (k)
                 20 LOAD_FAST                2 (v)
                 22 MAP_ADD                  2
                 24 JUMP_BACKWARD           11 (to 6)
            >>   28 RETURN_VALUE

    Disassembly of <code object <genexpr>, file "<test>", line 3>:
      3           0 RETURN_GENERATOR
                  2 POP_TOP
                  4 RESUME                   0
                  6 LOAD_FAST                0 (.0)
            >>    8 FOR_ITER                14 (to 40)
                 12 STORE_FAST               1 (row)
                 14 LOAD_FAST                1 (row)
                 16 GET_ITER
            >>   18 FOR_ITER                 7 (to 36)
                 22 STORE_FAST               2 (x)
                 24 LOAD_FAST                2 (x)
                 26 YIELD_VALUE              0
                 28 RESUME                   1
                 30 POP_TOP
                 32 JUMP_BACKWARD            9 (to 18)
            >>   36 JUMP_BACKWARD           16 (to 8)
            >>   40 RETURN_CONST             0 (None)
    "#);
}

#[test]
fn call_with_keywords_and_star_args() {
    let source = r#"f(1, 2, key=3)
obj.method(a, *rest, flag=True, **options)
"#;
    insta::assert_snapshot!(dis(source), @r###"
    Disassembly of <code object <module>, file "<test>", line 1>:
      1           0 RESUME                   0
                  2 LOAD_NAME                0 (f)
                  4 PUSH_NULL
                  6 LOAD_CONST               0 (1)
                  8 LOAD_CONST               1 (2)
                 10 LOAD_CONST               2 (3)
                 12 LOAD_CONST               3 (('key',))
                 14 CALL_KW                  3
                 22 POP_TOP

      2          24 LOAD_NAME                1 (obj)
                 26 LOAD_ATTR                4 (method)
                 46 PUSH_NULL
                 48 LOAD_NAME                3 (a)
                 50 BUILD_LIST               1
                 52 LOAD_NAME                4 (rest)
                 54 LIST_EXTEND              1
                 56 CALL_INTRINSIC_1         5 (INTRINSIC_LIST_TO_TUPLE)
                 58 LOAD_CONST               4 ('flag')
                 60 LOAD_CONST               5 (True)
                 62 BUILD_MAP                1
                 64 LOAD_NAME                5 (options)
                 66 DICT_MERGE               1
                 68 CALL_FUNCTION_EX         1
                 70 POP_TOP
                 72 RETURN_CONST             6 (None)
    "###);
}

#[test]
fn fstrings() {
    let source = r#"name = "x"
s = f"{name!r:>10} is {value=} and {{literal}} {width:{fill}}"
"#;
    insta::assert_snapshot!(dis(source), @r###"
    Disassembly of <code object <module>, file "<test>", line 1>:
      1           0 RESUME                   0
                  2 LOAD_CONST               0 ('x')
                  4 STORE_NAME               0 (name)

      2           6 LOAD_NAME                0 (name)
                  8 LOAD_CONST               1 ('>10')
                 10 FORMAT_VALUE             6 (repr, with format)
                 12 LOAD_CONST               2 (' is value=')
                 14 LOAD_NAME                1 (value)
                 16 FORMAT_VALUE             2 (repr)
                 18 LOAD_CONST               3 (' and {literal} ')
                 20 LOAD_NAME                2 (width)
                 22 LOAD_NAME                3 (fill)
                 24 FORMAT_VALUE             0
                 26 FORMAT_VALUE             4 (with format)
                 28 BUILD_STRING             5
                 30 STORE_NAME               4 (s)
                 32 RETURN_CONST             4 (None)
    "###);
}

#[test]
fn imports() {
    let source = r#"import os
import os.path
import xml.etree.ElementTree as ET
from . import sibling
from ..pkg.mod import a as b, c
from math import *
"#;
    insta::assert_snapshot!(dis(source), @r###"
    Disassembly of <code object <module>, file "<test>", line 1>:
      1           0 RESUME                   0
                  2 LOAD_CONST               0 (0)
                  4 LOAD_CONST               1 (None)
                  6 IMPORT_NAME              0 (os)
                  8 STORE_NAME               0 (os)

      2          10 LOAD_CONST               0 (0)
                 12 LOAD_CONST               1 (None)
                 14 IMPORT_NAME              1 (os.path)
                 16 STORE_NAME               0 (os)

      3          18 LOAD_CONST               0 (0)
                 20 LOAD_CONST               1 (None)
                 22 IMPORT_NAME              2 (xml.etree.ElementTree)
                 24 IMPORT_FROM              3 (etree)
                 26 SWAP                     2
                 28 POP_TOP
                 30 IMPORT_FROM              4 (ElementTree)
                 32 STORE_NAME               5 (ET)
                 34 POP_TOP

      4          36 LOAD_CONST               2 (1)
                 38 LOAD_CONST               3 (('sibling',))
                 40 IMPORT_NAME              6
                 42 IMPORT_FROM              7 (sibling)
                 44 STORE_NAME               7 (sibling)
                 46 POP_TOP

      5          48 LOAD_CONST               4 (2)
                 50 LOAD_CONST               5 (('a', 'c'))
                 52 IMPORT_NAME              8 (pkg.mod)
                 54 IMPORT_FROM              9 (a)
                 56 STORE_NAME              10 (b)
                 58 IMPORT_FROM             11 (c)
                 60 STORE_NAME              11 (c)
                 62 POP_TOP

      6          64 LOAD_CONST               0 (0)
                 66 LOAD_CONST               6 (('*',))
                 68 IMPORT_NAME             12 (math)
                 70 CALL_INTRINSIC_1         2 (INTRINSIC_IMPORT_STAR)
                 72 POP_TOP
                 74 RETURN_CONST             1 (None)
    "###);
}

#[test]
fn async_function() {
    let source = r#"async def fetch(session, urls):
    async with session:
        async for url in urls:
            data = await session.get(url)
    return [await x async for x in urls]
"#;
    insta::assert_snapshot!(dis(source), @r###"
    Disassembly of <code object <module>, file "<test>", line 1>:
      1           0 RESUME                   0
                  2 LOAD_CONST               0 (<code object fetch, file "<test>", line 1>)
                  4 MAKE_FUNCTION            0
                  6 STORE_NAME               0 (fetch)
                  8 RETURN_CONST             1 (None)

    Disassembly of <code object fetch, file "<test>", line 1>:
      1           0 RETURN_GENERATOR
                  2 POP_TOP
                  4 RESUME                   0

      2           6 LOAD_FAST                0 (session)
                  8 BEFORE_ASYNC_WITH
                 10 GET_AWAITABLE            1
                 12 LOAD_CONST               0 (None)
            >>   14 SEND                     3 (to 24)
                 18 YIELD_VALUE              1
                 20 RESUME                   3
                 22 JUMP_BACKWARD_NO_INTERRUPT     5 (to 14)
            >>   24 END_SEND
                 26 POP_TOP

      3          28 LOAD_FAST                1 (urls)
                 30 GET_AITER
            >>   32 GET_ANEXT
                 34 LOAD_CONST               0 (None)
            >>   36 SEND                     3 (to 46)
                 40 YIELD_VALUE              1
                 42 RESUME                   3
                 44 JUMP_BACKWARD_NO_INTERRUPT     5 (to 36)
            >>   46 END_SEND
                 48 STORE_FAST               2 (url)

      4          50 LOAD_FAST                0 (session)
                 52 LOAD_ATTR                1 (NULL|self + get)
                 72 LOAD_FAST                2 (url)
                 74 CALL                     1
                 82 GET_AWAITABLE            0
                 84 LOAD_CONST               0 (None)
            >>   86 SEND                     3 (to 96)
                 90 YIELD_VALUE              1
                 92 RESUME                   3
                 94 JUMP_BACKWARD_NO_INTERRUPT     5 (to 86)
            >>   96 END_SEND
                 98 STORE_FAST               3 (data)

      3         100 JUMP_BACKWARD           36 (to 32)
            >>  104 END_ASYNC_FOR

      2         106 LOAD_CONST               0 (None)
                108 LOAD_CONST               0 (None)
                110 LOAD_CONST               0 (None)
                112 CALL                     2
                120 GET_AWAITABLE            2
                122 LOAD_CONST               0 (None)
            >>  124 SEND                     3 (to 134)
                128 YIELD_VALUE              1
                130 RESUME                   3
                132 JUMP_BACKWARD_NO_INTERRUPT     5 (to 124)
            >>  134 END_SEND
                136 POP_TOP
                138 JUMP_FORWARD            25 (to 190)
            >>  140 PUSH_EXC_INFO
                142 WITH_EXCEPT_START
                144 GET_AWAITABLE            2
                146 LOAD_CONST               0 (None)
            >>  148 SEND                     3 (to 158)
                152 YIELD_VALUE              1
                154 RESUME                   3
                156 JUMP_BACKWARD_NO_INTERRUPT     5 (to 148)
            >>  158 END_SEND
                160 TO_BOOL
                168 POP_JUMP_IF_TRUE         1 (to 174)
                172 RERAISE                  2
            >>  174 POP_TOP
                176 POP_EXCEPT
                178 POP_TOP
                180 POP_TOP
                182 JUMP_FORWARD             3 (to 190)
            >>  184 COPY                     3
                186 POP_EXCEPT
                188 RERAISE                  1

      5     >>  190 LOAD_CONST               1 (<code object <listcomp>, file "<test>", line 5>)
                192 MAKE_FUNCTION            0
                194 PUSH_NULL
                196 LOAD_FAST                1 (urls)
                198 GET_AITER
                200 CALL                     1
                208 GET_AWAITABLE            0
                210 LOAD_CONST               0 (None)
            >>  212 SEND                     3 (to 222)
                216 YIELD_VALUE              1
                218 RESUME                   3
                220 JUMP_BACKWARD_NO_INTERRUPT     5 (to 212)
            >>  222 END_SEND
                224 RETURN_VALUE
    ExceptionTable:
      26 to 32 -> 140 [1] lasti
      32 to 48 -> 104 [2]
      48 to 106 -> 140 [1] lasti
      140 to 176 -> 184 [3] lasti

    Disassembly of <code object <listcomp>, file "<test>", line 5>:
      5           0 RETURN_GENERATOR
                  2 POP_TOP
                  4 RESUME                   0
                  6 BUILD_LIST               0
                  8 LOAD_FAST                0 (.0)
            >>   10 GET_ANEXT
                 12 LOAD_CONST               0 (None)
            >>   14 SEND                     3 (to 24)
                 18 YIELD_VALUE              1
                 20 RESUME                   3
                 22 JUMP_BACKWARD_NO_INTERRUPT     5 (to 14)
            >>   24 END_SEND
                 26 STORE_FAST               1 (x)
                 28 LOAD_FAST                1 (x)
                 30 GET_AWAITABLE            0
                 32 LOAD_CONST               0 (None)
            >>   34 SEND                     3 (to 44)
                 38 YIELD_VALUE              1
                 40 RESUME                   3
                 42 JUMP_BACKWARD_NO_INTERRUPT     5 (to 34)
            >>   44 END_SEND
                 46 LIST_APPEND              2
                 48 JUMP_BACKWARD           21 (to 10)
            >>   52 END_ASYNC_FOR
                 54 RETURN_VALUE
    ExceptionTable:
      10 to 26 -> 52 [2]
    "###);
}

#[test]
fn unpacking_and_augmented_assignment() {
    let source = r#"a, *b, c = seq
x.attr += 1
y[i] -= 2
z[1:2] *= 3
"#;
    insta::assert_snapshot!(dis(source), @r###"
    Disassembly of <code object <module>, file "<test>", line 1>:
      1           0 RESUME                   0
                  2 LOAD_NAME                0 (seq)
                  4 EXTENDED_ARG             1
                  6 UNPACK_EX              257
                  8 STORE_NAME               1 (a)
                 10 STORE_NAME               2 (b)
                 12 STORE_NAME               3 (c)

      2          14 LOAD_NAME                4 (x)
                 16 COPY                     1
                 18 LOAD_ATTR               10 (attr)
                 38 LOAD_CONST               0 (1)
                 40 BINARY_OP               13 (+=)
                 44 SWAP                     2
                 46 STORE_ATTR               5 (attr)

      3          56 LOAD_NAME                6 (y)
                 58 LOAD_NAME                7 (i)
                 60 COPY                     2
                 62 COPY                     2
                 64 BINARY_SUBSCR
                 68 LOAD_CONST               1 (2)
                 70 BINARY_OP               23 (-=)
                 74 SWAP                     3
                 76 SWAP                     2
                 78 STORE_SUBSCR

      4          82 LOAD_NAME                8 (z)
                 84 LOAD_CONST               0 (1)
                 86 LOAD_CONST               1 (2)
                 88 COPY                     3
                 90 COPY                     3
                 92 COPY                     3
                 94 BINARY_SLICE
                 96 LOAD_CONST               2 (3)
                 98 BINARY_OP               18 (*=)
                102 SWAP                     4
                104 SWAP                     3
                106 SWAP                     2
                108 STORE_SLICE
                110 RETURN_CONST             3 (None)
    "###);
}

#[test]
fn chained_comparison_and_boolean_ops() {
    let source = r#"r = a < b <= c
s = a and b or not c
t = p if q else -1
"#;
    insta::assert_snapshot!(dis(source), @r#"
    Disassembly of <code object <module>, file "<test>", line 1>:
      1           0 RESUME                   0
                  2 LOAD_NAME                0 (a)
                  4 LOAD_NAME                1 (b)
                  6 SWAP                     2
                  8 COPY                     2
                 10 COMPARE_OP               0 (<)
                 14 COPY                     1
                 16 POP_JUMP_IF_FALSE        5 (to 30)
                 20 POP_TOP
                 22 LOAD_NAME                2 (c)
                 24 COMPARE_OP               1 (<=)
                 28 JUMP_FORWARD             2 (to 34)
            >>   30 SWAP                     2
                 32 POP_TOP
            >>   34 STORE_NAME               3 (r)

      2          36 LOAD_NAME                0 (a)
                 38 COPY                     1
                 40 TO_BOOL
                 48 POP_JUMP_IF_FALSE        2 (to 56)
                 52 POP_TOP
                 54 LOAD_NAME                1 (b)
            >>   56 COPY                     1
                 58 TO_BOOL
                 66 POP_JUMP_IF_TRUE         3 (to 76)
                 70 POP_TOP
                 72 LOAD_NAME                2 (c)
                 74 UNARY_NOT
            >>   76 STORE_NAME               4 (s)

      3          78 LOAD_NAME                5 (q)
                 80 TO_BOOL
                 88 POP_JUMP_IF_FALSE        2 (to 96)
                 92 LOAD_NAME                6 (p)
                 94 JUMP_FORWARD             1 (to 98)
            >>   96 LOAD_CONST               0 (-1)
            >>   98 STORE_NAME               7 (t)
                100 RETURN_CONST             1 (None)
    "#);
}

#[test]
fn decorators_lambda_defaults_annotations() {
    let source = r#"@decorator
@other(1)
def f(a: int, /, b=2, *args, c: str = "c", **kw) -> bool:
    return lambda y=a: y + b
"#;
    insta::assert_snapshot!(dis(source), @r###"
    Disassembly of <code object <module>, file "<test>", line 1>:
      1           0 RESUME                   0
                  2 LOAD_NAME                0 (decorator)
                  4 PUSH_NULL

      2           6 LOAD_NAME                1 (other)
                  8 PUSH_NULL
                 10 LOAD_CONST               0 (1)
                 12 CALL                     1

      1          20 PUSH_NULL
                 22 LOAD_CONST               1 ((2,))
                 24 LOAD_CONST               2 ('c')

      3          26 LOAD_CONST               2 ('c')

      1          28 BUILD_MAP                1
                 30 LOAD_CONST               3 ('a')

      3          32 LOAD_NAME                2 (int)

      1          34 LOAD_CONST               2 ('c')

      3          36 LOAD_NAME                3 (str)

      1          38 LOAD_CONST               4 ('return')

      3          40 LOAD_NAME                4 (bool)

      1          42 BUILD_MAP                3
                 44 LOAD_CONST               5 (<code object f, file "<test>", line 3>)
                 46 MAKE_FUNCTION            7 (defaults, kwdefaults, annotations)

      2          48 CALL                     1

      1          56 CALL                     1
                 64 STORE_NAME               5 (f)
                 66 RETURN_CONST             6 (None)

    Disassembly of <code object f, file "<test>", line 3>:
      3           0 MAKE_CELL                1 (b)
                  2 RESUME                   0

      4           4 LOAD_FAST                0 (a)
                  6 BUILD_TUPLE              1
                  8 LOAD_CLOSURE             1 (b)
                 10 BUILD_TUPLE              1
                 12 LOAD_CONST               1 (<code object <lambda>, file "<test>", line 4>)
                 14 MAKE_FUNCTION            9 (defaults, closure)
                 16 RETURN_VALUE

    Disassembly of <code object <lambda>, file "<test>", line 4>:
      4           0 COPY_FREE_VARS           1
                  2 RESUME                   0
                  4 LOAD_FAST                0 (y)
                  6 LOAD_DEREF               1 (b)
                  8 BINARY_OP                0 (+)
                 12 RETURN_VALUE
    "###);
}

#[test]
fn assert_del_global() {
    let source = r#"def f():
    global counter
    assert counter > 0, "positive"
    del counter
    x = 1
    del x
"#;
    insta::assert_snapshot!(dis(source), @r#"
    Disassembly of <code object <module>, file "<test>", line 1>:
      1           0 RESUME                   0
                  2 LOAD_CONST               0 (<code object f, file "<test>", line 1>)
                  4 MAKE_FUNCTION            0
                  6 STORE_NAME               0 (f)
                  8 RETURN_CONST             1 (None)

    Disassembly of <code object f, file "<test>", line 1>:
      1           0 RESUME                   0

      3           2 LOAD_GLOBAL              0 (counter)
                 12 LOAD_CONST               1 (0)
                 14 COMPARE_OP               4 (>)
                 18 POP_JUMP_IF_TRUE         8 (to 38)
                 22 LOAD_ASSERTION_ERROR
                 24 PUSH_NULL
                 26 LOAD_CONST               2 ('positive')
                 28 CALL                     1
                 36 RAISE_VARARGS            1

      4     >>   38 DELETE_GLOBAL            0 (counter)

      5          40 LOAD_CONST               3 (1)
                 42 STORE_FAST               0 (x)

      6          44 DELETE_FAST              0 (x)
                 46 RETURN_CONST             0 (None)
    "#);
}

#[test]
fn future_annotations() {
    let source = r#"from __future__ import annotations
def f(x: List[int]) -> Dict[str, "int"]:
    pass
"#;
    insta::assert_snapshot!(dis(source), @r###"
    Disassembly of <code object <module>, file "<test>", line 1>:
      1           0 RESUME                   0
                  2 LOAD_CONST               0 (0)
                  4 LOAD_CONST               1 (('annotations',))
                  6 IMPORT_NAME              0 (__future__)
                  8 IMPORT_FROM              1 (annotations)
                 10 STORE_NAME               1 (annotations)
                 12 POP_TOP

      2          14 LOAD_CONST               2 ('x')
                 16 LOAD_CONST               3 ('List[int]')
                 18 LOAD_CONST               4 ('return')
                 20 LOAD_CONST               5 ('Dict[str, "int"]')
                 22 BUILD_MAP                2
                 24 LOAD_CONST               6 (<code object f, file "<test>", line 2>)
                 26 MAKE_FUNCTION            4 (annotations)
                 28 STORE_NAME               2 (f)
                 30 RETURN_CONST             7 (None)

    Disassembly of <code object f, file "<test>", line 2>:
      2           0 RESUME                   0
                  2 RETURN_CONST             0 (None)
    "###);
}

#[test]
fn match_statement() {
    let source = r#"match command:
    case [Point(x, y=0), *rest] if x:
        pass
    case {"kind": "circle", **extra}:
        pass
    case 1 | 2 as small:
        pass
    case None:
        pass
    case _:
        pass
"#;
    insta::assert_snapshot!(dis(source), @r#"
    Disassembly of <code object <module>, file "<test>", line 1>:
      1           0 RESUME                   0
                  2 LOAD_NAME                0 (command)

      2           4 COPY                     1
                  6 MATCH_SEQUENCE
                  8 POP_JUMP_IF_FALSE       35 (to 82)
                 12 GET_LEN
                 14 LOAD_CONST               0 (1)
                 16 COMPARE_OP               5 (>=)
                 20 POP_JUMP_IF_FALSE       29 (to 82)
                 24 UNPACK_EX                1
                 26 LOAD_NAME                1 (Point)
                 28 LOAD_CONST               1 (('y',))
                 30 MATCH_CLASS              1
                 32 COPY                     1
                 34 POP_JUMP_IF_NONE        21 (to 80)
                 38 UNPACK_SEQUENCE          2
                 42 SWAP                     3
                 44 SWAP                     2
                 46 LOAD_CONST               2 (0)
                 48 COMPARE_OP               2 (==)
                 52 POP_JUMP_IF_FALSE       12 (to 80)
                 56 SWAP                     2
                 58 STORE_NAME               2 (x)
                 60 STORE_NAME               3 (rest)
                 62 LOAD_NAME                2 (x)
                 64 TO_BOOL
                 72 POP_JUMP_IF_FALSE        4 (to 84)
                 76 POP_TOP
                 78 JUMP_FORWARD            65 (to 210)
            >>   80 POP_TOP
            >>   82 POP_TOP

      4     >>   84 COPY                     1
                 86 MATCH_MAPPING
                 88 POP_JUMP_IF_FALSE       31 (to 154)
                 92 GET_LEN
                 94 LOAD_CONST               0 (1)
                 96 COMPARE_OP               5 (>=)
                100 POP_JUMP_IF_FALSE       25 (to 154)
                104 LOAD_CONST               3 (('kind',))
                106 MATCH_KEYS
                108 COPY                     1
                110 POP_JUMP_IF_NONE        18 (to 150)
                114 UNPACK_SEQUENCE          1
                118 LOAD_CONST               4 ('circle')
                120 COMPARE_OP               2 (==)
                124 POP_JUMP_IF_FALSE       12 (to 152)
                128 BUILD_MAP                0
                130 SWAP                     3
                132 DICT_UPDATE              2
                134 UNPACK_SEQUENCE          1
                138 COPY                     2
                140 SWAP                     2
                142 DELETE_SUBSCR
                144 STORE_NAME               4 (extra)
                146 POP_TOP
                148 JUMP_FORWARD            30 (to 210)
            >>  150 POP_TOP
            >>  152 POP_TOP
            >>  154 POP_TOP

      6         156 COPY                     1
                158 COPY                     1
                160 COPY                     1
                162 LOAD_CONST               0 (1)
                164 COMPARE_OP               2 (==)
                168 POP_JUMP_IF_FALSE        1 (to 174)
                172 JUMP_FORWARD             9 (to 192)
            >>  174 COPY                     1
                176 LOAD_CONST               5 (2)
                178 COMPARE_OP               2 (==)
                182 POP_JUMP_IF_FALSE        1 (to 188)
                186 JUMP_FORWARD             2 (to 192)
            >>  188 POP_TOP
                190 JUMP_FORWARD             4 (to 200)
            >>  192 POP_TOP
                194 STORE_NAME               5 (small)
                196 POP_TOP
                198 JUMP_FORWARD             5 (to 210)
            >>  200 POP_TOP

      8         202 POP_JUMP_IF_NOT_NONE     1 (to 208)
                206 JUMP_FORWARD             1 (to 210)

     10     >>  208 NOP
            >>  210 RETURN_CONST             6 (None)
    "#);
}

#[test]
fn except_star() {
    let source = r#"try:
    work()
except* ValueError as e:
    handle(e)
except* (TypeError, KeyError):
    pass
"#;
    insta::assert_snapshot!(dis(source), @r#"
    Disassembly of <code object <module>, file "<test>", line 1>:
      1           0 RESUME                   0

      2           2 LOAD_NAME                0 (work)
                  4 PUSH_NULL
                  6 CALL                     0
                 14 POP_TOP

      1          16 JUMP_FORWARD            57 (to 132)
            >>   18 PUSH_EXC_INFO

      3          20 BUILD_LIST               0
                 22 COPY                     2
                 24 LOAD_NAME                1 (ValueError)
                 26 CHECK_EG_MATCH
                 28 COPY                     1
                 30 POP_JUMP_IF_NONE        21 (to 76)
                 34 STORE_NAME               2 (e)

      4          36 LOAD_NAME                3 (handle)
                 38 PUSH_NULL
                 40 LOAD_NAME                2 (e)
                 42 CALL                     1
                 50 POP_TOP

      3          52 LOAD_CONST               0 (None)
                 54 STORE_NAME               2 (e)
                 56 DELETE_NAME              2 (e)
                 58 JUMP_FORWARD             6 (to 72)
            >>   60 LOAD_CONST               0 (None)
                 62 STORE_NAME               2 (e)
                 64 DELETE_NAME              2 (e)
                 66 LIST_APPEND              3
                 68 POP_TOP
                 70 JUMP_FORWARD             3 (to 78)
            >>   72 NOP
                 74 JUMP_FORWARD             1 (to 78)
            >>   76 POP_TOP

      5     >>   78 LOAD_NAME                4 (TypeError)
                 80 LOAD_NAME                5 (KeyError)
                 82 BUILD_TUPLE              2
                 84 CHECK_EG_MATCH
                 86 COPY                     1
                 88 POP_JUMP_IF_NONE         4 (to 100)
                 92 POP_TOP
                 94 JUMP_FORWARD             0 (to 96)
            >>   96 NOP
                 98 JUMP_FORWARD             1 (to 102)
            >>  100 POP_TOP
            >>  102 LIST_APPEND              1
                104 JUMP_FORWARD             0 (to 106)
            >>  106 CALL_INTRINSIC_2         1 (INTRINSIC_PREP_RERAISE_STAR)
                108 COPY                     1
                110 POP_JUMP_IF_NOT_NONE     3 (to 120)
                114 POP_TOP
                116 POP_EXCEPT
                118 JUMP_FORWARD             6 (to 132)
            >>  120 SWAP                     2
                122 POP_EXCEPT
                124 RERAISE                  0
            >>  126 COPY                     3
                128 POP_EXCEPT
                130 RERAISE                  1
            >>  132 RETURN_CONST             0 (None)
    ExceptionTable:
      2 to 16 -> 18 [0]
      18 to 36 -> 126 [1] lasti
      36 to 52 -> 60 [4] lasti
      52 to 116 -> 126 [1] lasti
    "#);
}

# zip(strict=), pow() keywords and modulus, divmod and the numeric dunders,
# sorted()'s keyword checking, sum() of bytes.
def T(*exprs):
    for s in exprs:
        try:
            print(s, '->', repr(eval(s)))
        except Exception as e:
            print(s, '!!', type(e).__name__, e)

T("list(zip('ab', 'cd', strict=True))", "list(zip('ab', 'c', strict=True))", "list(zip('a', 'cd', strict=True))",
  "list(zip('ab', 'cd', 'e', strict=True))", "list(zip('a', 'b', 'cd', strict=True))", "list(zip(strict=True))",
  "list(zip('ab', 'c', strict=False))", "zip('a', bogus=1)", "list(zip([1], strict=1))")
T("pow(base=2, exp=3)", "pow(2, 3, mod=5)", "pow(2, exp=10, mod=1000)", "pow(2)", "pow(2, 3, 4, 5)", "pow(x=1, y=2)",
  "pow(3, -1, 7)", "pow(38, -1, 97)", "pow(2, -1, 4)", "pow(3, 4, -5)", "pow(-3, -2, 7)", "pow(3, 4, 0)",
  "pow(3.0, 4, 5)", "pow(2, 10, None)", "pow(2, 100, 10**9 + 7)", "pow(0, 0, 1)", "pow(1j, 2, 3)",
  "(2).__pow__(3, 5)", "(2).__pow__(-1, 5)", "(2.0).__pow__(3, 5)", "(2).__rpow__(3)")
T("divmod(7, -2)", "divmod(-7.5, 2)", "divmod(1.0, 0.0)", "divmod(1, 0)", "divmod(2**100, 7)", "divmod('a', 1)",
  "int.__divmod__(7, 2)", "int.__rdivmod__(7, 2)", "float.__divmod__(7.5, 2)", "float.__rdivmod__(7.5, 2)",
  "int.__divmod__(7, 2.0)", "float.__divmod__(7.0, 0)", "(1).__add__(1.5)", "(1.5).__add__(1j)", "(1j).__add__(1.5)",
  "(1).__radd__(1.5)", "True.__and__(1)", "int.__floordiv__(7, 2.0)", "float.__floordiv__(7.5, 2)",
  "hasattr(float, '__and__')", "hasattr(complex, '__floordiv__')", "hasattr(complex, '__divmod__')")
T("sorted([3, 1, 2], reverse=True)", "sorted('bca', key=str.upper)", "sorted([1], cmp=1)", "sorted()",
  "sorted([1, 2], None)", "sorted([1], reverse='x')", "sorted(iterable=[1])",
  "sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=lambda x: x[0], reverse=True)")
T("sum([b'a'], b'')", "sum([bytearray(b'a')], bytearray())", "sum(['a'], '')", "sum([[1], [2]], [])")
class V:
    def __divmod__(self, o): return ('divmod', o)
    def __rdivmod__(self, o): return ('rdivmod', o)
T("divmod(V(), 1)", "divmod(1, V())")

# The numeric special methods called directly: NotImplemented for foreign
# operands, which operators each type has, float.__getformat__, hashes.
def T(*exprs):
    for s in exprs:
        try:
            print(s, '->', repr(eval(s)))
        except Exception as e:
            print(s, '!!', type(e).__name__, e)

for t in (int, float, complex, bool):
    names = [n for n in ('__and__', '__or__', '__lshift__', '__floordiv__', '__mod__', '__divmod__', '__rdivmod__',
                         '__invert__', '__index__', '__trunc__', '__round__', '__getformat__') if hasattr(t, n)]
    print(t.__name__, names)
T("int.__add__(1, 2)", "int.__add__(1, 2.0)", "int.__sub__(5, True)", "int.__mul__(2, 'ab')", "int.__add__(1)",
  "float.__add__(1.5, 2)", "float.__add__(1.5, 1j)", "float.__radd__(1.5, 2)", "complex.__add__(1j, 2)",
  "complex.__mul__(1j, 1.5)", "complex.__rsub__(1j, 3)", "int.__truediv__(1, 0)", "int.__truediv__(7, 2)",
  "float.__mod__(-7.5, 2)", "float.__floordiv__(7.5, 0)", "int.__mod__(7, 0)", "int.__lshift__(1, 70)",
  "bool.__or__(True, False)", "bool.__and__(True, 1)", "True ^ True", "~True", "-True",
  "float.__getformat__('double')", "float.__getformat__('float')", "float.__getformat__('x')",
  "float.__getformat__(1)", "int.__eq__(1, 1.0)", "float.__eq__(1.0, 1)", "int.__lt__(1, 2.5)",
  "int.__hash__(-1)", "float.__hash__(-1.0)", "hash(2**61 - 1)", "hash(2**61)", "hash(-2**64)", "hash(1e300)",
  "hash(float('inf'))", "hash(complex(1, 2))", "hash(complex(-1, 0))", "hash(0.1)",
  "(5).__round__(-1)", "(15).__round__(-1)", "(25).__round__(-1)", "(2.675).__round__(2)", "(0.5).__round__()",
  "(1.5).__trunc__()", "(-1.5).__floor__()", "(-1.5).__ceil__()", "int.__index__(True)", "(7).__format__('x')")

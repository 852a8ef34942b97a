# The self-matching builtins: one positional sub-pattern matches the subject
# itself (bool, bytearray, bytes, dict, float, frozenset, int, list, set,
# str, tuple).
def kind(x):
    match x:
        case bool(b):
            return "bool %r" % b
        case int(i):
            return "int %r" % i
        case float(f):
            return "float %r" % f
        case str(s):
            return "str %r" % s
        case bytes(b):
            return "bytes %r" % b
        case bytearray(b):
            return "bytearray %r" % b
        case list(l):
            return "list %r" % l
        case tuple(t):
            return "tuple %r" % (t,)
        case dict(d):
            return "dict %r" % d
        case frozenset(s):
            return "frozenset of %d" % len(s)
        case set(s):
            return "set of %d" % len(s)
        case _:
            return "other " + type(x).__name__

for v in [True, 3, 2.5, "s", b"b", bytearray(b"ba"), [1], (1,), {"k": 1},
          frozenset([1, 2]), {3}, 1j, None]:
    print(kind(v))

# Sub-patterns apply to the subject.
match 5:
    case int(5 | 6):
        print("int 5 or 6")
match "abc":
    case str("abc" as s):
        print("str", s)

# Subclasses inherit the behaviour...
class MyInt(int):
    pass

match MyInt(7):
    case int(n):
        print("int subclass", n, type(n).__name__)
match MyInt(8):
    case MyInt(n):
        print("MyInt pattern", n)

# ...unless they define __match_args__.
class Named(int):
    __match_args__ = ("real", "imag")

match Named(9):
    case Named(r, i):
        print("Named real/imag", r, i)

# Two positional sub-patterns are too many for a self-matching type.
try:
    match 1:
        case int(a, b):
            pass
except TypeError as e:
    print("TypeError:", e)

# Keyword sub-patterns still work on builtins.
match 3 + 4j:
    case complex(real=r, imag=i):
        print("complex parts", r, i)
match 10:
    case int(real=r, denominator=d):
        print("int attrs", r, d)
# bool is an int: True matches int(1).
match True:
    case int(1):
        print("True matches int(1)")

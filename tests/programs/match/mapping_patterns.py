# Mapping patterns: dicts (and subclasses) match when every key is present;
# extra keys are allowed; **rest captures the others in a new dict.
def describe(m):
    match m:
        case {"type": "user", "name": str(name), **rest}:
            return "user %s, extra %r" % (name, sorted(rest.items()))
        case {"type": "group", "members": [*members]}:
            return "group of %d" % len(members)
        case {1: one, 2.0: two}:
            return "numeric keys %r %r" % (one, two)
        case {None: x, True: y}:
            return "singleton keys %r %r" % (x, y)
        case {}:
            return "some mapping of %d" % len(m)
        case _:
            return "not a mapping: " + type(m).__name__

for m in [{"type": "user", "name": "ann"},
          {"type": "user", "name": "bob", "age": 3, "admin": False},
          {"type": "user", "name": 42},
          {"type": "group", "members": ["a", "b"]},
          {"type": "group", "members": "ab"},
          {1.0: "a", 2: "b"},
          {True: "t", None: "n", 1: "x"},
          {}, {"k": "v"}, [("type", "user")], "type", 3]:
    print(describe(m))

# **rest is a fresh dict without the matched keys.
src = {"a": 1, "b": 2, "c": 3}
match src:
    case {"a": _, **others}:
        print(others, others is src, type(others).__name__)
match src:
    case {**everything}:
        print(everything, everything is src)

# Keys may be dotted names.
class Keys:
    A = "a"
    B = "b"

match src:
    case {Keys.A: 1, Keys.B: b}:
        print("dotted keys, b =", b)

# Values are fetched with get(key, default): __missing__ never runs.
class Defaulting(dict):
    def __missing__(self, key):
        print("  __missing__", key)
        return 0

match Defaulting(x=1):
    case {"x": 1, "y": 0}:
        print("unexpected")
    case {"x": x}:
        print("x =", x)

class Logging(dict):
    def get(self, key, default=None):
        print("  get", repr(key))
        return dict.get(self, key, default)

match Logging(p=1, q=2):
    case {"p": 1, "q": q, **rest}:
        print("q =", q, "rest", rest)

# A length check comes first.
match {"a": 1}:
    case {"a": 1, "b": 2}:
        print("unexpected")
    case {"a": a}:
        print("a =", a)

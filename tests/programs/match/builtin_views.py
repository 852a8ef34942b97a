# memoryview is a sequence and mappingproxy a mapping for pattern matching;
# dict views, generic aliases and unions are neither.
def kind(x):
    match x:
        case [a, b]:
            return "sequence of two: %r %r" % (a, b)
        case [first, *rest]:
            return "sequence: %r then %r" % (first, rest)
        case {"a": v, **rest}:
            return "mapping: a=%r, rest %r (%s)" % (v, rest, type(rest).__name__)
        case _:
            return "neither"

mappingproxy = type(int.__dict__)
for v in [memoryview(b"ab"), memoryview(b"xyz"), mappingproxy({"a": 1, "b": 2}),
          {"a": 3}.keys(), {"a": 4}.items(), list[int], int | str]:
    print(type(v).__name__, "->", kind(v))

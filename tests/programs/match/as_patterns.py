# As-patterns capture the subject of a sub-pattern.
def f(x):
    match x:
        case [1, 2] as whole:
            return "list %r" % (whole,)
        case (int() | float()) as number:
            return "number %r" % number
        case {"k": (str() as s)} as d:
            return "dict %r with str %r" % (d, s)
        case [(a, b) as pair, *rest] as all_:
            return "pair %r rest %r all %r" % (pair, rest, all_)
        case (1 | 2 | 3) as small:
            return "unreachable for ints: " + repr(small)
        case other:
            return "other " + repr(other)

for v in [[1, 2], (1, 2), 3, 4.5, {"k": "v"}, {"k": 1}, [(1, 2), 3], [(1, 2, 3)], "s"]:
    print(repr(v), "->", f(v))

# Chained as-patterns.
match 7:
    case (7 as a) as b:
        print("chained", a, b)

# The same object, not a copy.
lst = [1, 2]
match lst:
    case [_, _] as same:
        print("same object:", same is lst)

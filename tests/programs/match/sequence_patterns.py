# Sequence patterns: lists, tuples, ranges and their subclasses match;
# str, bytes, bytearray, dicts, sets and iterators do not.
def shape(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return "one: %r" % (a,)
        case [a, b]:
            return "two: %r %r" % (a, b)
        case (a, b, c):
            return "three: %r %r %r" % (a, b, c)
        case [[x1, y1], [x2, y2]]:
            return "pair of pairs %r" % ((x1, y1, x2, y2),)
        case [_, _, _, _, *_]:
            return "four or more"
        case _:
            return "not a sequence: " + type(x).__name__

class MyList(list):
    pass

class MyTuple(tuple):
    pass

for v in [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], (1, 2, 3),
          [[1, 2], [3, 4]], [1, 2, 3, 4, 5], range(0), range(2), range(3),
          range(7), MyList([9]), MyTuple((7, 8)),
          "", "ab", "abc", b"ab", bytearray(b"ab"), {1: 2}, {1, 2},
          frozenset(), iter([1]), (x for x in [1]), 5, None]:
    print(repr(v) if not hasattr(v, "__next__") else type(v).__name__, "->", shape(v))

# [] and () patterns are interchangeable.
match (1, 2):
    case [a, b]:
        print("tuple matched list pattern", a, b)
match [3, 4]:
    case (a, b):
        print("list matched tuple pattern", a, b)

# Parenthesized single pattern is not a sequence; a trailing comma is.
match 5:
    case (x):
        print("group pattern bound", x)
match (5,):
    case (x,):
        print("one-tuple pattern bound", x)

# Nested patterns mixing kinds.
data = [("point", 1, 2), ("circle", (0, 0), 5), ("line", [0, 0], [3, 4]), ("bad",)]
for item in data:
    match item:
        case ("point", x, y):
            print("point at", x, y)
        case ("circle", (cx, cy), r):
            print("circle", cx, cy, "r", r)
        case ("line", [x1, y1], [x2, y2]):
            print("line from", (x1, y1), "to", (x2, y2))
        case (kind, *rest):
            print("unknown", kind, rest)

# Or-patterns: alternatives tried left to right; each must bind the same
# names.
def f(x):
    match x:
        case 0 | 1 | 2:
            return "small"
        case "a" | "b":
            return "letter"
        case [x, 0] | [0, x]:
            return "has zero, other %r" % x
        case (1, y) | (y, 1) | [y, 1, _]:
            return "near one: %r" % y
        case {"k": v} | [v]:
            return "k or single: %r" % v
        case _:
            return "other"

for v in [0, 2, 3, "a", "c", [5, 0], [0, 6], (1, 7), (8, 1), [9, 1, 0], {"k": 10}, [11], []]:
    print(repr(v), "->", f(v))

# Alternatives binding names in different orders.
def g(x):
    match x:
        case (a, b, 0) | (b, a, 1):
            return a, b
    return None

print(g((1, 2, 0)), g((1, 2, 1)), g((1, 2, 3)))

def h(x):
    match x:
        case [a, [b, c]] | [[c, b], a] | (c, a, b, "x"):
            return a, b, c
    return None

print(h([1, [2, 3]]), h([[3, 2], 1]), h((3, 1, 2, "x")), h(4))

# Nested or-patterns and or inside sequences.
match [1, (2, 3)]:
    case [1 | 9, (2 | 8, z) | [z]]:
        print("nested or, z =", z)

# The last alternative may be irrefutable when the or-pattern is last.
match 42:
    case 1 | _:
        print("fell back to the wildcard alternative")
match 43:
    case (5 as other) | other:
        print("capturing last alternative", other)

# Values captured before a failing alternative do not leak.
match (5, 6):
    case (w, 7) | (5, w):
        print("second alternative, w =", w)

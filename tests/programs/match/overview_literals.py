def describe(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return "negative %d" % n
        case str() as s:
            return "string of length %d" % len(s)
        case _:
            return "something else"
for v in [0, 2, -5, "abc", 3.5]:
    print(v, describe(v))

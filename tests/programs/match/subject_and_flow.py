# The subject is evaluated once; a tuple subject needs no parentheses;
# control flow inside cases (return, break, continue, nested match).
calls = []
def subject():
    calls.append("subject")
    return [1, 2]

match subject():
    case [9]:
        pass
    case [1, x]:
        print("matched second case, x =", x)
print("subject evaluated", len(calls), "time(s)")

a, b = 1, "two"
match a, b:
    case (1, "two"):
        print("tuple subject")

rest = [3, 4]
match 0, *rest:
    case (0, 3, 4):
        print("starred subject")

# No case matches: nothing happens.
match 5:
    case 1:
        print("unexpected")
print("after unmatched match")

# break / continue inside cases.
for i in range(6):
    match i:
        case 1:
            continue
        case 4:
            break
        case _:
            print("loop value", i)

# return from inside a case in a loop.
def find(items):
    for item in items:
        match item:
            case ("found", value):
                return value
    return None

print(find([("skip", 1), ("found", 2), ("found", 3)]))

# Nested match statements.
def nested(x):
    match x:
        case [kind, payload]:
            match kind:
                case "num":
                    return payload * 2
                case "str":
                    return payload.upper()
            return "unknown kind"
    return "bad"

print(nested(["num", 21]), nested(["str", "hi"]), nested(["x", 0]), nested(3))

# match, case and _ remain ordinary names.
match = 1
case = 2
print(match + case)
match [match, case]:
    case [1, 2]:
        print("soft keywords as names")

# Annotations inside a case body create __annotations__ at module level.
match 1:
    case 1:
        annotated: int = 5
print(__annotations__)

# try/except/finally inside cases.
match "x":
    case "x":
        try:
            raise ValueError("inside case")
        except ValueError as e:
            print("caught", e)
        finally:
            print("finally in case")

# A generator with match.
def gen(items):
    for item in items:
        match item:
            case int(n) if n % 2:
                yield n
            case [*inner]:
                yield from gen(inner)

print(list(gen([1, 2, [3, 4, [5]], 6, 7])))

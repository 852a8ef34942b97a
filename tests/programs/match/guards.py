# Guards run after the pattern matched and its names were bound; a failing
# guard moves on to the next case (the names stay bound).
log = []
def check(label, result):
    log.append(label)
    return result

def f(x):
    match x:
        case [a, b] if check("sum", a + b == 10):
            return "sums to ten"
        case [a, b] if check("equal", a == b):
            return "equal pair"
        case [a, *_] if a > 100:
            return "starts big"
        case n if check("int", isinstance(n, int)) and n < 0:
            return "negative"
        case _ if check("always", True):
            return "fallback"

for v in [[3, 7], [4, 4], [1, 2], [200, 1, 2], -5, 5, "s"]:
    log.clear()
    print(repr(v), "->", f(v), log)

# Names bound by a case whose guard fails remain bound.
match (1, 2):
    case (p, q) if p > q:
        print("unexpected")
    case _:
        print("after failed guard: p =", p, "q =", q)

# A guard on the last wildcard case.
for v in [1, 2]:
    match v:
        case 1:
            print("one")
        case _ if v % 2 == 0:
            print("even default")

for v in [3]:
    match v:
        case 1:
            print("one")
        case _ if v % 2 == 0:
            print("even default")
    print("no case ran for", v)

# Guards can use comprehensions and lambdas referring to captures.
match [1, 2, 3]:
    case [*items] if all([i > 0 for i in items]) and (lambda: len(items))() == 3:
        print("all positive, three items")

# A guard that raises propagates.
try:
    match 0:
        case z if 1 / z:
            pass
except ZeroDivisionError as e:
    print("guard raised:", e)

# Walrus in a guard binds in the enclosing scope.
match 10:
    case n if (half := n // 2) > 3:
        print("half is", half)

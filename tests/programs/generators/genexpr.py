g = (x * 2 for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(list((i, j) for i in range(3) for j in range(i)))
print(sorted(c for c in "hello" if c != "l"))
print(any(x > 3 for x in [1, 5, 2]), all(x > 0 for x in [1, 2, -1]))
evaluated = []
def src():
    evaluated.append("src")
    return [1, 2, 3]
gen = (x for x in src())
print(evaluated)
print(list(gen))
it = iter([10, 20, 30])
lazy = (v + 1 for v in it)
print(next(lazy), next(it), list(lazy))
try:
    bad = (1 / x for x in [1, 0])
    print(next(bad))
    print(next(bad))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(dict((k, len(k)) for k in ["a", "bb"]), tuple(x for x in "ab"), set(x % 3 for x in range(10)) == {0, 1, 2})
print("".join(ch.upper() for ch in "shout"))

print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101)), sum([1.5, 2, True]))
print(sum([], start=5), sum((x for x in range(4)), 100))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(True), abs(-2 ** 100), abs(3 + 4j))
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
print(all([]), all([1, 2]), all([1, 0]), any([]), any([0, None]), any([0, 1]))
print(all("abc"), any(""), all(x > 0 for x in [1, 2]), any(x > 5 for x in [1, 2]))
def noisy(v):
    print("check", v)
    return v
print(any(noisy(x) for x in [0, 1, 2]), all(noisy(x) for x in [1, 0, 2]))

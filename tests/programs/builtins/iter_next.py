it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
data = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(data), "")))
s = iter("xy")
print(next(s), list(s))
d = iter({"k1": 1, "k2": 2})
print(next(d), list(d))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    next("abc")
except TypeError as e:
    print("TypeError:", e)
ci = iter(tick, 100)
print(type(ci).__name__, next(ci))

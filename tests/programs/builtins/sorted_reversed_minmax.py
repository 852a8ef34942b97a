print(sorted([3, 1, 2]), sorted("cba"), sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", "c"))
print(min([], default="empty"), max([], default=None), max([1, 2], default=0))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([1, 3, 3, 2], key=lambda x: x % 3), max((1, "b"), (1, "a")), min([(2, 1), (1, 2)]))
print(max([-5, 3, -7], key=abs), min([-5, 3, -7], key=abs), max(1, 2.5), min(True, 0.5))
for bad in [lambda: min([]), lambda: max(), lambda: max(1), lambda: min(1, "a")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
print(max([3, 3.0]), type(max([3, 3.0])).__name__, max([3.0, 3]), min([1, True]))

t = (1, 2, 3, 2, 1)
print(t.count(1), t.count(9), t.index(2), t.index(2, 2), len(t), t[1:4], t[::-1])
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
print(t + (4,), t * 2, (1,) * 3, () + (), tuple([1, 2]), tuple("ab"), tuple(range(3)))
a, b, c = (1, 2, 3)
print(a, b, c)
nested = ((1, 2), (3, (4, 5)))
(p, q), (r, (s, u)) = nested
print(p, q, r, s, u)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), () < (0,))
print(max([(1, "b"), (1, "a"), (0, "z")]), sorted([(2, "x"), (1, "y"), (2, "a")]))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
def multi():
    return 1, "two", [3]
x = multi()
print(x, type(x).__name__, len(x))
print(tuple(), (), (5,), (5), type((5)).__name__)
print(5 in (1, 5), (1, 2) in [(1, 2)], list(enumerate(("a", "b"))))
lst = [1]
t2 = (lst, 2)
lst.append(9)
print(t2)

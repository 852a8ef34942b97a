# fsum (exact), prod (with start), hypot and dist (accurate norms).
import math

print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum(range(1, 101)))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -1e308]), math.fsum(x / 7 for x in range(1000)))
print(math.fsum([2 ** 60, 1, -(2 ** 60)]), math.fsum([True, 0.5]))
vals = [(i * 7919 % 1000) / 997 - 0.5 for i in range(300)]
print(math.fsum(vals), sum(vals))

print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([], start=5), math.prod(range(1, 25)))
print(math.prod([1.5, 2, 4]), math.prod([2, 0.5], start=3), math.prod([[1], 3]), math.prod(["ab", 2]))
print(math.prod([2 ** 40, 2 ** 40, 3]), math.prod([0.1] * 5), math.prod(iter([3, 3.5])))

print(math.hypot(1, 1), math.hypot(1e-300, 1e-300), math.hypot(1e300, 1e300), math.hypot(1e308, 1e308))
print(math.hypot(3, 4, 12, 84), math.hypot(*range(20)), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1))
print(math.hypot(5e-324, 5e-324), math.hypot(2 ** 1000, 2 ** 999), math.hypot(-3, -4.0))
for i in range(10):
    a = [(i * 31 + j * 17) % 23 / 3.7 - 2.9 for j in range(i + 2)]
    b = [(i * 13 + j * 29) % 19 / 2.3 - 4.1 for j in range(i + 2)]
    print(math.hypot(*a), math.dist(a, b), math.dist(tuple(b), iter(a)))
print(math.dist((0, 0), (3, 4)), math.dist([1.5], [-1.5]), math.dist((), ()))

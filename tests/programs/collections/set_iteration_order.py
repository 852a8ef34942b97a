# Sets of ints iterate in CPython's hash-table order: literals, adds,
# removals (dummy reuse), resizes, algebra, comprehensions, pop, frozensets.
print({3, 1, 2}, {100, 1, 9}, {5, 4}, {8, 16, 0, 24})
print({0, 128, 864, 8, 9, 256}, {12, 39, 231, 1113, 24, 3, 1265, 3, 16, 1104})
s = {0, 8, 16}
s.discard(0)
s.discard(8)
s.add(24)
s.add(1)
print(s)
s = set()
for i in range(20):
    s.add(i * 37 % 101)
print(s)
for i in range(0, 20, 3):
    s.discard(i * 37 % 101)
print(s, len(s))
s.update([500, 1000, -1, -2])
print(s)
print(set(range(10, 0, -1)), frozenset([64, 32, 0, 96]))
print({x * x for x in range(-5, 6)})
print({*range(5), *(7, 6)})
a = {1, 2, 3, 40, 50}
b = {3, 4, 40, 60, 2}
print(a | b, b | a)
print(a & b, b & a)
print(a - b, b - a)
print(a ^ b, b ^ a)
print(a.union([9, 8], (100,)), a.intersection([50, 1], {1, 50, 2}))
print(a.difference([1], {2}), a.symmetric_difference([3, 300]))
c = set(a)
c |= {7, 99}
print(c)
c &= {1, 7, 99, 1000}
print(c)
c -= {7}
print(c)
c ^= {1, 2, 3}
print(c)
p = {10, 20, 30, 40, 50}
print([p.pop() for _ in range(3)], p)
for x in {3, 1, 2}:
    print(x, end=' ')
print()
print([x for x in {30, 10, 20}], sorted({3, 1, 2}))
print(list({2.5, 1.5, 1, 0.5}), {True, 0, 2})
print({(1, 2), (0, 0), (3, 4)} == {(3, 4), (1, 2), (0, 0)})
d = {5: 50, 3: 30, 9: 90}
print(d.keys() | {1}, d.keys() & {9, 5, 7}, d.keys() - {3}, d.keys() ^ {5, 6})
print({1} | d.keys(), [9, 3] - d.keys())
print(d.items() & {(5, 50), (3, 0)}, d.items() ^ {(3, 30), (4, 40)})
print(set(d), set(d.values()))
big = set(range(0, 200, 7))
big.difference_update(range(0, 200, 2))
print(big)
print(frozenset({1, 2}) | {3}, {3} | frozenset({1, 2}))
print(type(frozenset({1}) | {2}).__name__, type({2} | frozenset({1})).__name__)
print(hash(frozenset()) == hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({-1})))

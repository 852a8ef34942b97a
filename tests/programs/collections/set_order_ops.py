# Results of the set algebra, in CPython's order: which operand is copied
# or iterated decides the order of the result.

a = {1, 2, 3, 4, 5, 6, 7, 8, 40}
b = {5, 6, 7, 100, 33, 1}
print(a | b, b | a)
print(a & b, b & a)
print(a - b, b - a)
print(a ^ b, b ^ a)
print(a.union([50, 9], (17,), {200}))
print(a.intersection([8, 1, 40, 99], b))
print(a.difference([1], {2}, (3,)))
print(a.symmetric_difference([1, 2, 300]))
print(a.union(), a.intersection(), a.difference())
print(frozenset(a) | b, type(frozenset(a) | b).__name__, b | frozenset(a))

c = set(a)
c |= {90, 91}
print(c)
c &= {1, 2, 3, 90, 1000}
print(c)
c -= {2}
print(c)
c ^= {3, 4, 5}
print(c)
c.update([7, 8], {9: 0, 10: 0}, 'ab')
print(c)
c.intersection_update([7, 8, 9, 'a', 10], range(20))
print(c)
c.difference_update([7], {8})
print(c)
c.symmetric_difference_update({9: 1, 11: 1})
print(c)
c.symmetric_difference_update(c)
print(c)

# Big minus small, small minus big (different algorithms).
big = set(range(100))
small = {3, 50, 99, 1000}
print(small - big, small & big, (big - small) == set(range(100)) - small)
print(list(big - small)[:10], list(big & {99, 98, 1}))

# copy() reproduces the table (slot for slot when it can).
s = set(range(10))
for i in range(0, 10, 2):
    s.discard(i)
print(s, s.copy(), set(s), frozenset(s))

# Dict keys and dict views.
d = {'x': 1, 'y': 2, 'zz': 3, 'w': 4}
e = {'y': 2, 'zz': 30, 'q': 0}
print(set(d), set(d.values()), set(d.items()))
print(d.keys() | e.keys(), d.keys() & e.keys(), d.keys() - e.keys(), d.keys() ^ e.keys())
print(d.items() ^ e.items(), d.items() & e.items(), {'y', 'nope'} & d.keys())
print(d.keys() | ['extra'], {'x'} | d.keys(), d.keys() - ['x'])
s = set(range(5))
s.update(d)
print(s)

# Subset tests and comparisons.
print(a <= a | b, a < a, a >= {1, 2}, a > a, {1, 2}.issubset([1, 2, 3]))
print({1, 2}.issuperset([1]), {1}.isdisjoint([2, 3]), a == frozenset(a))

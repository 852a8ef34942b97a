a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a.issubset(a | b), {1}.issubset(a), a.issuperset({1, 2}), a.isdisjoint({7, 8}), a.isdisjoint(b))
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1, 2, 3} > {1}, a == {4, 3, 2, 1})
s = set()
s.add(5)
s.add(5)
s.add(1)
print(sorted(s), len(s))
s.remove(5)
s.discard(99)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
print(s.pop(), s)
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
c = {1, 2, 3}
c |= {4}
c &= {1, 2, 4}
c -= {1}
c ^= {5, 2}
print(sorted(c))
c.update([7, 8], {9})
c.intersection_update(range(8))
print(sorted(c))
c.difference_update({7})
c.symmetric_difference_update({4, 10})
print(sorted(c))
f = frozenset([3, 1, 2])
print(sorted(f), type(f | {4}).__name__, type({4} | f).__name__, f & {1}, hash(f) == hash(frozenset({1, 2, 3})))
print({frozenset({1}): "x"}[frozenset([1])])
try:
    f.add(1)
except AttributeError as e:
    print("AttributeError:", e)
words = ["apple", "banana", "apple", "cherry", "banana"]
print(sorted(set(words)), len(set(words)), set() == set(), {1, 2} == frozenset({1, 2}))
print(sorted({x % 4 for x in range(20)}), set("aabbc") == {"a", "b", "c"})
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print(sorted(a.copy()), a.copy() is a, 3 in a, 10 not in a)

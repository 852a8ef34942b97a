# Iteration order of sets of ints: literals, growth, deletions, pops.

print({3, 1, 2})
print({10, 1, 100})
print({17, 5, 1, 2, 3})
print({-1, -2, 0, 1, 2**61, 2**61 - 1, 2**64, -(2**64)})
print({8, 16, 24, 32, 0})
print(set([9, 1, 17, 25, 33]))

# Growth: the table resizes at 5 and 19 elements (and so on).
s = set()
for i in [40, 3, 35, 11, 7, 60, 2, 99, 1000, 64, 128, 33, 12, 5, 77, 19, 18, 16, 8, 1]:
    s.add(i)
    print(len(s), s)

# Deletions leave dummies that later insertions reuse.
s = {1, 2, 3, 9, 10}
s.discard(2)
s.add(18)
print(s)
s.remove(9)
s.add(26)
s.add(34)
print(s)

# pop() walks the table from a finger that remembers where it stopped.
s = set(range(0, 60, 7))
print([s.pop() for _ in range(4)], s)
s.update([100, 1, 2])
print([s.pop() for _ in range(3)], s)
s.clear()
s.update([5, 40, 3])
print(s.pop(), s)

# Negative numbers and hash collisions (-1 and -2 hash alike).
print({-1, -2, -3, -4, -5, -6, -7, -8})
print({2**62, 2**63, 2**61 + 5, 5, 2**61 + 7, 7})

# add/discard cycles
s = set()
for i in range(30):
    s.add(i * 13 % 31)
    if i % 3 == 0:
        s.discard(i * 7 % 31)
print(s, len(s))

# Comprehensions add in iteration order.
print({x * x % 37 for x in range(40)})
print({i for i in [30, 20, 10, 0, 40]})
for x in {17, 5, 1, 2, 3}:
    print(x, end=" ")
print()
print([x for x in {33, 1, 65, 2, 97, 3}])
print(5 in {1, 2, 3, 4, 5}, 6 not in {1, 2, 3, 4, 5})

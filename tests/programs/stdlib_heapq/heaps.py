import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, merge, nlargest, nsmallest

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6]:
    heappush(h, x)
    print(h)
print([heappop(h) for _ in range(len(h))], h)

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 10]
heapify(data)
print(data)
print(heapreplace(data, 12), data)
print(heappushpop(data, -1), heappushpop(data, 4), data)
print(heappushpop([], 3))
items = [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')]
heapify(items)
print([heappop(items) for _ in range(4)])

words = 'the quick brown fox jumps over the lazy dog'.split()
heapify(words)
print(words, heappop(words))


class Task:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name

    def __lt__(self, other):
        return self.pri < other.pri

    def __repr__(self):
        return '%s:%d' % (self.name, self.pri)


tasks = []
for i, p in enumerate([3, 1, 4, 1, 5, 9, 2, 6]):
    heappush(tasks, Task(p, 't%d' % i))
print(tasks)
print([heappop(tasks) for _ in range(3)])

nums = [15, 3, 99, 42, 7, 3, 81, 0, -5, 42, 16]
print(nlargest(3, nums), nsmallest(3, nums), nlargest(1, nums), nsmallest(1, nums))
print(nlargest(0, nums), nsmallest(-1, nums), nlargest(20, nums), nsmallest(20, iter(nums)))
print(nlargest(4, iter(nums)), nsmallest(4, iter(nums)), nlargest(2, []), nsmallest(1, []))
people = [('ann', 31), ('bob', 25), ('cy', 31), ('di', 19), ('ed', 25), ('flo', 40)]
print(nlargest(3, people, key=lambda p: p[1]), nsmallest(3, people, key=lambda p: p[1]))
print(nlargest(2, iter(people), key=lambda p: p[1]), nsmallest(4, iter(people), key=lambda p: p[1]))
print(nsmallest(2, 'hello world'), nlargest(3, {5: 'a', 1: 'b', 9: 'c'}))

print(list(merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(merge([1, 3], [], [2], [0, 10, 11])), list(merge()), list(merge([])))
print(list(merge(['a', 'ccc'], ['bb', 'dddd'], key=len)))
print(list(merge([9, 5, 1], [8, 2], reverse=True)))
print(list(merge([(1, 'x'), (2, 'x')], [(1, 'y')], key=lambda t: t[0])))
m = merge(iter([1, 5]), iter([2, 3]))
print(type(m).__name__, next(m), next(m), list(m))
print(list(merge('ace', 'bdf', key=str.upper, reverse=False)))

for bad in (lambda: heappop([]), lambda: heapreplace([], 1), lambda: heappush((), 1), lambda: heapify(None)):
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(sorted(heapq.__all__))

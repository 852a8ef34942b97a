from collections import deque


def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], bool(d), 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft([10, 20])
print(d, list(reversed(d)), d.count(2), d.index('a'))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(len(d) * 3 + 1)
print(d)
d[1] = 'X'
del d[0]
print(d, d.index(3, 1), d.index(3, -5, -1))
d.insert(2, 'ins')
d.insert(-1, 'neg')
d.insert(100, 'end')
d.insert(-100, 'start')
print(d)
d.remove('ins')
d.reverse()
print(d)
c = d.copy()
c.clear()
print(c, d == d.copy(), d != c, len(c))

b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10)
print(b)
b.appendleft(-1)
print(b)
b.extend([20, 21])
print(b)
b.extendleft('xy')
print(b)
print(deque([], maxlen=0), deque('abc', 0))
z = deque(maxlen=0)
z.append(1)
print(z, repr(deque(maxlen=2)), repr(deque()))

big = deque()
for i in range(1000):
    big.append(i)
    big.appendleft(-i)
for i in range(500):
    big.pop()
    big.popleft()
print(len(big), big[0], big[-1], sum(big), big[250], big[-251])

print(deque([1, 2]) + deque([3]), deque([1], 2) + deque([5, 6, 7]))
print(deque('ab') * 2, 2 * deque('ab'), deque([1, 2], maxlen=3) * 3, deque([1]) * 0)
m = deque([1, 2])
m += [3]
m *= 2
print(m)
m += m
print(m, len(m))
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) >= deque([1, 2]), deque([1]) == [1], deque() == deque())

rec = deque([1])
rec.append(rec)
print(rec)

it = iter(deque([1, 2, 3]))
print(next(it), list(it))
dm = deque([1, 2, 3])
it = iter(dm)
next(it)
dm.append(4)
check(lambda: next(it))
dm2 = deque([1, 2])
it2 = iter(dm2)
dm2[0] = 5
print(list(it2))

check(lambda: deque([], -1))
check(lambda: deque([], 'a'))
check(lambda: deque().pop())
check(lambda: deque().popleft())
check(lambda: deque([1])[5])
check(lambda: deque([1])[-2])
check(lambda: deque([1])['a'])
check(lambda: deque([1])[0:1])
check(lambda: deque([1]).remove(3))
check(lambda: deque([1]).index(3))
check(lambda: deque([1], 1).insert(0, 2))
check(lambda: deque([1]) + [2])
check(lambda: setattr(deque(), 'maxlen', 3))


class Stack(deque):
    def peek(self):
        return self[-1]


s = Stack([1, 2, 3], maxlen=5)
print(s, s.peek(), type(s.copy()).__name__, s.copy(), isinstance(s, deque))
d = deque([1, 2, 3])
d.__init__([7, 8])
print(d)

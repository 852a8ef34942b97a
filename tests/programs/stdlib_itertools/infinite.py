from itertools import count, cycle, repeat, islice

c = count()
print(next(c), next(c), next(c), repr(c))
print(repr(count(5)), repr(count(5, 2)), repr(count(1.5)), repr(count(2, 1.0)))
print(repr(count(start=3, step=-1)), repr(count(2**70)))
print(list(islice(count(10, 5), 4)))
print(list(islice(count(0.5, 0.25), 4)))
print(list(islice(count(1, -2), 4)))
c = count(3)
next(c)
print(repr(c))

cy = cycle('abc')
print([next(cy) for _ in range(7)])
print(list(cycle([])))
cy = cycle(iter([1, 2]))
print([next(cy) for _ in range(5)])

r = repeat('a', 3)
print(repr(r), r.__length_hint__())
print(next(r), repr(r))
print(list(r), repr(r))
print(list(repeat(7, -2)), repr(repeat(7, -2)))
print(repr(repeat([1, 2])))
print(list(islice(repeat('x'), 3)))
print(list(map(pow, range(5), repeat(2))))
print(repr(repeat(None, times=2)))

def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

check(lambda: count('a'))
check(lambda: count(1, 'b'))
check(lambda: repeat())
check(lambda: repeat('x', 2.5))
check(lambda: cycle(5))
check(lambda: repeat('x').__length_hint__())
print(type(count()).__name__, type(cycle('')).__name__, type(repeat(1)).__name__)

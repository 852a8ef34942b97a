from itertools import (accumulate, chain, compress, dropwhile, filterfalse,
                       groupby, islice, pairwise, starmap, takewhile, tee,
                       zip_longest)
import operator

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=7)), list(accumulate([])))
print(list(accumulate(['a', 'b', 'c'])))
print(list(accumulate([1, 2], func=lambda a, b: a - b, initial=10)))

print(list(chain('ab', [1, 2], (), range(2))))
print(list(chain()), list(chain.from_iterable(['ab', 'cd'])))
ch = chain(1, [2])
print(type(ch).__name__)
try:
    next(ch)
except TypeError as e:
    print('TypeError:', e)
print(list(islice(chain.from_iterable(repeat_ for repeat_ in (['x'] * 3 for _ in range(100))), 5)))

print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(compress('ABC', [1, 1, 1, 1, 1])), list(compress('ABCDE', [0, 1])))

print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, '', 'a', None, []])))

print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
groups = list(groupby('aabbc'))
print([(k, list(g)) for k, g in groups])  # groups invalidated by advancing
g = groupby('xxyy')
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2))
print(list(groupby([])))

print(list(islice('ABCDEFG', 2)))
print(list(islice('ABCDEFG', 2, 4)))
print(list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)))
print(list(islice('ABCDEFG', 1, 100, 3)))
print(list(islice(range(10), None)), list(islice(range(10), None, None, None)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))
print(list(islice(range(5), 0)))

print(list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise('')))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(operator.add, [[1, 2], 'ab'])))

print(list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(zip_longest('AB', [1, 2, 3], [True])))
print(list(zip_longest()))

a, b = tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a))
t = tee('abc', 3)
print(len(t), [list(x) for x in t])
print(tee('abc', 0))
a, b = tee(range(3))
c, d = tee(a)
print(list(c), list(d), list(b))
print(type(a).__name__)


def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


check(lambda: islice([1]))
check(lambda: islice([1], 1, 2, 3, 4))
check(lambda: islice([1], -1))
check(lambda: islice([1], 'a'))
check(lambda: islice([1], -1, 3))
check(lambda: islice([1], 1, -3))
check(lambda: islice([1], 1, -1))
check(lambda: islice([1], 1, 3, 0))
check(lambda: islice([1], 1, 3, 'a'))
check(lambda: islice(1, 3))
check(lambda: islice([1], 2**70))
check(lambda: zip_longest([1], fill=3))
check(lambda: tee([1], -1))
check(lambda: tee([1], 'a'))
check(lambda: list(starmap(pow, [1])))
check(lambda: compress(1, [1]))
check(lambda: pairwise(1))
check(lambda: groupby(None))

from functools import total_ordering, cmp_to_key, singledispatch, singledispatchmethod
from collections.abc import Sequence, Mapping


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, b >= b, b <= b)
print(sorted([Version(3), Version(1, 5), Version(1)]))
print(Version.__gt__.__name__, Version.__le__.__name__)
try:
    a < 3
except TypeError as e:
    print('TypeError:', e)
try:
    a >= 3
except TypeError as e:
    print('TypeError:', e)


@total_ordering
class Rev:
    def __init__(self, v):
        self.v = v

    def __ge__(self, other):
        return self.v >= other.v


print(Rev(1) < Rev(2), Rev(2) <= Rev(2), Rev(3) > Rev(2))

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError:', e)


def by_len_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)


words = ['pear', 'fig', 'apple', 'kiwi', 'date']
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
print(max(words, key=cmp_to_key(by_len_then_alpha)))
K = cmp_to_key(by_len_then_alpha)
k = K('abc')
print(k.obj, K('ab') < K('abc'), K('ab') == K('ab'), K('b') >= K('a'))
try:
    hash(k)
except TypeError as e:
    print('TypeError:', e)


@singledispatch
def describe(obj):
    return 'object %r' % (obj,)


@describe.register
def _(obj: int):
    return 'int %d' % obj


@describe.register(str)
def _(obj):
    return 'str %s' % obj


def _list(obj):
    return 'list of %d' % len(obj)


describe.register(list, _list)


@describe.register
def _(obj: Sequence):
    return 'sequence of %d' % len(obj)


@describe.register(Mapping)
def _(obj):
    return 'mapping %s' % sorted(obj)


print(describe(1), describe(True), describe('x'), describe([1, 2]))
print(describe((1,)), describe({'b': 1, 'a': 2}), describe(1.5), describe(range(3)))
print(describe.dispatch(bool).__name__, describe.dispatch(float) is describe.registry[object])
print(sorted(t.__name__ for t in describe.registry))
try:
    describe()
except TypeError as e:
    print('TypeError:', e)
try:
    describe.register(3)
except TypeError as e:
    print('TypeError:', e)


class Shape:
    @singledispatchmethod
    def area(self, arg):
        raise NotImplementedError('no area for %s' % type(arg).__name__)

    @area.register
    def _(self, arg: int):
        return arg * arg

    @area.register(tuple)
    def _(self, arg):
        return arg[0] * arg[1]


s = Shape()
print(s.area(3), s.area((2, 5)))
try:
    s.area('x')
except NotImplementedError as e:
    print('NotImplementedError:', e)

from collections.abc import (Hashable, Iterable, Iterator, Generator, Reversible, Container,
                             Sized, Callable, Collection, Sequence, MutableSequence, Set,
                             MutableSet, Mapping, MutableMapping, MappingView, KeysView,
                             ItemsView, ValuesView, Awaitable, Coroutine, AsyncIterable,
                             AsyncIterator, AsyncGenerator, ByteString)
import collections.abc


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


samples = [
    ('list', []), ('tuple', ()), ('str', ''), ('bytes', b''), ('bytearray', bytearray()),
    ('dict', {}), ('set', set()), ('frozenset', frozenset()), ('range', range(1)),
    ('int', 1), ('None', None), ('keys', {}.keys()), ('items', {}.items()),
    ('values', {}.values()), ('list_iter', iter([])), ('gen', gen()), ('func', len),
    ('lambda', lambda: 0), ('type', int),
]
abcs = [Hashable, Iterable, Iterator, Generator, Reversible, Container, Sized, Callable,
        Collection, Sequence, MutableSequence, Set, MutableSet, Mapping, MutableMapping,
        ByteString]
for name, obj in samples:
    print('%-10s' % name, ' '.join(a.__name__ for a in abcs if isinstance(obj, a)))

c = coro()
print(isinstance(c, Awaitable), isinstance(c, Coroutine), isinstance(c, Iterable))
c.close()
ag = agen()
print(isinstance(ag, AsyncIterable), isinstance(ag, AsyncIterator), isinstance(ag, AsyncGenerator))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class NotIterable:
    __iter__ = None


print(isinstance(Countdown(3), Iterator), issubclass(Countdown, Iterable), issubclass(NotIterable, Iterable))
print(issubclass(Countdown, Sized), isinstance(Countdown, Callable), isinstance(Countdown(1), Callable))


class Unhashable:
    __hash__ = None


print(isinstance(Unhashable(), Hashable), isinstance(object(), Hashable), issubclass(Countdown, Hashable))


class Span(Sequence):
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __len__(self):
        return max(0, self.hi - self.lo)

    def __getitem__(self, i):
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self.lo + i


s = Span(3, 8)
print(list(s), 5 in s, 9 in s, list(reversed(s)), s.index(6), s.count(4), len(s))
try:
    s.index(100)
except ValueError as e:
    print('ValueError', repr(e))
print(isinstance(s, Reversible), isinstance(s, Collection), issubclass(Span, MutableSequence))
try:
    Sequence()
except TypeError as e:
    print('TypeError:', e)


class Bag(MutableSequence):
    def __init__(self):
        self._d = []

    def __len__(self):
        return len(self._d)

    def __getitem__(self, i):
        return self._d[i]

    def __setitem__(self, i, v):
        self._d[i] = v

    def __delitem__(self, i):
        del self._d[i]

    def insert(self, i, v):
        self._d.insert(i, v)

    def __repr__(self):
        return 'Bag(%r)' % self._d


b = Bag()
b.append(1)
b.extend([2, 3, 4])
b += [5]
b.reverse()
print(b, b.pop(), b.pop(0), b)
b.remove(3)
print(b, len(b))
b.clear()
print(b)


class Registry(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


r = Registry()
r['a'] = 1
r.update({'b': 2}, c=3)
r.update([('d', 4)])
print(sorted(r.items()), r.get('zz', 'dflt'), 'a' in r, r.setdefault('e', 5), r.pop('a'), r.pop('nope', None))
print(list(r.keys()), len(r.values()), list(r.values()), r == {'b': 2, 'c': 3, 'd': 4, 'e': 5}, r != {})
print(('b', 2) in r.items(), 2 in r.values(), r.keys() & {'b', 'x'}, r.keys() | {'z'} == {'b', 'c', 'd', 'e', 'z'})
k, v = r.popitem()
print(k, v, len(r))
r.clear()
print(len(r), dict(r))
try:
    r.popitem()
except KeyError:
    print('KeyError')
try:
    r.pop('x')
except KeyError as e:
    print('KeyError', e)


class Frozen(Set):
    def __init__(self, it=()):
        self._s = list(dict.fromkeys(it))

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(self._s)

    def __len__(self):
        return len(self._s)

    __hash__ = Set._hash


f1, f2 = Frozen([1, 2, 3]), Frozen([2, 3, 4])
print(sorted(f1 & f2), sorted(f1 | f2), sorted(f1 - f2), sorted(f1 ^ f2), f1 <= f2, Frozen([2]) < f1)
print(f1 == Frozen([3, 2, 1]), f1.isdisjoint([7]), hash(f1) == hash(Frozen([3, 1, 2])), f1 == {1, 2, 3})
print(type(f1 & f2).__name__, sorted([5] & Frozen([5, 6])))


class Bits(MutableSet):
    def __init__(self, it=()):
        self._s = set(it)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, x):
        self._s.add(x)

    def discard(self, x):
        self._s.discard(x)


bits = Bits([1, 2])
bits |= {3}
bits -= {1}
bits ^= {2, 9}
print(list(bits), bits.pop(), list(bits))
bits.remove(9)
try:
    bits.remove(9)
except KeyError as e:
    print('KeyError', e)

kv = KeysView({'a': 1})
print(kv, list(kv), ItemsView({'a': 1}), list(ValuesView({'a': 1})), len(MappingView([1, 2])))
print(repr(Iterable[int]), repr(Mapping[str, list[int]] if False else Mapping[str, int]), Callable[[int], str])
print(collections.abc.Sequence is Sequence, Sequence.__module__)

from functools import lru_cache, cache, cached_property


calls = []


@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


print(sq(2), sq(3), sq(2), sq(4), sq(3), sq(2))
print(calls)
print(sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, type(info).__name__, info._fields)
print(sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info(), sq.__name__, sq.__wrapped__(5))


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@cache
def fact(n):
    return n * fact(n - 1) if n else 1


print(fact(20), fact.cache_info(), fact.cache_parameters())


@lru_cache(maxsize=None, typed=True)
def ident(x):
    return type(x).__name__


print(ident(1), ident(1.0), ident(True), ident.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x


print(nocache(1), nocache(1), nocache.cache_info())


@lru_cache()
def kw(a, b=1, *, c=2):
    return a + b + c


print(kw(1), kw(1, 1), kw(1, b=1), kw(b=1, a=1), kw(1, c=2), kw.cache_info())


@lru_cache(maxsize=10)
def untyped(x):
    return repr(x)


print(untyped(1), untyped(1.0), untyped(2.0), untyped(2), untyped.cache_info())


@lru_cache(maxsize=-5)
def neg(x):
    return x


print(neg(1), neg(1), neg.cache_info())

try:
    sq([1])
except TypeError as e:
    print('TypeError:', e)
try:
    lru_cache('x')
except TypeError as e:
    print('TypeError:', e)


class Thing:
    def __init__(self, n):
        self.n = n

    @lru_cache(maxsize=None)
    def doubled(self):
        print('computing', self.n)
        return self.n * 2

    @cached_property
    def label(self):
        """The label."""
        print('labelling', self.n)
        return 'thing-%d' % self.n


t = Thing(4)
print(t.doubled(), t.doubled(), Thing.doubled.cache_info().hits)
print(t.label, t.label, t.__dict__)
t.label = 'manual'
print(t.label)
del t.label
print(t.label)
print(type(Thing.label).__name__, Thing.label.attrname, Thing.label.__doc__)


class Slotted:
    __slots__ = ('a',)

    @cached_property
    def prop(self):
        return 1


try:
    Slotted().prop
except TypeError as e:
    print('TypeError:', e)

cp = cached_property(lambda self: 1)
try:
    cp.__get__(Thing(1), Thing)
except TypeError as e:
    print('TypeError:', e)

try:
    class Twice:
        x = cached_property(lambda self: 1)
        y = x
except (TypeError, RuntimeError) as e:
    print(e.__cause__ or e)

"""Abstract base classes for containers (collections.abc): Hashable,
Iterable, Iterator, Generator, Reversible, Container, Sized, Callable,
Collection, Sequence, MutableSequence, ByteString, Set, MutableSet,
Mapping, MutableMapping, the mapping views, Awaitable, Coroutine,
AsyncIterable, AsyncIterator, AsyncGenerator and Buffer, with their mixin
methods.  Structural ABCs recognise classes defining the right methods
(__subclasshook__); the builtin types are registered with the ABCs they
implement."""

from abc import ABCMeta, abstractmethod
import builtins
import sys

from types import GenericAlias

__all__ = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator',
           'AsyncGenerator', 'Hashable', 'Iterable', 'Iterator', 'Generator',
           'Reversible', 'Sized', 'Container', 'Callable', 'Collection',
           'Set', 'MutableSet', 'Mapping', 'MutableMapping', 'MappingView',
           'KeysView', 'ItemsView', 'ValuesView', 'Sequence',
           'MutableSequence', 'ByteString', 'Buffer']

def _check_methods(C, *methods):
    """True when every method is defined (and not set to None) somewhere on
    C's MRO, else NotImplemented."""
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


# Builtin types whose instances are unhashable (their __hash__ is None).
_UNHASHABLE = {list, dict, set, bytearray, slice,
               type({}.keys()), type({}.items())}


# -- one-trick ponies --------------------------------------------------------

class Hashable(metaclass=ABCMeta):
    """Objects supporting hash()."""

    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hashable:
            if C in _UNHASHABLE or getattr(C, '__hash__', None) is None:
                return False
            return _check_methods(C, '__hash__')
        return NotImplemented


class Awaitable(metaclass=ABCMeta):
    """Objects usable in an await expression."""

    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Awaitable:
            return _check_methods(C, '__await__')
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class Coroutine(Awaitable):
    """Awaitables with send, throw and close."""

    __slots__ = ()

    @abstractmethod
    def send(self, value):
        """Send a value into the coroutine."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception in the coroutine."""
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        """Raise GeneratorExit inside the coroutine."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError('coroutine ignored GeneratorExit')

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Coroutine:
            return _check_methods(C, '__await__', 'send', 'throw', 'close')
        return NotImplemented


class AsyncIterable(metaclass=ABCMeta):
    """Objects usable in async for."""

    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterable:
            return _check_methods(C, '__aiter__')
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class AsyncIterator(AsyncIterable):
    """Asynchronous iterators: __anext__ and __aiter__."""

    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        """Return the next item or raise StopAsyncIteration."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncIterator:
            return _check_methods(C, '__anext__', '__aiter__')
        return NotImplemented


class AsyncGenerator(AsyncIterator):
    """Asynchronous generators: asend, athrow and aclose."""

    __slots__ = ()

    async def __anext__(self):
        """Return the next item from the asynchronous generator."""
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        """Send a value into the asynchronous generator."""
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        """Raise an exception in the asynchronous generator."""
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    async def aclose(self):
        """Raise GeneratorExit inside the asynchronous generator."""
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            pass
        else:
            raise RuntimeError('asynchronous generator ignored GeneratorExit')

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AsyncGenerator:
            return _check_methods(C, '__aiter__', '__anext__', 'asend',
                                  'athrow', 'aclose')
        return NotImplemented


class Iterable(metaclass=ABCMeta):
    """Objects supporting iter()."""

    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterable:
            return _check_methods(C, '__iter__')
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class Iterator(Iterable):
    """Iterators: __next__ and __iter__ returning self."""

    __slots__ = ()

    @abstractmethod
    def __next__(self):
        """Return the next item or raise StopIteration."""
        raise StopIteration

    def __iter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Iterator:
            return _check_methods(C, '__iter__', '__next__')
        return NotImplemented


class Reversible(Iterable):
    """Iterables supporting reversed()."""

    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Reversible:
            return _check_methods(C, '__reversed__', '__iter__')
        return NotImplemented


class Generator(Iterator):
    """Generators: send, throw and close."""

    __slots__ = ()

    def __next__(self):
        """Return the next item from the generator."""
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Send a value into the generator."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception in the generator."""
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        """Raise GeneratorExit inside the generator."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError('generator ignored GeneratorExit')

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Generator:
            return _check_methods(C, '__iter__', '__next__', 'send', 'throw',
                                  'close')
        return NotImplemented


class Sized(metaclass=ABCMeta):
    """Objects supporting len()."""

    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return _check_methods(C, '__len__')
        return NotImplemented


class Container(metaclass=ABCMeta):
    """Objects supporting the in operator."""

    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Container:
            return _check_methods(C, '__contains__')
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class Collection(Sized, Iterable, Container):
    """Sized iterable containers."""

    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Collection:
            return _check_methods(C, '__len__', '__iter__', '__contains__')
        return NotImplemented


class Buffer(metaclass=ABCMeta):
    """Objects supporting the buffer protocol (__buffer__)."""

    __slots__ = ()

    @abstractmethod
    def __buffer__(self, flags, /):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Buffer:
            return _check_methods(C, '__buffer__')
        return NotImplemented


class Callable(metaclass=ABCMeta):
    """Objects supporting calls."""

    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Callable:
            return _check_methods(C, '__call__')
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


# -- sets --------------------------------------------------------------------

class Set(Collection):
    """Read-only sets: the mixin methods implement comparisons and the
    & | - ^ operators and isdisjoint on top of __contains__, __iter__ and
    __len__."""

    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        """Construct an instance of the class from an iterable (override
        when the constructor has a different signature)."""
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        """True when the two sets have no element in common."""
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(e for s in (self, other) for e in s)

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self
                                   if value not in other)

    def __rsub__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in other
                                   if value not in self)

    def __xor__(self, other):
        if not isinstance(other, Set):
            if not isinstance(other, Iterable):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """A hash value computed like frozenset's, for hashable Set
        subclasses (__hash__ = Set._hash)."""
        MAX = sys.maxsize
        MASK = 2 * MAX + 1
        n = len(self)
        h = 1927868237 * (n + 1)
        h &= MASK
        for x in self:
            hx = hash(x)
            h ^= (hx ^ (hx << 16) ^ 89869747) * 3644798167
            h &= MASK
        h ^= (h >> 11) ^ (h >> 25)
        h = h * 69069 + 907133923
        h &= MASK
        if h > MAX:
            h -= MASK + 1
        if h == -1:
            h = 590923713
        return h


class MutableSet(Set):
    """Mutable sets: add and discard are abstract; remove, pop, clear and
    the in-place operators are mixins."""

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Add an element."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Remove an element, doing nothing when it is absent."""
        raise NotImplementedError

    def remove(self, value):
        """Remove an element; KeyError when it is absent."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Remove and return an arbitrary element; KeyError when empty."""
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        """Remove every element."""
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not isinstance(it, Set):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


# -- mappings ----------------------------------------------------------------

class Mapping(Collection):
    """Read-only mappings: __getitem__, __iter__ and __len__ are abstract;
    get, __contains__, keys, items, values, __eq__ and __ne__ are mixins."""

    __slots__ = ()
    __abc_tpflags__ = 1 << 6  # a mapping for the match statement

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """D[key] if key is in D, else default."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MappingView(Sized):
    """Base class of the mapping views: wraps a mapping."""

    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._mapping)

    __class_getitem__ = classmethod(GenericAlias)


class KeysView(MappingView, Set):
    """Set-like view of a mapping's keys."""

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    """Set-like view of a mapping's (key, value) pairs."""

    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    """View of a mapping's values."""

    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class MutableMapping(Mapping):
    """Mutable mappings: __setitem__ and __delitem__ are abstract; pop,
    popitem, clear, update and setdefault are mixins."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    __marker = object()

    def pop(self, key, default=__marker):
        """Remove key and return its value, else default (KeyError when no
        default is given)."""
        try:
            value = self[key]
        except KeyError:
            if default is self.__marker:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Remove and return some (key, value) pair; KeyError when empty."""
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """Remove every item."""
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        """Update from a mapping, an object with keys(), or an iterable of
        pairs, then from the keyword arguments."""
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        """D[key] if key is in D, else set D[key] = default and return it."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# -- sequences ---------------------------------------------------------------

class Sequence(Reversible, Collection):
    """Read-only sequences: __getitem__ and __len__ are abstract;
    __iter__, __contains__, __reversed__, index and count are mixins."""

    __slots__ = ()
    __abc_tpflags__ = 1 << 5  # a sequence for the match statement

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        """The first index of value (within start:stop); ValueError when
        it is absent."""
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        """The number of occurrences of value."""
        return sum(1 for v in self if v is value or v == value)


class ByteString(Sequence):
    """Deprecated: bytes and bytearray."""

    __slots__ = ()


class MutableSequence(Sequence):
    """Mutable sequences: __setitem__, __delitem__ and insert are abstract;
    append, clear, reverse, extend, pop, remove and += are mixins."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """Insert value before index."""
        raise IndexError

    def append(self, value):
        """Append value to the end."""
        self.insert(len(self), value)

    def clear(self):
        """Remove every item."""
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        """Reverse in place."""
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        """Append the items of values."""
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        """Remove and return the item at index (default last)."""
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        """Remove the first occurrence of value; ValueError when absent."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# -- registration of the builtin types ---------------------------------------

def _type_of(make):
    try:
        return type(make())
    except Exception:
        return None


def _register_all(abc, *types):
    for t in types:
        if t is not None and isinstance(t, type):
            abc.register(t)


async def _coro():
    pass


async def _agen():
    yield


def _gen():
    yield


def _make_coro():
    c = _coro()
    c.close()
    return c


class _CallableProbe:
    def method(self):
        pass


_register_all(Iterator,
              _type_of(lambda: iter(b'')), _type_of(lambda: iter(bytearray())),
              _type_of(lambda: iter({}.keys())),
              _type_of(lambda: iter({}.values())),
              _type_of(lambda: iter({}.items())), _type_of(lambda: iter([])),
              _type_of(lambda: iter(reversed([]))),
              _type_of(lambda: iter(range(0))),
              _type_of(lambda: iter(range(1 << 1000))),
              _type_of(lambda: iter(set())), _type_of(lambda: iter('')),
              _type_of(lambda: iter(())), _type_of(lambda: iter(zip())),
              _type_of(lambda: map(len, [])),
              _type_of(lambda: filter(None, [])),
              _type_of(lambda: enumerate([])), _type_of(lambda: reversed(())))
_register_all(Generator, _type_of(_gen))
_register_all(Coroutine, _type_of(_make_coro))
_register_all(AsyncGenerator, _type_of(_agen))
_register_all(Callable, type, _type_of(lambda: len),
              _type_of(lambda: _gen), _type_of(lambda: [].append),
              _type_of(lambda: _CallableProbe().method),
              _type_of(lambda: object.__init__), _type_of(lambda: str.join),
              _type_of(lambda: (1).__add__), staticmethod)
_register_all(Set, frozenset)
_register_all(MutableSet, set)
_register_all(Sequence, tuple, str, range,
              getattr(builtins, 'memoryview', None))
_register_all(ByteString, bytes, bytearray)
_register_all(MutableSequence, list, bytearray)
_register_all(MutableMapping, dict)
_register_all(KeysView, _type_of(lambda: {}.keys()))
_register_all(ValuesView, _type_of(lambda: {}.values()))
_register_all(ItemsView, _type_of(lambda: {}.items()))
_register_all(Reversible, dict, _type_of(lambda: {}.keys()),
              _type_of(lambda: {}.values()), _type_of(lambda: {}.items()))

"""Specialized container datatypes: deque (a ring buffer with O(1) appends
and pops at both ends), defaultdict, namedtuple, OrderedDict, Counter,
ChainMap, and the UserDict / UserList / UserString wrappers.  The
container ABCs live in the collections.abc submodule."""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']

import sys as _sys
from itertools import chain as _chain, repeat as _repeat, \
    starmap as _starmap
from keyword import iskeyword as _iskeyword
from operator import eq as _eq, itemgetter as _itemgetter
from types import GenericAlias as _GenericAlias

from collections import abc as _abc
from collections.abc import MutableMapping as _MutableMapping, \
    MutableSequence as _MutableSequence, Sequence as _Sequence, \
    Mapping as _Mapping, KeysView as _KeysView, ItemsView as _ItemsView, \
    ValuesView as _ValuesView

abc = _abc


# -- recursion guard for reprs ----------------------------------------------

_repr_running = set()


def _guarded_repr(fill):
    """Decorator for __repr__ methods: a recursive call for the same
    object returns `fill` instead of recursing forever."""
    def decorate(user_function):
        def wrapper(self):
            key = id(self)
            if key in _repr_running:
                return fill
            _repr_running.add(key)
            try:
                return user_function(self)
            finally:
                _repr_running.discard(key)
        wrapper.__name__ = user_function.__name__
        wrapper.__qualname__ = user_function.__qualname__
        wrapper.__doc__ = user_function.__doc__
        return wrapper
    return decorate


# -- deque -------------------------------------------------------------------

def _as_index(i):
    if isinstance(i, int):
        return int(i)
    meth = getattr(type(i), '__index__', None)
    if meth is None:
        raise TypeError('sequence index must be integer, not %r'
                        % type(i).__name__)
    return meth(i)


class _MaxlenDescriptor:
    """deque.maxlen: maximum size of the deque, or None if unbounded
    (read-only)."""

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance._maxlen

    def __set__(self, instance, value):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' "
                             "objects is not writable")


class deque:
    """deque([iterable[, maxlen]]): a double-ended queue with O(1)
    appends and pops at both ends, optionally bounded by maxlen (items are
    discarded from the opposite end when a bounded deque is full)."""

    __slots__ = ('_buf', '_head', '_len', '_maxlen', '_state', '__weakref__',
                 '__dict__')

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._buf = [None] * 8
        self._head = 0
        self._len = 0
        self._maxlen = None
        self._state = 0
        return self

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        if self._len:
            self.clear()
        if iterable is not ():
            self.extend(iterable)

    # ring buffer internals

    def _grow(self):
        buf = self._buf
        cap = len(buf)
        head = self._head
        new = buf[head:] + buf[:head]
        new.extend([None] * cap)
        self._buf = new
        self._head = 0

    def _slot(self, i):
        return (self._head + i) & (len(self._buf) - 1)

    def _norm_index(self, i):
        i = _as_index(i)
        n = self._len
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        return i

    # the ends

    def append(self, x):
        """Add x to the right end."""
        n = self._len
        buf = self._buf
        maxlen = self._maxlen
        if maxlen is not None and n >= maxlen:
            if maxlen == 0:
                return
            self._popleft_raw()
            n -= 1
        elif n == len(buf):
            self._grow()
            buf = self._buf
        buf[(self._head + n) & (len(buf) - 1)] = x
        self._len = n + 1
        self._state += 1

    def appendleft(self, x):
        """Add x to the left end."""
        n = self._len
        buf = self._buf
        maxlen = self._maxlen
        if maxlen is not None and n >= maxlen:
            if maxlen == 0:
                return
            self._pop_raw()
            n -= 1
        elif n == len(buf):
            self._grow()
            buf = self._buf
        head = (self._head - 1) & (len(buf) - 1)
        buf[head] = x
        self._head = head
        self._len = n + 1
        self._state += 1

    def _pop_raw(self):
        n = self._len - 1
        buf = self._buf
        k = (self._head + n) & (len(buf) - 1)
        x = buf[k]
        buf[k] = None
        self._len = n
        return x

    def _popleft_raw(self):
        buf = self._buf
        k = self._head
        x = buf[k]
        buf[k] = None
        self._head = (k + 1) & (len(buf) - 1)
        self._len -= 1
        return x

    def pop(self):
        """Remove and return the rightmost item."""
        n = self._len
        if not n:
            raise IndexError('pop from an empty deque')
        n -= 1
        buf = self._buf
        k = (self._head + n) & (len(buf) - 1)
        x = buf[k]
        buf[k] = None
        self._len = n
        self._state += 1
        return x

    def popleft(self):
        """Remove and return the leftmost item."""
        if not self._len:
            raise IndexError('pop from an empty deque')
        buf = self._buf
        k = self._head
        x = buf[k]
        buf[k] = None
        self._head = (k + 1) & (len(buf) - 1)
        self._len -= 1
        self._state += 1
        return x

    def extend(self, iterable):
        """Append the items of iterable to the right end."""
        if iterable is self:
            iterable = list(iterable)
        append = self.append
        for x in iterable:
            append(x)

    def extendleft(self, iterable):
        """Append the items of iterable to the left end (so they end up in
        reverse order)."""
        if iterable is self:
            iterable = list(iterable)
        appendleft = self.appendleft
        for x in iterable:
            appendleft(x)

    def clear(self):
        """Remove every item."""
        self._buf = [None] * 8
        self._head = 0
        self._len = 0
        self._state += 1

    def rotate(self, n=1):
        """Rotate n steps to the right (to the left when n is negative)."""
        n = _as_index(n) if not isinstance(n, int) else n
        length = self._len
        if length <= 1:
            return
        n %= length
        if n == 0:
            return
        items = self._items()
        items = items[-n:] + items[:-n]
        self._load(items)
        self._state += 1

    # whole-content helpers

    def _items(self):
        buf = self._buf
        head = self._head
        end = head + self._len
        cap = len(buf)
        if end <= cap:
            return buf[head:end]
        return buf[head:] + buf[:end - cap]

    def _load(self, items):
        cap = 8
        while cap < len(items):
            cap *= 2
        buf = list(items)
        buf.extend([None] * (cap - len(items)))
        self._buf = buf
        self._head = 0
        self._len = len(items)

    # sequence protocol

    def __len__(self):
        return self._len

    def __bool__(self):
        return self._len != 0

    def __getitem__(self, i):
        i = self._norm_index(i)
        return self._buf[self._slot(i)]

    def __setitem__(self, i, x):
        i = self._norm_index(i)
        self._buf[self._slot(i)] = x

    def __delitem__(self, i):
        i = self._norm_index(i)
        items = self._items()
        del items[i]
        self._load(items)
        self._state += 1

    def __iter__(self):
        return _deque_iterator(self)

    def __reversed__(self):
        return _deque_reverse_iterator(self)

    def __contains__(self, x):
        state = self._state
        for i in range(self._len):
            item = self._buf[self._slot(i)]
            if item is x or item == x:
                return True
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return False

    def count(self, x):
        """The number of items equal to x."""
        state = self._state
        n = 0
        for i in range(self._len):
            item = self._buf[self._slot(i)]
            if item is x or item == x:
                n += 1
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return n

    def index(self, x, start=0, stop=_sys.maxsize):
        """The first index of x within start:stop; ValueError if absent."""
        n = self._len
        start = _as_index(start)
        stop = _as_index(stop)
        if start < 0:
            start += n
            if start < 0:
                start = 0
        if stop < 0:
            stop += n
            if stop < 0:
                stop = 0
        if stop > n:
            stop = n
        state = self._state
        for i in range(start, stop):
            item = self._buf[self._slot(i)]
            if item is x or item == x:
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError('%r is not in deque' % (x,))

    def insert(self, i, x):
        """Insert x before index i."""
        if self._maxlen is not None and self._len >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        i = _as_index(i)
        items = self._items()
        items.insert(i, x)
        self._load(items)
        self._state += 1

    def remove(self, value):
        """Remove the first item equal to value; ValueError if absent."""
        state = self._state
        for i in range(self._len):
            item = self._buf[self._slot(i)]
            if item is value or item == value:
                if state != self._state:
                    raise IndexError('deque mutated during remove().')
                del self[i]
                return
            if state != self._state:
                raise IndexError('deque mutated during remove().')
        raise ValueError('%r is not in deque' % (value,))

    def reverse(self):
        """Reverse the items in place."""
        items = self._items()
        items.reverse()
        self._load(items)

    maxlen = _MaxlenDescriptor()

    def copy(self):
        """A shallow copy."""
        if type(self) is deque:
            return deque(self, self._maxlen)
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        if self._maxlen is None:
            return (type(self), (), state, iter(self))
        return (type(self), ((), self._maxlen), state, iter(self))

    # operators

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.copy()
        new.__imul__(n)
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _as_index(n)
        if n <= 0 or not self._len:
            self.clear()
            return self
        items = self._items()
        reps = n - 1
        if self._maxlen is not None:
            reps = min(reps, self._maxlen // len(items) + 1)
        for _ in range(reps):
            self.extend(items)
        return self

    def _cmp_items(self, other):
        if not isinstance(other, deque):
            return None
        return self._items(), other._items()

    def __eq__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] == p[1]

    def __ne__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] != p[1]

    def __lt__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] < p[1]

    def __le__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] <= p[1]

    def __gt__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] > p[1]

    def __ge__(self, other):
        p = self._cmp_items(other)
        return NotImplemented if p is None else p[0] >= p[1]

    __hash__ = None

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            body = repr(self._items())
        finally:
            _repr_running.discard(key)
        name = type(self).__name__
        if self._maxlen is None:
            return '%s(%s)' % (name, body)
        return '%s(%s, maxlen=%d)' % (name, body, self._maxlen)

    __class_getitem__ = classmethod(_GenericAlias)


class _deque_iterator:
    """Iterator over a deque; fails if the deque is mutated meanwhile."""

    __slots__ = ('_deque', '_index', '_state', '_counter')

    def __init__(self, d):
        self._deque = d
        self._index = 0
        self._state = d._state
        self._counter = d._len

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d._state != self._state:
            self._counter = 0
            raise RuntimeError('deque mutated during iteration')
        if self._counter == 0:
            raise StopIteration
        x = d._buf[d._slot(self._index)]
        self._index += 1
        self._counter -= 1
        return x

    def __length_hint__(self):
        return self._counter


class _deque_reverse_iterator(_deque_iterator):
    """Reverse iterator over a deque."""

    __slots__ = ()

    def __init__(self, d):
        super().__init__(d)
        self._index = d._len - 1

    def __next__(self):
        d = self._deque
        if d._state != self._state:
            self._counter = 0
            raise RuntimeError('deque mutated during iteration')
        if self._counter == 0:
            raise StopIteration
        x = d._buf[d._slot(self._index)]
        self._index -= 1
        self._counter -= 1
        return x


_deque_iterator.__module__ = '_collections'
_deque_reverse_iterator.__module__ = '_collections'
_MutableSequence.register(deque)


# -- defaultdict -------------------------------------------------------------

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]): a dict that calls
    default_factory() to supply a value for a missing key."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            frepr = 'None'
        else:
            key = id(factory)
            if key in _repr_running:
                frepr = '...'
            else:
                _repr_running.add(key)
                try:
                    frepr = repr(factory)
                finally:
                    _repr_running.discard(key)
        return '%s(%s, %s)' % (type(self).__name__, frepr,
                               dict.__repr__(self))

    def copy(self):
        """A shallow copy."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None \
            else ()
        return (type(self), args, None, None, iter(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


# -- namedtuple --------------------------------------------------------------

class _tuplegetter:
    """Read-only descriptor returning item `index` of a named tuple."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")


_tuplegetter.__module__ = '_collections'


def namedtuple(typename, field_names, *, rename=False, defaults=None,
               module=None):
    """Return a new tuple subclass named typename whose items are also
    accessible as the named attributes (Point = namedtuple('Point',
    'x y'))."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name)
                    or name.startswith('_') or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % (name,))
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % (name,))

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             '%r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))

    field_names = tuple(field_names)
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join('%s=%%r' % name for name in field_names) + ')'
    tuple_new = tuple.__new__

    namespace = {'_tuple_new': tuple_new, '__builtins__': {},
                 '__name__': 'namedtuple_%s' % typename}
    code = 'lambda _cls, %s: _tuple_new(_cls, (%s))' % (arg_list, arg_list)
    __new__ = eval(code, namespace)
    __new__.__name__ = '__new__'
    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, arg_list)
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError('Expected %d arguments, got %d'
                            % (num_fields, len(result)))
        return result

    _make.__func__.__doc__ = ('Make a new %s object from a sequence or '
                              'iterable' % typename)

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return result

    _replace.__doc__ = ('Return a new %s object replacing specified fields '
                        'with new values' % typename)

    def __repr__(self):
        """Return a nicely formatted representation string"""
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """Return self as a plain tuple.  Used by copy and pickle."""
        return tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict,
                   __getnewargs__):
        method.__qualname__ = '%s.%s' % (typename, method.__name__)

    class_namespace = {
        '__doc__': '%s(%s)' % (typename, arg_list),
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = _tuplegetter(
            index, 'Alias for field number %d' % index)

    result = type(typename, (tuple,), class_namespace)

    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    if module is not None:
        result.__module__ = module
    return result


# -- OrderedDict -------------------------------------------------------------

class odict_keys(_KeysView):
    """View of an OrderedDict's keys."""

    __slots__ = ()

    def __reversed__(self):
        return reversed(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, list(self))


class odict_values(_ValuesView):
    """View of an OrderedDict's values."""

    __slots__ = ()

    def __reversed__(self):
        m = self._mapping
        for key in reversed(m):
            yield m[key]

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, list(self))


class odict_items(_ItemsView):
    """View of an OrderedDict's (key, value) pairs."""

    __slots__ = ()

    def __reversed__(self):
        m = self._mapping
        for key in reversed(m):
            yield (key, m[key])

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, list(self))


class OrderedDict(dict):
    """A dict that remembers insertion order and can reorder it
    (move_to_end, popitem(last=False)); equality with another OrderedDict
    is order-sensitive."""

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    update = _MutableMapping.update

    def popitem(self, last=True):
        """Remove and return a (key, value) pair, from the end if last is
        true, else from the beginning."""
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        """Move an existing key to the end (or the beginning if last is
        false); KeyError if it is absent."""
        if last:
            value = dict.pop(self, key)
            dict.__setitem__(self, key, value)
            return
        if key not in self:
            raise KeyError(key)
        items = list(dict.items(self))
        dict.clear(self)
        for k, v in items:
            if k is key or k == key:
                dict.__setitem__(self, k, v)
                break
        for k, v in items:
            if not (k is key or k == key):
                dict.__setitem__(self, k, v)

    def keys(self):
        """A set-like view of the keys, in order."""
        return odict_keys(self)

    def values(self):
        """A view of the values, in order."""
        return odict_values(self)

    def items(self):
        """A set-like view of the items, in order."""
        return odict_items(self)

    __marker = object()

    def pop(self, key, default=__marker):
        """Remove key and return its value, else default (KeyError if no
        default is given)."""
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default is self.__marker:
            raise KeyError(key)
        return default

    def setdefault(self, key, default=None):
        """od[key] if key is in od, else set od[key] = default."""
        if key in self:
            return self[key]
        self[key] = default
        return default

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        name = type(self).__name__
        if not self:
            return '%s()' % name
        _repr_running.add(key)
        try:
            return '%s(%r)' % (name, list(dict.items(self)))
        finally:
            _repr_running.discard(key)

    def __reduce__(self):
        state = dict(vars(self)) or None
        return (type(self), (), state, None, iter(dict.items(self)))

    def copy(self):
        """A shallow copy."""
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """A new ordered dictionary with keys from iterable, each mapped to
        value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and all(map(_eq, self, other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# -- Counter -----------------------------------------------------------------

def _count_elements(mapping, iterable):
    get = mapping.get
    for elem in iterable:
        mapping[elem] = get(elem, 0) + 1


class Counter(dict):
    """A dict subclass for counting hashable items: missing items count
    as zero; most_common, elements, update/subtract, total and the
    multiset operators + - & | are provided."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """Sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """The n most common elements and their counts, most common first
        (all of them when n is None); ties keep insertion order."""
        items = sorted(self.items(), key=_itemgetter(1), reverse=True)
        if n is None:
            return items
        if n < 0:
            n = 0
        return items[:n]

    def elements(self):
        """An iterator over the elements, each repeated as many times as
        its count (elements with a count below one are skipped)."""
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use '
                                  'Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts from an iterable of elements or from a mapping of
        counts (and from the keyword arguments)."""
        if iterable is not None:
            if isinstance(iterable, _Mapping):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts from an iterable of elements or a mapping of
        counts; counts may become zero or negative."""
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, _Mapping):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A shallow copy."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            try:
                d = dict(self.most_common())
            except TypeError:
                d = dict(self)
            return '%s(%r)' % (self.__class__.__name__, d)
        finally:
            _repr_running.discard(key)

    # rich comparisons treat missing elements as zero counts

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # multiset operations keep only positive counts

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


# -- ChainMap ----------------------------------------------------------------

class ChainMap(_MutableMapping):
    """A view of several mappings as one: lookups search the mappings in
    order; writes, updates and deletions go to the first mapping."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        """D[key] if key is in D, else default."""
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_guarded_repr('...')
    def __repr__(self):
        return '%s(%s)' % (self.__class__.__name__,
                           ', '.join(map(repr, self.maps)))

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A ChainMap with a new dict built by dict.fromkeys."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A new ChainMap with a copy of maps[0] and the other maps."""
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A new ChainMap with a new map (m, or a new dict with the keyword
        arguments) followed by the current maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """A new ChainMap of all the maps but the first."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r'
                           % (key,)) from None

    def popitem(self):
        """Remove and return a pair from maps[0]; KeyError if empty."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.') from None

    def pop(self, key, *args):
        """Remove key from maps[0] and return its value."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r'
                           % (key,)) from None

    def clear(self):
        """Clear maps[0]."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


# -- UserDict ----------------------------------------------------------------

class UserDict(_MutableMapping):
    """A dict-like class wrapping a real dict in its `data` attribute,
    for easy subclassing."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, '__missing__'):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        """D[key] if key is in D, else default."""
        if key in self:
            return self[key]
        return default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__['data'] = self.__dict__['data'].copy()
        return inst

    def copy(self):
        """A shallow copy."""
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            c = copy.copy(self)
        finally:
            self.data = data
        c.update(self)
        return c

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """A new instance with keys from iterable, each mapped to value."""
        d = cls()
        for key in iterable:
            d[key] = value
        return d


# -- UserList ----------------------------------------------------------------

class UserList(_MutableSequence):
    """A list-like class wrapping a real list in its `data` attribute,
    for easy subclassing."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self.__cast(other)

    def __le__(self, other):
        return self.data <= self.__cast(other)

    def __eq__(self, other):
        return self.data == self.__cast(other)

    def __gt__(self, other):
        return self.data > self.__cast(other)

    def __ge__(self, other):
        return self.data >= self.__cast(other)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__['data'] = self.__dict__['data'][:]
        return inst

    def append(self, item):
        """Append item to the end."""
        self.data.append(item)

    def insert(self, i, item):
        """Insert item before index i."""
        self.data.insert(i, item)

    def pop(self, i=-1):
        """Remove and return the item at index i (default last)."""
        return self.data.pop(i)

    def remove(self, item):
        """Remove the first occurrence of item."""
        self.data.remove(item)

    def clear(self):
        """Remove every item."""
        self.data.clear()

    def copy(self):
        """A shallow copy."""
        return self.__class__(self)

    def count(self, item):
        """Number of occurrences of item."""
        return self.data.count(item)

    def index(self, item, *args):
        """First index of item."""
        return self.data.index(item, *args)

    def reverse(self):
        """Reverse in place."""
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        """Sort in place."""
        self.data.sort(*args, **kwds)

    def extend(self, other):
        """Append the items of other."""
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


# -- UserString --------------------------------------------------------------

class UserString(_Sequence):
    """A str-like class wrapping a real str in its `data` attribute, for
    easy subclassing; str methods returning strings return instances of
    the class."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        if isinstance(string, UserString):
            return self.data == string.data
        return self.data == string

    def __lt__(self, string):
        if isinstance(string, UserString):
            return self.data < string.data
        return self.data < string

    def __le__(self, string):
        if isinstance(string, UserString):
            return self.data <= string.data
        return self.data <= string

    def __gt__(self, string):
        if isinstance(string, UserString):
            return self.data > string.data
        return self.data > string

    def __ge__(self, string):
        if isinstance(string, UserString):
            return self.data >= string.data
        return self.data >= string

    def __contains__(self, char):
        if isinstance(char, UserString):
            char = char.data
        return char in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def format(self, /, *args, **kwds):
        """str.format on the data (returns a str)."""
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        """str.format_map on the data (returns a str)."""
        return self.data.format_map(mapping)

    def encode(self, encoding='utf-8', errors='strict'):
        """str.encode on the data."""
        return self.data.encode(encoding, errors)

    def join(self, seq):
        """str.join on the data (returns a str)."""
        return self.data.join(seq)

    maketrans = str.maketrans


def _unwrap(args):
    return tuple(a.data if isinstance(a, UserString) else a for a in args)


def _string_method(name, wrap):
    meth = getattr(str, name)

    if wrap:
        def method(self, /, *args, **kwargs):
            return self.__class__(meth(self.data, *_unwrap(args), **kwargs))
    else:
        def method(self, /, *args, **kwargs):
            return meth(self.data, *_unwrap(args), **kwargs)
    method.__name__ = name
    method.__qualname__ = 'UserString.' + name
    method.__doc__ = 'str.%s on the data.' % name
    return method


for _name in ('capitalize', 'casefold', 'center', 'expandtabs', 'ljust',
              'lower', 'lstrip', 'removeprefix', 'removesuffix', 'replace',
              'rjust', 'rstrip', 'strip', 'swapcase', 'title', 'translate',
              'upper', 'zfill'):
    setattr(UserString, _name, _string_method(_name, True))
for _name in ('count', 'endswith', 'find', 'index', 'isalpha', 'isalnum',
              'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower',
              'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper',
              'partition', 'rfind', 'rindex', 'rpartition', 'rsplit',
              'split', 'splitlines', 'startswith'):
    setattr(UserString, _name, _string_method(_name, False))
del _name

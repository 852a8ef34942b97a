"""Weak references: ref (the native _weakref.ref type), proxy,
WeakMethod, WeakValueDictionary, WeakKeyDictionary, WeakSet and
finalize.

The containers never keep their weakly held objects alive: an entry
disappears as soon as its object is freed (the native weak reference
callbacks remove it).  Keys of WeakKeyDictionary and members of WeakSet
are compared by the objects' own __eq__/__hash__, as in CPython."""

from _weakref import ref
import collections.abc as _abc

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs',
           'WeakKeyDictionary', 'ReferenceType', 'ProxyType', 'KeyedRef',
           'CallableProxyType', 'ProxyTypes', 'WeakValueDictionary',
           'WeakSet', 'WeakMethod', 'finalize']

ReferenceType = ref

_DEAD = 'weakly-referenced object no longer exists'


# -- proxies -----------------------------------------------------------------

def _target(p):
    obj = object.__getattribute__(p, '_proxy_ref')()
    if obj is None:
        raise ReferenceError(_DEAD)
    return obj


class ProxyType:
    """A proxy forwarding attribute access and operators to a weakly
    referenced object; ReferenceError once the object is gone."""

    __slots__ = ('_proxy_ref', '__weakref__')

    def __init__(self, obj, callback=None):
        if callback is None:
            r = ref(obj)
        else:
            def cb(_r, me_ref=ref(me)):
                p = me_ref()
                if p is not None:
                    callback(p)
            r = ref(obj, cb)
        object.__setattr__(self, '_proxy_ref', r)

    def __getattribute__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        obj = object.__getattribute__(self, '_proxy_ref')()
        if obj is None:
            return '<weakproxy at %#x; dead>' % id(self)
        return '<weakproxy at %#x; to %r at %#x>' % (
            id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(_target(self))

    def __bytes__(self):
        return bytes(_target(self))

    def __bool__(self):
        return bool(_target(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.ProxyType'")

    def __len__(self):
        return len(_target(self))

    def __iter__(self):
        return iter(_target(self))

    def __next__(self):
        return next(_target(self))

    def __reversed__(self):
        return reversed(_target(self))

    def __contains__(self, x):
        return x in _target(self)

    def __getitem__(self, k):
        return _target(self)[k]

    def __setitem__(self, k, v):
        _target(self)[k] = v

    def __delitem__(self, k):
        del _target(self)[k]

    def __index__(self):
        return _target(self).__index__()

    def __int__(self):
        return int(_target(self))

    def __float__(self):
        return float(_target(self))

    def __abs__(self):
        return abs(_target(self))

    def __neg__(self):
        return -_target(self)

    def __pos__(self):
        return +_target(self)

    def __invert__(self):
        return ~_target(self)


def _unwrap(x):
    return _target(x) if isinstance(x, ProxyType) else x


def _binary(name, forward):
    if forward:
        def method(self, other):
            return forward(_target(self), _unwrap(other))
    else:
        def method(self, other):
            return NotImplemented
    method.__name__ = name
    return method


def _install_operators():
    import operator as op
    pairs = [('add', op.add), ('sub', op.sub), ('mul', op.mul),
             ('matmul', op.matmul), ('truediv', op.truediv),
             ('floordiv', op.floordiv), ('mod', op.mod), ('pow', op.pow),
             ('lshift', op.lshift), ('rshift', op.rshift),
             ('and', op.and_), ('or', op.or_), ('xor', op.xor)]
    for name, fn in pairs:
        setattr(ProxyType, '__%s__' % name, _binary('__%s__' % name, fn))
        setattr(ProxyType, '__r%s__' % name,
                _binary('__r%s__' % name,
                        lambda a, b, fn=fn: fn(b, a)))
        setattr(ProxyType, '__i%s__' % name,
                _binary('__i%s__' % name, getattr(op, 'i' + name)))
    for name, fn in [('eq', op.eq), ('ne', op.ne), ('lt', op.lt),
                     ('le', op.le), ('gt', op.gt), ('ge', op.ge)]:
        setattr(ProxyType, '__%s__' % name, _binary('__%s__' % name, fn))


_install_operators()


class CallableProxyType(ProxyType):
    """A proxy to a callable object."""

    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """A proxy to obj that uses a weak reference (callback(proxy) is
    called when obj is freed)."""
    if callable(obj):
        return CallableProxyType(obj, callback)
    return ProxyType(obj, callback)


from _weakref import getweakrefcount, getweakrefs


class KeyedRef(ref):
    """A weak reference carrying a `key` attribute (used to find the
    entry a dead reference belonged to)."""

    __slots__ = ('key',)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


# -- WeakMethod --------------------------------------------------------------

class WeakMethod:
    """A weak reference to a bound method: calling it returns the bound
    method while its object is alive, else None."""

    __slots__ = ('_obj_ref', '_func_ref', '_meth_type', '__weakref__')

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError('argument should be a bound method, not %s'
                            % type(meth)) from None
        if callback is not None:
            me_ref = ref(self)

            def cb(_r):
                me = me_ref()
                if me is not None:
                    callback(me)
            self._obj_ref = ref(obj, cb)
            self._func_ref = ref(func, cb)
        else:
            self._obj_ref = ref(obj)
            self._func_ref = ref(func)
        self._meth_type = type(meth)

    def __call__(self):
        obj = self._obj_ref()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return func.__get__(obj, type(obj))

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            a, b = self(), other()
            if a is None or b is None:
                return self is other
            return a == b
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        m = self()
        if m is None:
            raise TypeError('weak object has gone away')
        return hash(m)


# -- keys compared through their referents -----------------------------------

class _HashRef:
    """Weak reference used as a dict/set key: hashes and compares like its
    referent while alive; a dead reference only equals itself."""

    __slots__ = ('ref', 'hash')

    def __init__(self, obj, callback=None):
        self.hash = hash(obj)
        self.ref = ref(obj) if callback is None else ref(obj, callback)

    def __hash__(self):
        return self.hash

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, _HashRef):
            return NotImplemented
        a = self.ref()
        b = other.ref()
        if a is None or b is None:
            return False
        return a == b


def _remover(container):
    """The callback removing a dead entry from container (held weakly, so
    the callback does not keep the container alive)."""
    cref = ref(container)

    def remove(wr):
        c = cref()
        if c is not None:
            c._remove_dead(wr)
    return remove


# -- WeakValueDictionary -----------------------------------------------------

class WeakValueDictionary(_abc.MutableMapping):
    """A mapping whose values are held through weak references: an entry
    disappears when its value is freed."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self._keys_by_ref = {}
        self._callback = _remover(self)
        self.update(other, **kw)

    def _remove_dead(self, wr):
        key = self._keys_by_ref.pop(id(wr), None)
        if key is not None and self.data.get(key[0]) is wr:
            del self.data[key[0]]

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        old = self.data.get(key)
        if old is not None:
            self._keys_by_ref.pop(id(old), None)
        wr = ref(value, self._callback)
        self._keys_by_ref[id(wr)] = (key,)
        self.data[key] = wr

    def __delitem__(self, key):
        wr = self.data.pop(key)
        self._keys_by_ref.pop(id(wr), None)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __len__(self):
        return sum(1 for wr in self.data.values() if wr() is not None)

    def __iter__(self):
        for key, wr in list(self.data.items()):
            if wr() is not None:
                yield key

    def __repr__(self):
        return '<%s at %#x>' % (type(self).__name__, id(self))

    def get(self, key, default=None):
        """D[key] if key is present and alive, else default."""
        try:
            o = self.data[key]()
        except KeyError:
            return default
        return default if o is None else o

    def items(self):
        """The (key, value) pairs whose values are alive (a list-like
        iterator, as in CPython)."""
        for key, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield key, v

    def keys(self):
        """The keys whose values are alive."""
        for key, wr in list(self.data.items()):
            if wr() is not None:
                yield key

    def values(self):
        """The values that are alive."""
        for wr in list(self.data.values()):
            v = wr()
            if v is not None:
                yield v

    def itervaluerefs(self):
        """Iterate over the weak references to the values."""
        yield from list(self.data.values())

    def valuerefs(self):
        """A list of the weak references to the values."""
        return list(self.data.values())

    def pop(self, key, *args):
        """Remove key and return its value (or the default)."""
        try:
            wr = self.data.pop(key)
        except KeyError:
            if args:
                return args[0]
            raise
        self._keys_by_ref.pop(id(wr), None)
        o = wr()
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def popitem(self):
        """Remove and return some (key, value) pair with a live value."""
        while True:
            key, wr = self.data.popitem()
            self._keys_by_ref.pop(id(wr), None)
            o = wr()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        """D[key] if present and alive, else set it to default."""
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self[key] = default
            return default
        return o

    def copy(self):
        """A new WeakValueDictionary with the same live entries."""
        new = type(self)()
        for key, v in self.items():
            new[key] = v
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = type(self)()
        for key, v in self.items():
            new[deepcopy(key, memo)] = v
        return new

    def __or__(self, other):
        if isinstance(other, _abc.Mapping):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


# -- WeakKeyDictionary -------------------------------------------------------

class WeakKeyDictionary(_abc.MutableMapping):
    """A mapping whose keys are held through weak references: an entry
    disappears when its key is freed."""

    def __init__(self, dict=None):
        self.data = {}
        self._refs = {}
        self._callback = _remover(self)
        if dict is not None:
            self.update(dict)

    def _remove_dead(self, wr):
        hr = self._refs.pop(id(wr), None)
        if hr is not None:
            self.data.pop(hr, None)

    def __getitem__(self, key):
        return self.data[_HashRef(key)]

    def __setitem__(self, key, value):
        probe = _HashRef(key)
        if probe in self.data:
            # Keep the existing key reference, replace the value.
            for hr in self.data:
                if hr == probe:
                    self.data[hr] = value
                    return
        hr = _HashRef(key, self._callback)
        self._refs[id(hr.ref)] = hr
        self.data[hr] = value

    def __delitem__(self, key):
        probe = _HashRef(key)
        for hr in list(self.data):
            if hr == probe:
                del self.data[hr]
                self._refs.pop(id(hr.ref), None)
                return
        raise KeyError(key)

    def __contains__(self, key):
        try:
            probe = _HashRef(key)
        except TypeError:
            return False
        return probe in self.data

    def __len__(self):
        return sum(1 for hr in self.data if hr.ref() is not None)

    def __iter__(self):
        for hr in list(self.data):
            obj = hr.ref()
            if obj is not None:
                yield obj

    def __repr__(self):
        return '<%s at %#x>' % (type(self).__name__, id(self))

    def get(self, key, default=None):
        """D[key] if present, else default."""
        return self.data.get(_HashRef(key), default)

    def items(self):
        """The (key, value) pairs whose keys are alive."""
        for hr, value in list(self.data.items()):
            obj = hr.ref()
            if obj is not None:
                yield obj, value

    def keys(self):
        """The keys that are alive."""
        return iter(self)

    def values(self):
        """The values whose keys are alive."""
        for hr, value in list(self.data.items()):
            if hr.ref() is not None:
                yield value

    def keyrefs(self):
        """A list of weak references to the keys."""
        return [hr.ref for hr in self.data]

    def pop(self, key, *args):
        """Remove key and return its value (or the default)."""
        probe = _HashRef(key)
        for hr in list(self.data):
            if hr == probe:
                self._refs.pop(id(hr.ref), None)
                return self.data.pop(hr)
        if args:
            return args[0]
        raise KeyError(key)

    def popitem(self):
        """Remove and return some (key, value) pair with a live key."""
        while True:
            hr, value = self.data.popitem()
            self._refs.pop(id(hr.ref), None)
            obj = hr.ref()
            if obj is not None:
                return obj, value

    def setdefault(self, key, default=None):
        """D[key] if present, else set it to default."""
        probe = _HashRef(key)
        if probe in self.data:
            return self.data[probe]
        self[key] = default
        return default

    def update(self, dict=None, /, **kwargs):
        """Update from a mapping or iterable of pairs and keywords."""
        if dict is not None:
            if not hasattr(dict, 'items'):
                dict = type({})(dict)
            for key, value in dict.items():
                self[key] = value
        if kwargs:
            self.update(kwargs)

    def copy(self):
        """A new WeakKeyDictionary with the same live entries."""
        new = type(self)()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = type(self)()
        for key, value in self.items():
            new[key] = deepcopy(value, memo)
        return new

    def __or__(self, other):
        if isinstance(other, _abc.Mapping):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


# -- WeakSet -----------------------------------------------------------------

class WeakSet:
    """A set holding its members through weak references: a member
    disappears when it is freed."""

    def __init__(self, data=None):
        self.data = set()
        self._refs = {}
        self._callback = _remover(self)
        if data is not None:
            self.update(data)

    def _remove_dead(self, wr):
        hr = self._refs.pop(id(wr), None)
        if hr is not None:
            self.data.discard(hr)

    def _live(self):
        out = []
        for hr in list(self.data):
            obj = hr.ref()
            if obj is not None:
                out.append(obj)
        return out

    def __iter__(self):
        yield from self._live()

    def __len__(self):
        return len(self._live())

    def __contains__(self, item):
        try:
            probe = _HashRef(item)
        except TypeError:
            return False
        return probe in self.data

    def __reduce__(self):
        return (type(self), (list(self),), getattr(self, '__dict__', None))

    def add(self, item):
        """Add item (held weakly)."""
        probe = _HashRef(item)
        if probe in self.data:
            return
        hr = _HashRef(item, self._callback)
        self._refs[id(hr.ref)] = hr
        self.data.add(hr)

    def clear(self):
        """Remove every member."""
        self.data.clear()
        self._refs.clear()

    def copy(self):
        """A new WeakSet with the same members."""
        return type(self)(self)

    __copy__ = copy

    def pop(self):
        """Remove and return some live member; KeyError when empty."""
        while True:
            try:
                hr = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            self._refs.pop(id(hr.ref), None)
            obj = hr.ref()
            if obj is not None:
                return obj

    def remove(self, item):
        """Remove item; KeyError if absent."""
        probe = _HashRef(item)
        for hr in list(self.data):
            if hr == probe:
                self.data.discard(hr)
                self._refs.pop(id(hr.ref), None)
                return
        raise KeyError(item)

    def discard(self, item):
        """Remove item if present."""
        try:
            self.remove(item)
        except (KeyError, TypeError):
            pass

    def update(self, other):
        """Add the members of other."""
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        """Members not in other, as a new WeakSet."""
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        """Remove the members of other."""
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.clear()
        else:
            for item in other:
                self.discard(item)
        return self

    def intersection(self, other):
        """Members also in other, as a new WeakSet."""
        return type(self)(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        """Keep only the members also in other."""
        self.__iand__(other)

    def __iand__(self, other):
        keep = set(map(id, (x for x in other if x in self)))
        for item in self._live():
            if id(item) not in keep:
                self.discard(item)
        return self

    def issubset(self, other):
        """Whether every member is in other."""
        return all(item in other for item in self)

    __le__ = issubset

    def __lt__(self, other):
        return len(self) < len(other) and self.issubset(other)

    def issuperset(self, other):
        """Whether every member of other is in self."""
        return all(item in self for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return len(self) > len(other) and self.issuperset(other)

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return len(self) == len(other) and self.issubset(other)

    __hash__ = None

    def symmetric_difference(self, other):
        """Members in exactly one of the sets, as a new WeakSet."""
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        """Keep members in exactly one of the sets."""
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.clear()
        else:
            for item in list(other):
                if item in self:
                    self.discard(item)
                else:
                    self.add(item)
        return self

    def union(self, other):
        """Members of either set, as a new WeakSet."""
        new = self.copy()
        new.update(other)
        return new

    __or__ = union

    def isdisjoint(self, other):
        """Whether the sets have no member in common."""
        return not any(item in self for item in other)

    def __repr__(self):
        return '<%s.%s object at %#x>' % (type(self).__module__,
                                           type(self).__qualname__, id(self))


# -- finalize ----------------------------------------------------------------

class _FinalizeInfo:
    __slots__ = ('weakref', 'func', 'args', 'kwargs', 'atexit', 'index')


class finalize:
    """finalize(obj, func, /, *args, **kwargs): call func(*args,
    **kwargs) once, when obj is freed or when the finalizer is called,
    whichever comes first."""

    __slots__ = ('__weakref__',)
    _registry = {}
    _index_iter = iter(range(1 << 62))

    def __init__(self, obj, func, /, *args, **kwargs):
        info = _FinalizeInfo()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._index_iter)
        self._registry[self] = info

    def __call__(self, _=None):
        """Call the finalizer's function (only the first time)."""
        info = self._registry.pop(self, None)
        if info is not None:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """Unregister; return (obj, func, args, kwargs) if still alive."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """(obj, func, args, kwargs) if still alive, else None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether the finalizer is still waiting to run."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether the finalizer should run at interpreter exit."""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__,
                                                  id(self))
        return '<%s object at %#x; for %r at %#x>' % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

"""Shallow and deep copy operations: copy(x) and deepcopy(x, memo=None),
honouring __copy__ / __deepcopy__ and the reduce protocol (__reduce_ex__,
__reduce__, __getnewargs_ex__, __getnewargs__, __getstate__,
__setstate__).  Instances of ordinary classes are copied by copying their
__dict__ and __slots__ values; deepcopy handles recursive structures
through its memo dictionary.  Error (alias error) is raised for objects
that cannot be copied."""

import types as _types

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    """Raised for objects that cannot be copied."""


error = Error


# -- the reduce protocol for objects without their own reducer ---------------

def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """Names of the __slots__ values instances of cls may hold (private
    names mangled), over the whole MRO."""
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _default_state(x, cls):
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None:
        return getstate()
    d = getattr(x, '__dict__', None)
    if not d:
        d = None
    slots = {}
    for name in _slotnames(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (d, slots)
    return d


_SCALAR_BASES = (int, float, complex, str, bytes)


def _default_reduce(x):
    """What object.__reduce_ex__(4) returns for x."""
    cls = type(x)
    if cls is slice:
        return (slice, (x.start, x.stop, x.step))
    if isinstance(x, BaseException):
        return (cls, x.args, getattr(x, '__dict__', None) or None)
    if cls.__module__ == 'builtins' and not isinstance(
            x, (list, dict, set, frozenset, tuple, bytearray)):
        raise TypeError('cannot pickle %r object' % cls.__name__)
    if isinstance(x, (set, frozenset)):
        return (cls, (list(x),), getattr(x, '__dict__', None) or None)
    if isinstance(x, bytearray):
        return (cls, (bytes(x),), getattr(x, '__dict__', None) or None)
    getnewargs_ex = getattr(x, '__getnewargs_ex__', None)
    kwargs = None
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
    else:
        getnewargs = getattr(x, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
        elif isinstance(x, tuple):
            args = (tuple(x),)
        else:
            args = ()
            for base in _SCALAR_BASES:
                if isinstance(x, base):
                    args = (base(x),)
                    break
    state = _default_state(x, cls)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    if kwargs:
        return (_newobj_ex, (cls, tuple(args), dict(kwargs)), state,
                listitems, dictitems)
    return (_newobj, (cls,) + tuple(args), state, listitems, dictitems)


def _reduce(x, cls):
    reductor = getattr(cls, '__reduce_ex__', None)
    if reductor is not None:
        return x.__reduce_ex__(4)
    reductor = getattr(cls, '__reduce__', None)
    if reductor is not None:
        return x.__reduce__()
    return _default_reduce(x)


def _reconstruct(x, memo, func, args, state=None, listiter=None,
                 dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                y[key] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


# -- shallow copy ------------------------------------------------------------

_IMMUTABLE = {type(None), int, float, bool, complex, str, tuple, bytes,
              frozenset, type, range, slice, property, type(Ellipsis),
              type(NotImplemented), _types.FunctionType,
              _types.BuiltinFunctionType, _types.CodeType}

try:
    import _weakref
    _IMMUTABLE.add(_weakref.ref)
except ImportError:
    pass

_copy_dispatch = {list: list.copy, dict: dict.copy, set: set.copy,
                  bytearray: bytearray.copy}


def copy(x):
    """Shallow copy of x."""
    cls = type(x)
    if cls in _IMMUTABLE:
        return x
    copier = _copy_dispatch.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


# -- deep copy ---------------------------------------------------------------

def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # A recursive tuple may have been copied while copying its items.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    return getattr(deepcopy(x.__self__, memo), x.__func__.__name__)


_deepcopy_dispatch = {list: _deepcopy_list, tuple: _deepcopy_tuple,
                      dict: _deepcopy_dict,
                      _types.MethodType: _deepcopy_method}

_ATOMIC = _IMMUTABLE - {tuple, frozenset, slice}


def _keep_alive(x, memo):
    """Keep x alive as long as memo, so that its id stays unique."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy of x; memo maps id(original) to copy and is shared by the
    recursive calls (so shared and recursive references are preserved)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC:
        y = x
    else:
        copier = _deepcopy_dispatch.get(cls)
        if copier is not None:
            y = copier(x, memo)
        elif issubclass(cls, type):
            y = x
        else:
            copier = getattr(x, '__deepcopy__', None)
            if copier is not None:
                y = copier(memo)
            else:
                rv = _reduce(x, cls)
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y

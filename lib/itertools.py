"""Iterator building blocks: the infinite iterators (count, cycle, repeat),
the iterators terminating on the shortest input (accumulate, batched,
chain, compress, dropwhile, filterfalse, groupby, islice, pairwise,
starmap, takewhile, tee, zip_longest) and the combinatoric iterators
(product, permutations, combinations, combinations_with_replacement).

Every iterator is a class with ``__iter__``/``__next__`` so that its type
and repr are observable as in CPython, and every one is lazy: input is
only consumed as results are requested."""

import sys as _sys

__all__ = [
    'accumulate', 'batched', 'chain', 'combinations',
    'combinations_with_replacement', 'compress', 'count', 'cycle',
    'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
    'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
    'zip_longest',
]

_MAXSIZE = _sys.maxsize
_MARKER = object()


def _index(x):
    """x.__index__() as an int; TypeError when x has no __index__."""
    if isinstance(x, int):
        return int(x)
    meth = getattr(type(x), '__index__', None)
    if meth is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(x).__name__)
    return meth(x)


def _ssize(x):
    """x as a C Py_ssize_t, or None when it is not an integer or does not
    fit (the cases CPython's PyNumber_AsSsize_t reports as -1)."""
    try:
        v = _index(x)
    except TypeError:
        return None
    if v > _MAXSIZE or v < -_MAXSIZE - 1:
        return None
    return v


def _is_number(x):
    t = type(x)
    return (isinstance(x, (int, float, complex))
            or hasattr(t, '__index__') or hasattr(t, '__int__')
            or hasattr(t, '__float__'))


# -- infinite iterators ------------------------------------------------------

class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        v = self._cnt
        self._cnt = v + self._step
        return v

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return 'count(%r)' % (self._cnt,)
        return 'count(%r, %r)' % (self._cnt, step)


class cycle:
    """cycle(iterable): the items of iterable, then those items again,
    forever (the items are saved during the first pass)."""

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('cycle() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError('cycle expected 1 argument, got %d' % len(args))
        self._it = iter(args[0])
        self._saved = []
        self._index = 0
        self._firstpass = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._firstpass:
            try:
                v = next(self._it)
            except StopIteration:
                self._firstpass = False
                self._it = None
            else:
                self._saved.append(v)
                return v
        saved = self._saved
        if not saved:
            raise StopIteration
        v = saved[self._index]
        self._index = (self._index + 1) % len(saved)
        return v


class repeat:
    """repeat(object[, times]): object, times times (forever if times is
    not given)."""

    def __init__(self, *args, **kwargs):
        nargs = len(args) + len(kwargs)
        if nargs > 2:
            raise TypeError('repeat() takes at most 2 arguments (%d given)'
                            % nargs)
        for k in kwargs:
            if k not in ('object', 'times'):
                raise TypeError("repeat() got an unexpected keyword "
                                "argument '%s'" % k)
        if args:
            obj = args[0]
            if 'object' in kwargs:
                raise TypeError("argument for repeat() given by name "
                                "('object') and position (1)")
        elif 'object' in kwargs:
            obj = kwargs['object']
        else:
            raise TypeError("repeat() missing required argument 'object' "
                            "(pos 1)")
        if len(args) > 1:
            times = args[1]
        else:
            times = kwargs.get('times', None)
        self._obj = obj
        if times is None:
            self._cnt = -1
        else:
            n = _index(times)
            self._cnt = n if n > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._cnt == 0:
            raise StopIteration
        if self._cnt > 0:
            self._cnt -= 1
        return self._obj

    def __length_hint__(self):
        if self._cnt < 0:
            raise TypeError('len() of unsized object')
        return self._cnt

    def __repr__(self):
        if self._cnt < 0:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._cnt)


# -- iterators terminating on the shortest input -----------------------------

class accumulate:
    """accumulate(iterable, func=None, *, initial=None): running totals
    (or running results of the binary func), starting with initial when
    given."""

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = _MARKER
        self._initial = initial

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        v = next(self._it)
        total = self._total
        if total is _MARKER:
            total = v
        elif self._func is None:
            total = total + v
        else:
            total = self._func(total, v)
        self._total = total
        return total


class batched:
    """batched(iterable, n): tuples of n consecutive items (the last one
    may be shorter)."""

    def __init__(self, iterable, n):
        n = _index(n)
        if n < 1:
            raise ValueError('n must be at least one')
        self._it = iter(iterable)
        self._n = n

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        batch = []
        n = self._n
        for v in it:
            batch.append(v)
            if len(batch) == n:
                break
        if not batch:
            self._it = None
            raise StopIteration
        if len(batch) < n:
            self._it = None
        return tuple(batch)


class chain:
    """chain(*iterables): the items of the first iterable, then of the
    second, and so on."""

    def __init__(self, *iterables, **kwargs):
        if kwargs:
            raise TypeError('chain() takes no keyword arguments')
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        """chain.from_iterable(iterable): like chain(*iterable), but the
        outer iterable is consumed lazily."""
        self = cls.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._source is None:
                raise StopIteration
            if self._active is None:
                try:
                    nxt = next(self._source)
                except StopIteration:
                    self._source = None
                    raise
                self._active = iter(nxt)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None


class compress:
    """compress(data, selectors): the items of data whose corresponding
    selector is true."""

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        selectors = self._selectors
        while True:
            d = next(data)
            s = next(selectors)
            if s:
                return d


class dropwhile:
    """dropwhile(predicate, iterable): skip items while predicate is true,
    then yield every remaining item."""

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if not self._dropping:
            return next(it)
        while True:
            v = next(it)
            if not self._pred(v):
                self._dropping = False
                return v


class takewhile:
    """takewhile(predicate, iterable): items while predicate is true."""

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._stopped = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        v = next(self._it)
        if self._pred(v):
            return v
        self._stopped = True
        raise StopIteration


class filterfalse:
    """filterfalse(predicate, iterable): the items for which predicate is
    false (the items that are false when predicate is None)."""

    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        func = self._func
        it = self._it
        while True:
            v = next(it)
            if func is None:
                if not v:
                    return v
            elif not func(v):
                return v


class groupby:
    """groupby(iterable, key=None): (key, group) pairs for runs of
    consecutive items with equal keys; each group is an iterator that is
    invalidated when groupby advances."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _MARKER
        self._currkey = _MARKER
        self._currvalue = _MARKER
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        v = next(self._it)
        k = v if self._keyfunc is None else self._keyfunc(v)
        self._currvalue = v
        self._currkey = k

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _MARKER:
                pass
            elif self._tgtkey is _MARKER:
                break
            elif not (self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


class _grouper:
    """One group of a groupby: valid until its groupby advances."""

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gb = self._parent
        if gb._currgrouper is not self:
            raise StopIteration
        if gb._currvalue is _MARKER:
            gb._step()
        if not (self._tgtkey == gb._currkey):
            raise StopIteration
        v = gb._currvalue
        gb._currvalue = _MARKER
        return v


class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step]):
    the selected items of iterable, like slicing a list but lazily."""

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('islice() takes no keyword arguments')
        n = len(args)
        if n < 2:
            raise TypeError('islice expected at least 2 arguments, got %d' % n)
        if n > 4:
            raise TypeError('islice expected at most 4 arguments, got %d' % n)
        seq = args[0]
        start = 0
        stop = -1
        step = 1
        stop_msg = ('Stop argument for islice() must be None or an integer: '
                    '0 <= x <= sys.maxsize.')
        if n == 2:
            if args[1] is not None:
                stop = _ssize(args[1])
                if stop is None or stop == -1:
                    raise ValueError(stop_msg)
        else:
            if args[1] is not None:
                start = _ssize(args[1])
                if start is None:
                    start = -1
            if args[2] is not None:
                stop = _ssize(args[2])
                if stop is None or stop == -1:
                    raise ValueError(stop_msg)
        if start < 0 or stop < -1:
            raise ValueError('Indices for islice() must be None or an '
                             'integer: 0 <= x <= sys.maxsize.')
        if n == 4 and args[3] is not None:
            step = _ssize(args[3])
            if step is None:
                step = -1
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer '
                             'or None.')
        self._it = iter(seq)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._cnt < self._next:
                next(it)
                self._cnt += 1
            if stop != -1 and self._cnt >= stop:
                raise StopIteration
            v = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        nxt = self._next + self._step
        if stop != -1 and nxt > stop:
            nxt = stop
        self._next = nxt
        return v


class pairwise:
    """pairwise(iterable): overlapping pairs (s0, s1), (s1, s2), ..."""

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._old = _MARKER

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        try:
            old = self._old
            if old is _MARKER:
                old = next(it)
            new = next(it)
        except StopIteration:
            self._it = None
            self._old = _MARKER
            raise
        self._old = new
        return (old, new)


class starmap:
    """starmap(function, iterable): function(*args) for each args tuple
    of iterable."""

    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._func(*args)


class zip_longest:
    """zip_longest(*iterables, fillvalue=None): like zip, but continues
    until the longest input is exhausted, filling in fillvalue."""

    def __init__(self, *iterables, **kwargs):
        fillvalue = None
        if kwargs:
            if len(kwargs) != 1 or 'fillvalue' not in kwargs:
                raise TypeError('zip_longest() got an unexpected keyword '
                                'argument')
            fillvalue = kwargs['fillvalue']
        self._its = [iter(x) for x in iterables]
        self._active = len(self._its)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or self._active == 0:
            raise StopIteration
        result = []
        for i in range(len(its)):
            it = its[i]
            if it is None:
                result.append(self._fill)
                continue
            try:
                v = next(it)
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                its[i] = None
                v = self._fill
            result.append(v)
        return tuple(result)


class _tee_link:
    """One cell of the buffer shared by the iterators of a tee."""

    __slots__ = ('value', 'next')

    def __init__(self):
        self.next = None


class _tee_source:
    """The underlying iterator shared by the iterators of a tee."""

    __slots__ = ('it', 'running')

    def __init__(self, it):
        self.it = it
        self.running = False


class _tee:
    """One of the independent iterators returned by tee()."""

    __slots__ = ('_src', '_link', '__weakref__')

    def __init__(self, iterable):
        it = iter(iterable)
        if isinstance(it, _tee):
            self._src = it._src
            self._link = it._link
        else:
            self._src = _tee_source(it)
            self._link = _tee_link()

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            src = self._src
            if src.running:
                raise RuntimeError('cannot re-enter the tee iterator')
            src.running = True
            try:
                v = next(src.it)
            finally:
                src.running = False
            link.value = v
            link.next = _tee_link()
        self._link = link.next
        return link.value

    def __copy__(self):
        new = _tee.__new__(_tee)
        new._src = self._src
        new._link = self._link
        return new


def tee(iterable, n=2):
    """tee(iterable, n=2): n independent iterators over iterable."""
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    copier = getattr(it, '__copy__', None)
    if copier is None:
        first = _tee(it)
        copier = first.__copy__
    else:
        first = it
    result = [first]
    for _ in range(n - 1):
        result.append(copier())
    return tuple(result)


# -- combinatoric iterators --------------------------------------------------

class product:
    """product(*iterables, repeat=1): the cartesian product, as tuples, in
    lexicographic order of the input positions."""

    def __init__(self, *iterables, repeat=1):
        repeat = _index(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(p) for p in iterables] * repeat
        self._pools = pools
        self._indices = None
        self._done = any(len(p) == 0 for p in pools)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        indices = self._indices
        if indices is None:
            self._indices = [0] * len(pools)
            return tuple([p[0] for p in pools])
        i = len(pools) - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        return tuple([pools[j][indices[j]] for j in range(len(pools))])


class permutations:
    """permutations(iterable, r=None): successive r-length orderings of
    the items (all of them when r is None)."""

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        elif not isinstance(r, int):
            raise TypeError('Expected int as r')
        elif r < 0:
            raise ValueError('r must be non-negative')
        self._pool = pool
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._started = False
        self._done = r > n

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        r = self._r
        indices = self._indices
        if not self._started:
            self._started = True
            return tuple([pool[i] for i in indices[:r]])
        n = len(pool)
        cycles = self._cycles
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                moved = indices[i]
                del indices[i]
                indices.append(moved)
                cycles[i] = n - i
            else:
                j = n - cycles[i]
                indices[i], indices[j] = indices[j], indices[i]
                return tuple([pool[k] for k in indices[:r]])
            i -= 1
        self._done = True
        raise StopIteration


class combinations:
    """combinations(iterable, r): the r-length subsequences of the items,
    in input order."""

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _index(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = pool
        self._r = r
        self._indices = list(range(r))
        self._started = False
        self._done = r > len(pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        r = self._r
        indices = self._indices
        if not self._started:
            self._started = True
            return tuple([pool[i] for i in indices])
        n = len(pool)
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple([pool[k] for k in indices])


class combinations_with_replacement:
    """combinations_with_replacement(iterable, r): the r-length
    subsequences of the items allowing each to repeat."""

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _index(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = pool
        self._r = r
        self._indices = [0] * r
        self._started = False
        self._done = not pool and r > 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool = self._pool
        r = self._r
        indices = self._indices
        if not self._started:
            self._started = True
            return tuple([pool[i] for i in indices])
        n = len(pool)
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        v = indices[i] + 1
        for j in range(i, r):
            indices[j] = v
        return tuple([pool[k] for k in indices])

import copy
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple


def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


nested = [1, [2, 3], {'k': [4]}]
sh = copy.copy(nested)
dp = copy.deepcopy(nested)
nested[1].append(99)
nested[2]['k'].append(5)
print(sh, dp, sh[1] is nested[1], dp[1] is nested[1])
t = (1, 2, (3,))
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
dt2 = copy.deepcopy(t2)
print(dt2, dt2 is t2, dt2[1] is t2[1])
s = {1, 2}
fs = frozenset([1])
print(copy.copy(s), copy.copy(s) is s, copy.copy(fs) is fs, copy.deepcopy(s) == s)
d = {'a': [1], 'b': {'c': 2}}
cd = copy.deepcopy(d)
cd['a'].append(2)
print(d, cd)
for v in (None, 1, 2.5, 'str', b'b', True, range(3), len, copy.copy, int):
    print(copy.copy(v) is v, copy.deepcopy(v) is v, end=' ')
print()
ba = bytearray(b'xy')
print(copy.copy(ba), copy.copy(ba) is ba, copy.deepcopy(ba))

rec = [1]
rec.append(rec)
rc = copy.deepcopy(rec)
print(rc[1] is rc, rc[1] is not rec, len(rc))
shared = [0]
pair = [shared, shared]
cp = copy.deepcopy(pair)
print(cp[0] is cp[1], cp[0] is not shared)
rd = {}
rd['me'] = rd
crd = copy.deepcopy(rd)
print(crd['me'] is crd)


class Plain:
    def __init__(self, x):
        self.x = x
        self.items = [x]


p = Plain(3)
q = copy.copy(p)
r = copy.deepcopy(p)
p.items.append(4)
print(type(q).__name__, q.x, q.items, r.items, q is p, q.items is p.items)


class Slotted:
    __slots__ = ('a', 'b', '_c')

    def __init__(self):
        self.a = [1]
        self._c = 'private'

    def c(self):
        return self._c


so = copy.deepcopy(Slotted())
print(so.a, hasattr(so, 'b'), so.c())


class Both(Slotted):
    def __init__(self):
        super().__init__()
        self.extra = {'e': 1}


bo = copy.copy(Both())
print(bo.a, bo.extra, bo.c())


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('__copy__ called')
        return Custom(self.v + 1)

    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo) * 10)


print(copy.copy(Custom(1)).v, copy.deepcopy(Custom([2])).v)


class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.a, self.b))


rr = copy.deepcopy(Reduced([1], 'b'))
print(rr.a, rr.b)


class State:
    def __init__(self):
        self.val = 5
        self.cache = 'expensive'

    def __getstate__(self):
        st = dict(self.__dict__)
        del st['cache']
        return st

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = 'rebuilt'


st = copy.copy(State())
print(st.val, st.cache)


class NewArgs:
    def __new__(cls, n):
        self = object.__new__(cls)
        self.n = n
        return self

    def __getnewargs__(self):
        return (self.n,)


print(copy.deepcopy(NewArgs(7)).n)


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.tag = 't'
cml = copy.deepcopy(ml)
print(type(cml).__name__, cml, cml.tag, cml[1] is ml[1])


class MyDict(dict):
    pass


md = copy.copy(MyDict(a=1))
print(type(md).__name__, md)

dq = deque([1, [2]], maxlen=5)
print(copy.copy(dq), copy.deepcopy(dq), copy.deepcopy(dq)[1] is dq[1])
dd = defaultdict(list, {'a': [1]})
cdd = copy.deepcopy(dd)
cdd['b'].append(2)
print(cdd, dd, copy.copy(dd))
print(copy.deepcopy(OrderedDict(b=1, a=2)), copy.copy(Counter('aab')))
P = namedtuple('P', 'x y')
print(copy.copy(P(1, [2])), copy.deepcopy(P(1, [2])))
print(issubclass(copy.Error, Exception), copy.error is copy.Error)


def gen():
    yield 1


check(lambda: copy.copy(gen()))
check(lambda: copy.deepcopy(gen()))

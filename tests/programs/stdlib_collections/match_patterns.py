# The match statement sees collections.abc sequences and mappings: ABC
# subclasses, registered virtual subclasses (and their subclasses), and the
# library's containers; str and bytes never match sequence patterns.
import array
from collections import ChainMap, Counter, OrderedDict, UserDict, UserList, UserString, defaultdict, deque, namedtuple
from collections.abc import Mapping, MutableSequence, Sequence
from abc import ABCMeta

def kind(x):
    match x:
        case [a, b]:
            return "sequence of two: %r %r" % (a, b)
        case [*items]:
            return "sequence of %d" % len(items)
        case {"a": v}:
            return "mapping with a=%r" % (v,)
        case {}:
            return "mapping"
        case _:
            return "neither"

class MySeq(Sequence):
    def __init__(self, *items):
        self.items = items
    def __getitem__(self, i):
        return self.items[i]
    def __len__(self):
        return len(self.items)

class MyMap(Mapping):
    def __init__(self, **kw):
        self.d = kw
    def __getitem__(self, k):
        return self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)

class Plain:
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return i
    def __len__(self):
        return 2

class Registered(Plain):
    pass

class RegisteredChild(Registered):
    pass

class LaterChild(Registered):
    pass

Sequence.register(Registered)

class AfterRegistration(Registered):
    pass

class SeqThenMap(MySeq, MyMap):
    pass

class MapThenSeq(MyMap, MySeq):
    def __init__(self):
        MyMap.__init__(self, a=1)
        MySeq.__init__(self, 1, 2)

Point = namedtuple("Point", "x y")

values = [
    UserList([1, 2]), UserDict(a=1), ChainMap({"a": 2}), deque([3, 4]),
    OrderedDict(a=3), defaultdict(int, a=4), Counter(a=5), UserString("ab"),
    MySeq(1, 2), MyMap(a=6), Plain(), Registered(), RegisteredChild(),
    LaterChild(), AfterRegistration(), SeqThenMap(5, 6), MapThenSeq(),
    Point(1, 2), array.array("i", [7, 8]), "ab", b"ab", bytearray(b"ab"),
]
for v in values:
    print(type(v).__name__, "->", kind(v))

print(isinstance(deque(), MutableSequence))

# __abc_tpflags__ is consumed by ABCMeta and may not name both kinds.
class Custom(metaclass=ABCMeta):
    __abc_tpflags__ = 1 << 6

print("__abc_tpflags__" in Custom.__dict__)
class CustomImpl(Custom):
    def __init__(self):
        self.a = 1
    def get(self, key, default=None):
        return getattr(self, key, default)
    def __len__(self):
        return 1

print(kind(CustomImpl()))
try:
    class Bad(metaclass=ABCMeta):
        __abc_tpflags__ = (1 << 5) | (1 << 6)
except TypeError as e:
    print("TypeError:", e)

# Class patterns on dataclasses (their __match_args__), NamedTuples and
# enum members as value patterns.
from dataclasses import dataclass, field
from enum import Enum, auto
import typing
@dataclass
class P:
    x: int
    y: int = 0
    z: list = field(default_factory=list, compare=False)
@dataclass(match_args=False)
class Q:
    a: int
class Color(Enum):
    RED = auto()
    GREEN = auto()
print(P.__match_args__)
for v in [P(1, 2), P(0), Q(3), Color.RED, Color.GREEN]:
    match v:
        case P(0, y):
            print("P on axis", y)
        case P(x, y):
            print("P", x, y)
        case Color.RED:
            print("red")
        case Color():
            print("other color", v.name)
        case Q(a=a):
            print("Q", a)
try:
    match Q(1):
        case Q(a):
            pass
except TypeError as e:
    print(e)
class NT(typing.NamedTuple):
    a: int
    b: str
match NT(1, "x"):
    case NT(b=b, a=a):
        print("namedtuple kw", a, b)
match NT(2, "y"):
    case NT(a, b):
        print("namedtuple pos", a, b)

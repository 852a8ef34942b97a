from typing import (Generic, TypeVar, Protocol, runtime_checkable, NamedTuple, TypedDict, NewType,
                    List, Dict, Optional, Iterator, SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs,
                    Required, NotRequired, get_type_hints, overload, final, no_type_check, ClassVar, Annotated,
                    get_overloads)

T = TypeVar('T')
S = TypeVar('S')


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


print(Box.__parameters__, Box[int], Box[List[str]], Box[int].__origin__ is Box, Box[int].__args__)
b = Box[int](5)
print(b.get(), type(b).__name__, b.__orig_class__)
print(Box(3).get(), Box.__mro__[1:])


class Pair(Generic[T, S]):
    pass


class IntPair(Pair[int, S]):
    pass


print(Pair[int, str], IntPair.__parameters__, IntPair[bytes], IntPair.__orig_bases__)
print(Pair[T, S][int, str] if False else 'skip', Pair.__orig_bases__ if hasattr(Pair, '__orig_bases__') else '')


class Sub(Box[int]):
    pass


print(Sub.__parameters__, Sub(1).get(), issubclass(Sub, Box), Sub.__mro__[1].__name__)


def err(f):
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)


err(lambda: Box[int, str])
err(lambda: Pair[int])


def bad_generic():
    class Bad(Generic[T], List[S]):
        pass


err(bad_generic)


def plain_generic():
    class Bad(Generic):
        pass


err(plain_generic)


class Closeable(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Sized2(Protocol):
    def __len__(self) -> int: ...


class Resource:
    def close(self):
        return 'closed'


print(isinstance([1], Sized2), isinstance(3, Sized2), issubclass(list, Sized2), issubclass(int, Sized2))
err(lambda: isinstance(Resource(), Closeable))
err(lambda: Closeable())


class Impl(Closeable):
    def close(self):
        return 'impl'


print(Impl().close(), Closeable._is_protocol, Impl._is_protocol)
print(isinstance(3, SupportsInt), isinstance('x', SupportsInt), isinstance(2.5, SupportsFloat))
print(isinstance(3, SupportsIndex), isinstance(2.5, SupportsIndex), isinstance(-1, SupportsAbs))


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = 'p'

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(1, -2)
print(p, p.x, p.y, p[0], p.norm1(), p._fields, p._field_defaults)
print(p._asdict(), p._replace(y=5), Point._make([3, 4, 'q']), tuple(p), len(p))
print(Point.__annotations__, isinstance(p, tuple), Point.__mro__[1].__name__, p == (1, -2, 'p'))
print(Point.__doc__, Point.__new__.__defaults__, Point.__match_args__)
err(lambda: Point())
err(lambda: Point._make([1]))
try:
    p.x = 3
except AttributeError as e:
    print('AttributeError:', e)
try:
    p._replace(z=1)
except ValueError as e:
    print('ValueError:', e)

Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp._fields, Emp.__annotations__)
Emp2 = NamedTuple('Emp2', name=str, id=int)
print(Emp2(name='b', id=2))


def bad_nt():
    class Bad(NamedTuple):
        x: int = 0
        y: int


def bad_nt2():
    class Bad(NamedTuple):
        x: int = 0
        y: int = 1
        z: str


def bad_nt3():
    class Bad(NamedTuple):
        _x: int


err(bad_nt)
err(bad_nt2)
try:
    bad_nt3()
except ValueError as e:
    print('ValueError:', e)


class Movie(TypedDict):
    name: str
    year: int


class Movie2(Movie, total=False):
    rating: float


m = Movie(name='Blade Runner', year=1982)
print(m, type(m).__name__, Movie.__annotations__, sorted(Movie.__required_keys__), Movie.__total__)
print(sorted(Movie2.__required_keys__), sorted(Movie2.__optional_keys__), Movie2.__total__)
err(lambda: isinstance(m, Movie))


class Opt(TypedDict):
    a: Required[int]
    b: NotRequired[str]


print(sorted(Opt.__required_keys__), sorted(Opt.__optional_keys__))
Func = TypedDict('Func', {'x': int, 'y': str}, total=False)
print(Func(x=1), sorted(Func.__optional_keys__), Func.__total__)

UserId = NewType('UserId', int)
print(UserId(5), type(UserId(5)).__name__, UserId.__name__, UserId.__supertype__)


def subclass_newtype():
    class X(UserId):
        pass


err(subclass_newtype)


class Node:
    value: int
    next: 'Optional[Node]'
    tags: ClassVar[List[str]] = []
    extra: Annotated[int, 'meta']


def func(a: int, b: 'List[int]', c=None, d: None = None) -> 'Dict[str, int]':
    pass


print(get_type_hints(Node))
print(get_type_hints(Node, include_extras=True)['extra'])
print(get_type_hints(func))


class Child(Node):
    child_field: str


print(list(get_type_hints(Child)))


@overload
def over(x: int) -> int: ...


@overload
def over(x: str) -> str: ...


def over(x):
    return x


print(over(3), len(get_overloads(over)))


@final
class Leaf:
    pass


@no_type_check
def untyped(x: 'not valid') -> 'also not':
    return x


print(Leaf.__final__, untyped.__no_type_check__, get_type_hints(untyped))

import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return '%s with area %s' % (type(self).__name__, self.area())


print(sorted(Shape.__abstractmethods__), type(Shape).__name__, isinstance(Shape, ABCMeta))
try:
    Shape()
except TypeError as e:
    print('TypeError:', e)


class Half(Shape):
    def area(self):
        return 1


try:
    Half()
except TypeError as e:
    print('TypeError:', e)
print(sorted(Half.__abstractmethods__))


class Square(Half):
    def __init__(self, s=2):
        self.s = s

    def area(self):
        return self.s ** 2

    def perimeter(self):
        return 4 * self.s


sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), issubclass(Square, Shape), Square.__abstractmethods__)


class Base(metaclass=ABCMeta):
    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...

    @property
    @abstractmethod
    def name(self):
        ...


print(sorted(Base.__abstractmethods__))


class Impl(Base):
    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 'help'

    @property
    def name(self):
        return 'impl'


print(Impl.make().name, Impl.helper())


class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...


class Legacy:
    def draw(self):
        return 'legacy'


print(issubclass(Legacy, Drawable), isinstance(Legacy(), Drawable))
print(Drawable.register(Legacy) is Legacy)
print(issubclass(Legacy, Drawable), isinstance(Legacy(), Drawable), Legacy.__mro__)


class SubLegacy(Legacy):
    pass


print(issubclass(SubLegacy, Drawable), isinstance(SubLegacy(), Drawable))


@Drawable.register
class Decorated:
    pass


print(issubclass(Decorated, Drawable))
try:
    Drawable.register(5)
except TypeError as e:
    print('TypeError:', e)
try:
    Legacy.__class__
    Square.register
    Shape.register(Drawable)
    Drawable.register(Shape)
except RuntimeError as e:
    print('RuntimeError:', e)


class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            return any('__len__' in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Sized2:
    def __len__(self):
        return 0


print(issubclass(Sized2, HasLen), isinstance(Sized2(), HasLen), issubclass(int, HasLen), issubclass(list, HasLen))
try:
    issubclass(3, HasLen)
except TypeError as e:
    print('TypeError:', e)

token = abc.get_cache_token()


class Another(ABC):
    pass


Another.register(int)
print(abc.get_cache_token() != token, isinstance(3, Another), issubclass(bool, Another))


def f():
    pass


print(abstractmethod(f) is f, f.__isabstractmethod__)


class Later(ABC):
    @abstractmethod
    def a(self):
        ...


Later.a = lambda self: 1
abc.update_abstractmethods(Later)
print(Later.__abstractmethods__, Later().a())


class WithSlots(ABC):
    __slots__ = ('x',)


w = WithSlots()
w.x = 1
print(w.x, ABC.__slots__)

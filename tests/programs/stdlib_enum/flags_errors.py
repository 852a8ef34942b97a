from enum import Enum, Flag, IntFlag, IntEnum, auto, unique, STRICT, CONFORM, EJECT, KEEP
import enum


class Perm(Flag):
    R = 4
    W = 2
    X = 1


print(repr(Perm.R | Perm.W), str(Perm.R | Perm.W), Perm(7), repr(Perm(0)), str(Perm(0)))
print(list(Perm.R | Perm.X), list(Perm), len(Perm), len(Perm.R | Perm.W))
print(repr(~Perm.R), repr(Perm.R & Perm.W), repr((Perm.R | Perm.W) & Perm.W), repr(Perm.R ^ Perm.R))
print(Perm.R in (Perm.R | Perm.W), Perm.X in (Perm.R | Perm.W), bool(Perm(0)), bool(Perm.R))
print((Perm.R | Perm.W) is Perm(6), Perm(6).name, Perm(6).value)
try:
    Perm(8)
except ValueError as e:
    print('ValueError', e)
try:
    Perm.R | 1
except TypeError as e:
    print('TypeError', e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(list(Color), list(Color.__members__), repr(Color.WHITE), repr(Color(3)))
print([m.value for m in Color], Color.WHITE.name, list(Color.WHITE))


class IP(IntFlag):
    R = 4
    W = 2
    X = 1


print(repr(IP.R | IP.W), IP.R | IP.W, IP.R | 8, repr(IP.R | 8), repr(IP(0)), IP.R + 1)
print(repr(~IP.R), repr(IP(-1)), IP.R == 4, isinstance(IP.W, int), f'{IP.R | IP.X}', list(IP(7)))


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


print(repr(Conform(7)), Eject(7), type(Eject(7)).__name__, repr(Eject(3)))
print(STRICT, repr(KEEP), Perm._boundary_, IP._boundary_)


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print('ValueError', e)


def attempt(label, make):
    try:
        make()
        print(label, 'no error')
    except Exception as e:
        print(label, type(e).__name__, e)


def extend():
    class Base(Enum):
        A = 1

    class Sub(Base):
        B = 2


def reuse():
    class E(Enum):
        A = 1
        A = 2


def method_clash():
    class E(Enum):
        A = 1

        def A(self):
            pass


def sunder():
    class E(Enum):
        _bad_ = 1


def mixins():
    class E(int, str, Enum):
        A = 1


def order():
    class E(Enum):
        _order_ = 'B A'
        A = 1
        B = 2


def gnv_late():
    class E(Enum):
        A = auto()

        def _generate_next_value_(name, start, count, last):
            return 0


def flag_value():
    class F(Flag):
        A = 'x'
        B = auto()


attempt('extend', extend)
attempt('reuse', reuse)
attempt('method clash', method_clash)
attempt('sunder', sunder)
attempt('order', order)
attempt('gnv late', gnv_late)
attempt('flag value', flag_value)
attempt('int enum bad', lambda: IntEnum('Bad', [('A', 'x')]))


class Empty(Enum):
    def greet(self):
        return 'hi ' + self.name


class Child(Empty):
    X = 1


print(Child.X.greet(), list(Empty), len(Empty))


class WithIgnore(Enum):
    _ignore_ = ['tmp']
    tmp = 5
    A = 1


print(list(WithIgnore), hasattr(WithIgnore, 'tmp'))


class Private(Enum):
    A = 1
    __secret = 2


print(list(Private))
print(dir(Perm.R)[:8])
print(enum.Enum.__name__, enum.auto().value if False else 'auto', Perm.R.__class__ is Perm)

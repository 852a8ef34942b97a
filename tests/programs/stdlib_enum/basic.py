from enum import Enum, IntEnum, StrEnum, auto, unique, EnumMeta, EnumType
import enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f'{self.name} is {self.value}'

    @property
    def lower(self):
        return self.name.lower()

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), str(Color.GREEN), f'{Color.BLUE}', '{:>12}|'.format(Color.RED))
print(Color(2), Color['BLUE'], Color.RED.name, Color.RED.value, Color.RED.describe(), Color.BLUE.lower)
print(list(Color), len(Color), list(reversed(Color)), Color.default())
print(Color.CRIMSON is Color.RED, Color.CRIMSON.name, Color(1) is Color.RED)
print(Color.__members__)
print(list(Color.__members__), Color._member_names_)
print(Color.RED in Color, Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1)
print(hash(Color.RED) == hash(Color.RED), {Color.RED: 'r'}[Color.CRIMSON])
print(type(Color.RED), type(Color), isinstance(Color.RED, Color), isinstance(Color, EnumMeta), EnumMeta is EnumType)
print(Color, repr(Color), Color.__name__, Color.RED.__class__.__name__)
print(sorted(Color, key=lambda c: c.value, reverse=True))
print(bool(Color.RED), bool(Color), Color.RED.__objclass__ is Color)

for bad in (lambda: Color(7), lambda: Color['PURPLE'], lambda: Color.RED < Color.BLUE,
            lambda: setattr(Color, 'RED', 5), lambda: delattr(Color, 'RED'), lambda: Color.PURPLE,
            lambda: Color.name, lambda: Color('RED')):
    try:
        print('no error', bad())
    except Exception as e:
        print(type(e).__name__, repr(e))


class Number(IntEnum):
    ONE = 1
    TWO = 2
    THREE = auto()


print(Number.ONE, repr(Number.TWO), str(Number.THREE), f'{Number.ONE}', format(Number.TWO, '03d'))
print(Number.ONE + 1, Number.TWO * 3, Number.ONE == 1, Number.ONE < Number.THREE, Number(3), int(Number.TWO))
print(sorted([Number.THREE, Number.ONE, 2]), isinstance(Number.ONE, int), [n.value for n in Number])
print('%d %s %r' % (Number.TWO, Number.TWO, Number.TWO), Number['TWO'], hex(Number.THREE))


class Shape(StrEnum):
    CIRCLE = auto()
    SQUARE = 'sq'
    TRIANGLE = auto()


print(Shape.CIRCLE, repr(Shape.SQUARE), Shape.TRIANGLE.value, f'{Shape.SQUARE}', Shape('sq'))
print(Shape.CIRCLE == 'circle', Shape.SQUARE.upper(), '-'.join(Shape), isinstance(Shape.CIRCLE, str))


class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print(list(Auto), [m.value for m in Auto])


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title() + str(count)

    FIRST = auto()
    SECOND = auto()


print([m.value for m in Named])


class Mixed(str, Enum):
    X = 'x'
    Y = 'y'


print(Mixed.X, repr(Mixed.X), f'{Mixed.Y}', Mixed.X == 'x', Mixed('y'))


class WithInt(int, Enum):
    A = 1


print(WithInt.A, repr(WithInt.A), f'{WithInt.A}', WithInt.A + 1)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, round(Planet.EARTH.surface_gravity, 2), repr(Planet.MERCURY))


class Ordinal(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj

    LOW = (1, 'low')
    HIGH = (2, 'high')


print(Ordinal(2), Ordinal.LOW.label, Ordinal.HIGH.value)


class Fallback(Enum):
    A = 'a'
    B = 'b'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


print(Fallback('A'), Fallback('b'))
try:
    Fallback('z')
except ValueError as e:
    print('ValueError', e)


class BadMissing(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 'nope'


try:
    BadMissing(2)
except TypeError as e:
    print('TypeError', e)

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal))
Pet = Enum('Pet', [('DOG', 'd'), ('FISH', 'f')])
print(list(Pet), Pet('f'))
Level = IntEnum('Level', 'LOW, MID HIGH', start=10)
print(list(Level), Level.MID + 0)
Dct = Enum('Dct', {'X': 1, 'Y': 2})
print(list(Dct))

from collections import namedtuple


def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], p[-1], len(p), tuple(p), p == (11, 22))
x, y = p
print(x, y, Point._fields, Point._field_defaults, Point.__name__, Point)
print(p._asdict(), p._replace(x=100), Point._make([5, 6]), p.__getnewargs__())
print(isinstance(p, tuple), issubclass(Point, tuple), hash(p) == hash((11, 22)))
print(Point.__doc__, Point.x.__doc__, Point.__new__.__doc__, Point.__match_args__)
print(sorted([Point(2, 1), Point(1, 2)]), max(Point(3, 0), Point(1, 9)))
print(Point(1, 2) + (3,), Point(1, 2) * 2, Point(1, 2).count(2), Point(1, 2).index(2))

P3 = namedtuple('P3', 'a, b c', defaults=[0, 1])
print(P3(5), P3(5, 6), P3(5, 6, 7), P3._field_defaults, P3.__new__.__defaults__)
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x', '1y'], rename=True)
print(R._fields)
Single = namedtuple('Single', 'only')
print(Single(1), Single._make('a'))
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields)
M = namedtuple('M', 'a b', module='mymod')
print(M.__module__, M)


class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)


v = Vec(3, 4)
print(v, v.norm2, v + Vec(1, 1), v._replace(y=0))
try:
    v.z = 1
except AttributeError as e:
    print('AttributeError')
check(lambda: setattr(p, 'x', 5))
check(lambda: Point(1))
check(lambda: Point(1, 2, 3))
check(lambda: Point(1, y=2, z=3))
check(lambda: Point._make([1]))
check(lambda: p._replace(z=1))
check(lambda: namedtuple('Bad', 'a a'))
check(lambda: namedtuple('Bad', '_a'))
check(lambda: namedtuple('Bad', 'def'))
check(lambda: namedtuple('Bad', '1a'))
check(lambda: namedtuple('class', 'a'))
check(lambda: namedtuple('Bad', 'a b', defaults=[1, 2, 3]))
check(lambda: namedtuple('Bad', ['a', 3]))

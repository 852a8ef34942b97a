# Class patterns: isinstance check, then positional sub-patterns through
# __match_args__ and keyword sub-patterns by attribute.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=0):
            return "3d on plane at %r" % ((x, y),)
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return "x axis %r" % x
        case Point(0, y=yy):
            return "y axis %r" % yy
        case Point():
            return "somewhere"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(2, 0), Point(0, 3), Point(1, 1), Point3(0, 0, 0),
          Point3(1, 2, 0), Point3(1, 2, 3), (0, 0), None]:
    print(where(p))

# Keyword patterns need no __match_args__.
class Plain:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

match Plain(a=1, b=2):
    case Plain(b=2, a=a):
        print("keywords in any order, a =", a)

# A missing attribute means no match (AttributeError is swallowed).
match Plain(a=1):
    case Plain(b=_):
        print("unexpected")
    case Plain(a=_):
        print("only a")

# Properties and __getattr__ are used.
class Computed:
    __match_args__ = ("double",)
    def __init__(self, n):
        self.n = n
    @property
    def double(self):
        print("  computing double")
        return self.n * 2
    def __getattr__(self, name):
        if name == "dynamic":
            return "dyn"
        raise AttributeError(name)

match Computed(21):
    case Computed(42, dynamic=d):
        print("double is 42, dynamic", d)

# Sub-patterns can be any pattern.
match Point([1, 2], {"k": "v"}):
    case Point([a, b], {"k": v}):
        print("nested", a, b, v)

# The class is any expression naming a type (dotted names too).
class Shapes:
    P = Point

match Point(5, 6):
    case Shapes.P(x=5):
        print("dotted class name")

# Subclass instances match the base class pattern.
match Point3(7, 8, 9):
    case Point(a, b):
        print("base pattern on subclass", a, b)

# isinstance honours __instancecheck__.
class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int)

class Anything(metaclass=Meta):
    pass

match 12:
    case Anything():
        print("metaclass __instancecheck__ accepted 12")

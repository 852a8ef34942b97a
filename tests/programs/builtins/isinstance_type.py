values = [1, 1.0, "s", b"b", [], (), {}, set(), None, True, len, int, range(1)]
for v in values:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (str, bytes)), isinstance(v, object), isinstance(v, type))
print(type(int) is type, type(type) is type, isinstance(type, object), issubclass(object, object))
print(isinstance(True, (int, str)), issubclass(bool, (str, int)), isinstance([], (tuple, (dict, list))))
Point = type("Point", (), {"x": 0, "__init__": lambda self, x=1: setattr(self, "x", x)})
p = Point(5)
print(type(p).__name__, p.x, Point.x, isinstance(p, Point))
Sub = type("Sub", (Point,), {})
print(Sub().x, issubclass(Sub, Point), [c.__name__ for c in Sub.__mro__])
print(type(3) == int, type(3) == float, type("") in (str, bytes))

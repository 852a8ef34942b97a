class Point:
    """A 2D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def dist2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
p = Point(1, 2)
q = p.moved(3, 4)
print(p, q, p.dist2(q), Point.dist2(p, q))
print(p.dims, Point.dims, Point.__doc__, Point.__name__, Point.__qualname__)
print(sorted(vars(p).items()), type(p) is Point, type(p).__name__)
print(isinstance(p, Point), isinstance(p, object), isinstance(3, Point))
p.z = 9
print(sorted(p.__dict__))
print(Point.__module__, p.__class__.__name__)
print([k for k in Point.__dict__ if not k.startswith("__")])

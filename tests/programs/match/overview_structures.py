class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return "on x axis at %d" % x
        case Point(x=0, y=y):
            return "on y axis at %d" % y
        case [first, *rest]:
            return "sequence starting with %r (+%d)" % (first, len(rest))
        case {"kind": kind, **others}:
            return "mapping of kind %s with %s" % (kind, sorted(others))
        case _:
            return "unknown"
for obj in [Point(0, 0), Point(3, 0), Point(0, 4), Point(1, 1), [1, 2, 3], (), {"kind": "k", "a": 1}, 5]:
    print(where(obj))

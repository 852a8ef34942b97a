# Errors raised while matching point at the pattern.
class Point:
    __match_args__ = ("x",)
    def __init__(self, x):
        self.x = x

def where(p):
    match p:
        case Point(0):
            return "zero"
        case Point(x, y):
            return "two"

print(where(Point(0)))
print(where(Point(1)))

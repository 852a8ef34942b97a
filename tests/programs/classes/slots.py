class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
class Q:
    __slots__ = ["a"]
q = Q()
try:
    q.a
except AttributeError as e:
    print("AttributeError:", e)
q.a = 1
del q.a
print(hasattr(q, "a"))
class Child(P):
    pass
c = Child(1, 2)
c.z = 3
print(c.z, sorted(c.__dict__))
class ChildSlots(P):
    __slots__ = ("w",)
cs = ChildSlots(1, 2)
cs.w = 5
print(cs.x, cs.w)
try:
    cs.v = 1
except AttributeError as e:
    print("AttributeError:", e)
print(type(P.x).__name__)
class WithDict:
    __slots__ = ("a", "__dict__")
wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.b)
print(P.__slots__, Q.__slots__)

class Base:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"
    def __lt__(self, other):
        return "Base.__lt__"
    def __gt__(self, other):
        return "Base.__gt__"
class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"
    def __gt__(self, other):
        return "Derived.__gt__"
class Derived2(Base):
    pass
print(Base(1) + Derived(2))
print(Derived(1) + Base(2))
print(Base(1) + Derived2(2))
print(Base(1) < Derived(2))
print(Derived(1) < Base(2))
class IntLike(int):
    def __radd__(self, other):
        return "IntLike.__radd__"
    def __add__(self, other):
        return "IntLike.__add__"
print(1 + IntLike(2), IntLike(2) + 1)
class Eq:
    def __eq__(self, other):
        print("  Eq.__eq__ called")
        return NotImplemented
print(Eq() == Eq())
e = Eq()
print(e == e, e != 5)
class Lt:
    def __lt__(self, other):
        return NotImplemented
try:
    Lt() < Lt()
except TypeError as ex:
    print("TypeError:", ex)
class Rev:
    def __gt__(self, other):
        return "Rev.__gt__ with %r" % (other,)
print(1 < Rev())

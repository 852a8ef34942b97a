class Plain:
    pass
a = Plain()
print(a == a, a == Plain(), type(hash(a)).__name__)
class WithEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, WithEq) and self.v == other.v
print(WithEq(1) == WithEq(1), WithEq(1) != WithEq(2), WithEq.__hash__)
try:
    hash(WithEq(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {WithEq(1)}
except TypeError as e:
    print("TypeError:", e)
class Hashable:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __hash__(self):
        return hash(self.v)
s = {Hashable(1), Hashable(1), Hashable(2)}
print(len(s), hash(Hashable(7)))
d = {Hashable(3): "three"}
print(d[Hashable(3)])
class Child(WithEq):
    pass
print(Child.__hash__)
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print("TypeError:", e)
class ExplicitHash(WithEq):
    __hash__ = object.__hash__
print(type(hash(ExplicitHash(1))).__name__)
print(hash(1), hash(-1), hash(-2), hash(0), hash(True), hash(1.0), hash(2 ** 61 - 1), hash(2 ** 61), hash((1, 2)))
print(hash(1.5), hash(-0.0), hash(()))

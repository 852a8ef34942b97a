class C:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("  C.__eq__", self.v, getattr(other, "v", other))
        if isinstance(other, C):
            return self.v == other.v
        return NotImplemented
    def __lt__(self, other):
        print("  C.__lt__", self.v)
        return self.v < other.v
print(C(1) == C(1))
print(C(1) != C(2))
print(C(1) == 1)
print(1 == C(1))
print(C(1) < C(2))
print(C(3) > C(2))
try:
    print(C(1) <= C(2))
except TypeError as e:
    print("TypeError:", e)
class NoEq:
    pass
x = NoEq()
print(x == x, x == NoEq(), x != x)
print([C(1)] == [C(1)])
print(C(5) in [C(4), C(5)])

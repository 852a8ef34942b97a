class V:
    def __init__(self, x):
        self.x = x
    def __neg__(self):
        return V(-self.x)
    def __pos__(self):
        return V(abs(self.x))
    def __invert__(self):
        return V(~self.x)
    def __abs__(self):
        return "abs!"
    def __repr__(self):
        return "V(%r)" % self.x
v = V(-3)
print(-v, +v, ~v, abs(v))
print(-True, +False, ~True, -(-0.0), -0.0, +1.5, -(2 ** 100))
for bad in ["s", [1], None]:
    try:
        -bad
    except TypeError as e:
        print("TypeError:", e)
try:
    ~1.5
except TypeError as e:
    print("TypeError:", e)
print(not v, not None, not 0, not [])

class Vec:
    def __init__(self, *c):
        self.c = tuple(c)
    def __repr__(self):
        return "Vec%r" % (self.c,)
    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self.c, o.c)])
    def __sub__(self, o):
        return Vec(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self.c, k.c))
        return Vec(*[a * k for a in self.c])
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(*[a / k for a in self.c])
    def __floordiv__(self, k):
        return Vec(*[a // k for a in self.c])
    def __mod__(self, k):
        return Vec(*[a % k for a in self.c])
    def __pow__(self, k, mod=None):
        return Vec(*[pow(a, k, mod) for a in self.c])
    def __neg__(self):
        return Vec(*[-a for a in self.c])
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c
    def __hash__(self):
        return hash(self.c)
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __lshift__(self, n):
        return Vec(*(self.c[n:] + self.c[:n]))
    def __rshift__(self, n):
        return self << (len(self) - n)
    def __and__(self, o):
        return Vec(*[a & b for a, b in zip(self.c, o.c)])
    def __or__(self, o):
        return Vec(*[a | b for a, b in zip(self.c, o.c)])
    def __xor__(self, o):
        return Vec(*[a ^ b for a, b in zip(self.c, o.c)])
    def __divmod__(self, k):
        return (self // k, self % k)
    def __rdivmod__(self, k):
        return "rdivmod"
v = Vec(1, 2, 3)
w = Vec(4, 5, 6)
print(v + w, w - v, v * 2, 3 * v, v * w, v / 2, w // 4, w % 4, v ** 2, pow(v, 2, 3))
print(-v, abs(Vec(3, 4)), v == Vec(1, 2, 3), v != w, len(v), v[0], v[-1], v[1:])
print(v << 1, v >> 1, v & w, v | w, v ^ w, divmod(w, 4), divmod(1, v))
print({v: "a", Vec(1, 2, 3): "b"})

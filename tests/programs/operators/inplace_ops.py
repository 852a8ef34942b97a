class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        print("  __iadd__")
        self.v += other
        return self
    def __add__(self, other):
        print("  __add__")
        return Acc(self.v + other)
    def __isub__(self, other):
        return NotImplemented
    def __sub__(self, other):
        print("  __sub__ (fallback)")
        return Acc(self.v - other)
    def __repr__(self):
        return "Acc(%r)" % self.v
a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a -= 2
print(a, a is orig)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
b = OnlyAdd(1)
ob = b
b += 1
print(b.v, b is ob)
class R:
    def __rmul__(self, o):
        return "R.__rmul__"
x = 3
x *= R()
print(x)
class Weird:
    def __iadd__(self, other):
        return "replaced"
w = Weird()
w += 1
print(w)
lst = [1]
t = (lst,)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
class Ops:
    def __init__(self):
        self.log = []
    def __imul__(self, o): self.log.append("imul"); return self
    def __itruediv__(self, o): self.log.append("itruediv"); return self
    def __ifloordiv__(self, o): self.log.append("ifloordiv"); return self
    def __imod__(self, o): self.log.append("imod"); return self
    def __ipow__(self, o): self.log.append("ipow"); return self
    def __ilshift__(self, o): self.log.append("ilshift"); return self
    def __irshift__(self, o): self.log.append("irshift"); return self
    def __iand__(self, o): self.log.append("iand"); return self
    def __ior__(self, o): self.log.append("ior"); return self
    def __ixor__(self, o): self.log.append("ixor"); return self
    def __imatmul__(self, o): self.log.append("imatmul"); return self
o = Ops()
o *= 1; o /= 1; o //= 1; o %= 1; o **= 1; o <<= 1; o >>= 1; o &= 1; o |= 1; o ^= 1; o @= 1
print(o.log)
try:
    n = None
    n += 1
except TypeError as e:
    print("TypeError:", e)

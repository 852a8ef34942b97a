class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(2)
print([10, 20, 30, 40][i], "abcdef"[i], "abcdef"[Idx(1):Idx(4)], range(10)[i])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), [0] * Idx(3))
print(int(Idx(7)), complex(1, 0).real)
class Num:
    def __int__(self):
        return 42
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1 + 2j
n = Num()
print(int(n), float(n), complex(n))
try:
    [1, 2][n]
except TypeError as e:
    print("TypeError:", e)
class BadInt:
    def __int__(self):
        return "no"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print("TypeError:", e)
print(round(2.5), round(3.5))
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 2))
print(float(Idx(3)), int(True), int(-2.9), int(2.9), float(7))

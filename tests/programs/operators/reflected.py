class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return "Money(%d)" % self.cents
    def __add__(self, other):
        print("  Money.__add__", other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("  Money.__radd__", other)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __mul__(self, k):
        return Money(self.cents * k) if isinstance(k, int) else NotImplemented
    __rmul__ = __mul__
    def __rsub__(self, other):
        return Money(other - self.cents)
    def __rtruediv__(self, other):
        return ("rtruediv", other, self.cents)
    def __rpow__(self, other):
        return ("rpow", other)
    def __rmatmul__(self, other):
        return ("rmatmul", other)
print(Money(5) + Money(7))
print(Money(5) + 3)
print(3 + Money(5))
print(sum([Money(1), Money(2), Money(3)]))
print(Money(2) * 3, 3 * Money(2))
print(10 - Money(4), 1 / Money(2), 2 ** Money(3))
try:
    Money(1) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + Money(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1) - Money(1)
except TypeError as e:
    print("TypeError:", e)
class M2:
    def __matmul__(self, o):
        return NotImplemented
try:
    M2() @ 5
except TypeError as e:
    print("TypeError:", e)
print(5 @ Money(1))

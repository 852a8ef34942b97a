"""Matrix class: multiplication, transpose, exact determinant with a tiny Fraction, powers."""

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Frac:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if isinstance(n, Frac):
            n, d = n.n, n.d * d
        if d == 0:
            raise ZeroDivisionError("Frac with zero denominator")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    def _coerce(self, o):
        return o if isinstance(o, Frac) else Frac(o)
    def __add__(self, o):
        o = self._coerce(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __mul__(self, o):
        o = self._coerce(o)
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        return Frac(self.n * o.d, self.d * o.n)
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __eq__(self, o):
        o = self._coerce(o)
        return self.n == o.n and self.d == o.d
    def __repr__(self):
        return str(self.n) if self.d == 1 else "%d/%d" % (self.n, self.d)

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0
        if any(len(r) != self.m for r in self.rows):
            raise ValueError("ragged matrix")
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError("shape mismatch: %dx%d @ %dx%d" % (self.n, self.m, other.n, other.m))
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])
    def __mul__(self, k):
        return Matrix([[v * k for v in row] for row in self.rows])
    __rmul__ = __mul__
    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result
    def T(self):
        return Matrix(zip(*self.rows))
    def det(self):
        if self.n != self.m:
            raise ValueError("determinant of non-square matrix")
        a = [[Frac(v) for v in row] for row in self.rows]
        n = self.n
        result = Frac(1)
        for col in range(n):
            pivot = next((r for r in range(col, n) if a[r][col] != Frac(0)), None)
            if pivot is None:
                return Frac(0)
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                result = -result
            result = result * a[col][col]
            for r in range(col + 1, n):
                factor = a[r][col] / a[col][col]
                a[r] = [x - factor * y for x, y in zip(a[r], a[col])]
        return result
    def __repr__(self):
        width = max(len(repr(v)) for row in self.rows for v in row)
        return "\n".join("[" + " ".join(repr(v).rjust(width) for v in row) + "]" for row in self.rows)

A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A @ B)
print(A.T())
print(A * 3 + B)
print(A.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det(), Matrix([[1, 2], [2, 4]]).det())
print(Matrix([[Frac(1, 2), 1], [1, 3]]).det())
fib = Matrix([[1, 1], [1, 0]]) ** 50
print(fib.rows[0][1])
print(Matrix.identity(3) == Matrix.identity(3) ** 5)
H = Matrix([[Frac(1, i + j + 1) for j in range(4)] for i in range(4)])
print(H.det())
try:
    A @ Matrix([[1, 2, 3]])
except ValueError as e:
    print("ValueError:", e)
try:
    Matrix([[1, 2], [3]])
except ValueError as e:
    print("ValueError:", e)
M = Matrix([[(i * 3 + j * 5) % 7 for j in range(5)] for i in range(5)])
print(M @ M.T())
print(M.det())

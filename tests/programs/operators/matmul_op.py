class Mat:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, other):
        n, m, p = len(self.rows), len(other.rows), len(other.rows[0])
        return Mat([[sum(self.rows[i][k] * other.rows[k][j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self
    def __repr__(self):
        return "Mat(%r)" % (self.rows,)
a = Mat([[1, 2], [3, 4]])
b = Mat([[0, 1], [1, 0]])
print(a @ b)
print(b @ a)
a @= b
print(a)
try:
    1 @ 2
except TypeError as e:
    print("TypeError:", e)

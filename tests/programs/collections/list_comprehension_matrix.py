m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
transpose = [[row[i] for row in m] for i in range(3)]
print(transpose)
print(list(zip(*m)))
print([x for row in m for x in row])
print(sum(m[i][i] for i in range(3)), sum(m[i][2 - i] for i in range(3)))
print([[m[r][c] * 2 for c in range(3)] for r in range(3)])
rot = [list(r) for r in zip(*m[::-1])]
print(rot)
identity = [[1 if i == j else 0 for j in range(4)] for i in range(4)]
for row in identity:
    print(row)
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
print(matmul(m, [[1, 0, 0], [0, 1, 0], [0, 0, 1]]))
print(matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))

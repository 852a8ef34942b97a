matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix)
print([[row[c] for row in matrix] for c in range(3)])
print([v for row in matrix for v in row if v % 2 == 0])
print({r: {c: matrix[r][c] for c in range(3) if c >= r} for r in range(3)})
triangle = [[1]]
for _ in range(5):
    prev = triangle[-1]
    triangle.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
for row in triangle:
    print(" ".join(str(v) for v in row).center(20).rstrip())
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
flat = [c for word in ["ab", "cd"] for c in word for _ in range(2)]
print(flat)
print([[(lambda k: k * n)(2) for n in range(3)] for _ in range(2)])

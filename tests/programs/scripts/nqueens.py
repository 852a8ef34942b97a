"""N-queens: count all solutions for n = 1..8 and show the first for n = 8."""

def solve(n):
    solutions = []
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)
    placement = []
    def place(row):
        if row == n:
            solutions.append(list(placement))
            return
        for c in range(n):
            if cols[c] or diag1[row + c] or diag2[row - c + n]:
                continue
            cols[c] = diag1[row + c] = diag2[row - c + n] = True
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols[c] = diag1[row + c] = diag2[row - c + n] = False
    place(0)
    return solutions

def count_bits(n):
    full = (1 << n) - 1
    def go(cols, d1, d2):
        if cols == full:
            return 1
        total = 0
        avail = full & ~(cols | d1 | d2)
        while avail:
            bit = avail & -avail
            avail ^= bit
            total += go(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
        return total
    return go(0, 0, 0)

for n in range(1, 9):
    sols = solve(n)
    print(n, len(sols), count_bits(n), sols[0] if sols else None)
first = solve(8)[0]
for c in first:
    print(" ".join("Q" if i == c else "." for i in range(8)))
def is_valid(p):
    n = len(p)
    return all(p[i] != p[j] and abs(p[i] - p[j]) != j - i for i in range(n) for j in range(i + 1, n))
sols8 = solve(8)
print(all(is_valid(s) for s in sols8), len(set(tuple(s) for s in sols8)))
def canonical(s):
    n = len(s)
    variants = []
    pts = [(r, c) for r, c in enumerate(s)]
    for _ in range(4):
        pts = [(c, n - 1 - r) for r, c in pts]
        variants.append(tuple(c for r, c in sorted(pts)))
        variants.append(tuple(c for r, c in sorted((r, n - 1 - c) for r, c in pts)))
    return min(variants)
print("distinct up to symmetry:", len(set(canonical(s) for s in sols8)))

"""Backtracking sudoku solver with constraint propagation of candidates."""

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""

def parse(text):
    rows = [line.strip() for line in text.strip().splitlines()]
    if len(rows) != 9 or any(len(r) != 9 for r in rows):
        raise ValueError("puzzle must be 9x9")
    return [[0 if c == "." else int(c) for c in r] for r in rows]

def candidates(grid, r, c):
    used = set(grid[r])
    used.update(grid[i][c] for i in range(9))
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used.update(grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3))
    return [d for d in range(1, 10) if d not in used]

class Solver:
    def __init__(self, grid):
        self.grid = [row[:] for row in grid]
        self.guesses = 0
        self.backtracks = 0
    def solve(self):
        best = None
        for r in range(9):
            for c in range(9):
                if self.grid[r][c] == 0:
                    cand = candidates(self.grid, r, c)
                    if not cand:
                        return False
                    if best is None or len(cand) < len(best[2]):
                        best = (r, c, cand)
        if best is None:
            return True
        r, c, cand = best
        for d in cand:
            self.guesses += 1
            self.grid[r][c] = d
            if self.solve():
                return True
            self.backtracks += 1
        self.grid[r][c] = 0
        return False

def valid(grid):
    full = list(range(1, 10))
    for i in range(9):
        if sorted(grid[i]) != full or sorted(grid[j][i] for j in range(9)) != full:
            return False
    for br in range(0, 9, 3):
        for bc in range(0, 9, 3):
            if sorted(grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)) != full:
                return False
    return True

def show(grid):
    lines = []
    for r, row in enumerate(grid):
        if r and r % 3 == 0:
            lines.append("------+-------+------")
        parts = [" ".join(str(v) if v else "." for v in row[i:i + 3]) for i in (0, 3, 6)]
        lines.append(" | ".join(parts))
    return "\n".join(lines)

grid = parse(PUZZLE)
print(show(grid))
print()
s = Solver(grid)
print("solved:", s.solve(), "guesses:", s.guesses, "backtracks:", s.backtracks)
print(show(s.grid))
print("valid:", valid(s.grid))
HARD = """
..9748...
7........
.2.1.9...
..7...24.
.64.1.59.
.98...3..
...8.3.2.
........6
...2759..
"""
s2 = Solver(parse(HARD))
print("hard solved:", s2.solve(), valid(s2.grid), s2.guesses, s2.backtracks)
print("".join(str(v) for v in s2.grid[0]))
bad = parse(PUZZLE)
bad[0][2] = 5
print("contradiction solvable:", Solver(bad).solve())
try:
    parse("123")
except ValueError as e:
    print("ValueError:", e)

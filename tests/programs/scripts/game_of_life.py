"""Conway's Game of Life on a small toroidal grid, a few generations."""

class Life:
    def __init__(self, width, height, alive=()):
        self.w, self.h = width, height
        self.cells = [[False] * width for _ in range(height)]
        for x, y in alive:
            self.cells[y][x] = True
        self.generation = 0
    @classmethod
    def from_pattern(cls, width, height, pattern, ox=0, oy=0):
        alive = []
        for y, row in enumerate(pattern.strip().splitlines()):
            for x, ch in enumerate(row):
                if ch == "#":
                    alive.append((x + ox, y + oy))
        return cls(width, height, alive)
    def neighbours(self, x, y):
        n = 0
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                if (dx or dy) and self.cells[(y + dy) % self.h][(x + dx) % self.w]:
                    n += 1
        return n
    def step(self):
        new = [[False] * self.w for _ in range(self.h)]
        for y in range(self.h):
            for x in range(self.w):
                n = self.neighbours(x, y)
                new[y][x] = n == 3 or (n == 2 and self.cells[y][x])
        self.cells = new
        self.generation += 1
    def population(self):
        return sum(sum(row) for row in self.cells)
    def __str__(self):
        return "\n".join("".join("#" if c else "." for c in row) for row in self.cells)
    def signature(self):
        return tuple((x, y) for y in range(self.h) for x in range(self.w) if self.cells[y][x])

GLIDER = """
.#.
..#
###
"""
life = Life.from_pattern(8, 8, GLIDER, 1, 1)
for _ in range(5):
    print("generation", life.generation, "population", life.population())
    print(life)
    life.step()
start = Life.from_pattern(8, 8, GLIDER, 1, 1).signature()
life = Life.from_pattern(8, 8, GLIDER, 1, 1)
for _ in range(32):
    life.step()
print("glider returns after 32 steps on 8x8 torus:", life.signature() == start)
blinker = Life.from_pattern(5, 5, "###", 1, 2)
states = []
for _ in range(4):
    states.append(blinker.signature())
    blinker.step()
print("blinker period 2:", states[0] == states[2], states[0] != states[1])
rpent = Life.from_pattern(20, 20, """
.##
##.
.#.
""", 8, 8)
pops = []
for _ in range(30):
    pops.append(rpent.population())
    rpent.step()
print("r-pentomino populations:", pops)

"""Grid maze: BFS shortest path, DFS reachability and A*-like search with a manual heap."""

MAZE = """
##########
#S.....#.#
#.##.#.#.#
#.#..#...#
#.#.####.#
#...#..#.#
###.#.##.#
#.....#..#
#.###...E#
##########
"""

def parse(text):
    grid = [list(row) for row in text.strip().splitlines()]
    start = end = None
    for r, row in enumerate(grid):
        for c, ch in enumerate(row):
            if ch == "S":
                start = (r, c)
            elif ch == "E":
                end = (r, c)
    return grid, start, end

def neighbours(grid, pos):
    r, c = pos
    for dr, dc in ((-1, 0), (0, 1), (1, 0), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#":
            yield (nr, nc)

def bfs(grid, start, end):
    prev = {start: None}
    frontier = [start]
    expanded = 0
    while frontier:
        nxt = []
        for pos in frontier:
            expanded += 1
            if pos == end:
                path = []
                while pos is not None:
                    path.append(pos)
                    pos = prev[pos]
                return path[::-1], expanded
            for n in neighbours(grid, pos):
                if n not in prev:
                    prev[n] = pos
                    nxt.append(n)
        frontier = nxt
    return None, expanded

def reachable(grid, start):
    seen = {start}
    stack = [start]
    while stack:
        pos = stack.pop()
        for n in neighbours(grid, pos):
            if n not in seen:
                seen.add(n)
                stack.append(n)
    return seen

def heap_push(h, item):
    h.append(item)
    i = len(h) - 1
    while i and h[(i - 1) // 2] > h[i]:
        h[(i - 1) // 2], h[i] = h[i], h[(i - 1) // 2]
        i = (i - 1) // 2

def heap_pop(h):
    top = h[0]
    last = h.pop()
    if h:
        h[0] = last
        i = 0
        while True:
            l, r, m = 2 * i + 1, 2 * i + 2, i
            if l < len(h) and h[l] < h[m]:
                m = l
            if r < len(h) and h[r] < h[m]:
                m = r
            if m == i:
                break
            h[i], h[m] = h[m], h[i]
            i = m
    return top

def astar(grid, start, end):
    def h(p):
        return abs(p[0] - end[0]) + abs(p[1] - end[1])
    heap = [(h(start), 0, start)]
    best = {start: 0}
    expanded = 0
    while heap:
        f, g, pos = heap_pop(heap)
        if g > best.get(pos, 10 ** 9):
            continue
        expanded += 1
        if pos == end:
            return g, expanded
        for n in neighbours(grid, pos):
            if g + 1 < best.get(n, 10 ** 9):
                best[n] = g + 1
                heap_push(heap, (g + 1 + h(n), g + 1, n))
    return None, expanded

grid, start, end = parse(MAZE)
print("start", start, "end", end)
path, expanded = bfs(grid, start, end)
print("bfs length", len(path) - 1, "expanded", expanded)
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
grid, start, end = parse(MAZE)
print("astar", astar(grid, start, end))
print("reachable cells", len(reachable(grid, start)), "open cells", sum(row.count(".") for row in grid) + 2)
grid[7][5] = "#"
grid[5][3] = "#"
print("after blocking:", bfs(grid, start, end)[0], astar(grid, start, end))

"""A binary min-heap priority queue, used for Dijkstra and a task scheduler."""

class PriorityQueue:
    def __init__(self):
        self.heap = []
        self.counter = 0
    def push(self, priority, item):
        self.heap.append((priority, self.counter, item))
        self.counter += 1
        self._sift_up(len(self.heap) - 1)
    def pop(self):
        if not self.heap:
            raise IndexError("pop from empty priority queue")
        top = self.heap[0]
        last = self.heap.pop()
        if self.heap:
            self.heap[0] = last
            self._sift_down(0)
        return top[0], top[2]
    def _sift_up(self, i):
        h = self.heap
        while i > 0:
            parent = (i - 1) // 2
            if h[i] < h[parent]:
                h[i], h[parent] = h[parent], h[i]
                i = parent
            else:
                break
    def _sift_down(self, i):
        h = self.heap
        n = len(h)
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and h[child] < h[smallest]:
                    smallest = child
            if smallest == i:
                return
            h[i], h[smallest] = h[smallest], h[i]
            i = smallest
    def __len__(self):
        return len(self.heap)
    def __bool__(self):
        return bool(self.heap)

pq = PriorityQueue()
for p, item in [(5, "e"), (1, "a"), (3, "c"), (1, "a2"), (4, "d"), (2, "b")]:
    pq.push(p, item)
print([pq.pop() for _ in range(len(pq))])
try:
    pq.pop()
except IndexError as e:
    print("IndexError:", e)

GRAPH = {
    "A": {"B": 7, "C": 9, "F": 14},
    "B": {"A": 7, "C": 10, "D": 15},
    "C": {"A": 9, "B": 10, "D": 11, "F": 2},
    "D": {"B": 15, "C": 11, "E": 6},
    "E": {"D": 6, "F": 9},
    "F": {"A": 14, "C": 2, "E": 9},
    "G": {},
}

def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    pq = PriorityQueue()
    pq.push(0, source)
    visited = []
    while pq:
        d, node = pq.pop()
        if node in visited:
            continue
        visited.append(node)
        for nbr, w in graph[node].items():
            nd = d + w
            if nbr not in dist or nd < dist[nbr]:
                dist[nbr] = nd
                prev[nbr] = node
                pq.push(nd, nbr)
    return dist, prev, visited

def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]

dist, prev, order = dijkstra(GRAPH, "A")
print("visit order:", order)
for node in sorted(GRAPH):
    if node in dist:
        print(node, dist[node], "->".join(path_to(prev, node)))
    else:
        print(node, "unreachable")

def heapsort(xs):
    q = PriorityQueue()
    for x in xs:
        q.push(x, x)
    return [q.pop()[1] for _ in range(len(q))]
data = [(i * 37 + 11) % 101 for i in range(40)]
print(heapsort(data) == sorted(data), heapsort(data)[:8])

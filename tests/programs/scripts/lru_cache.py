"""An LRU cache built from a dict and a doubly linked list."""

class Node:
    __slots__ = ("key", "value", "prev", "next")
    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = self.next = None

class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head = Node()
        self.tail = Node()
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = self.misses = self.evictions = 0
    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev
    def _push_front(self, node):
        node.next = self.head.next
        node.prev = self.head
        self.head.next.prev = node
        self.head.next = node
    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value
    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            self.evictions += 1
        node = Node(key, value)
        self.map[key] = node
        self._push_front(node)
    def keys(self):
        out = []
        node = self.head.next
        while node is not self.tail:
            out.append(node.key)
            node = node.next
        return out
    def __len__(self):
        return len(self.map)
    def __contains__(self, key):
        return key in self.map
    def __repr__(self):
        return "LRUCache(%s)" % ", ".join("%r: %r" % (k, self.map[k].value) for k in self.keys())

cache = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    cache.put(k, v)
print(cache)
print(cache.get("a"), cache)
cache.put("d", 4)
print(cache, "b" in cache)
cache.put("c", 30)
print(cache)
print(cache.get("zzz", "miss"), len(cache))
print("hits=%d misses=%d evictions=%d" % (cache.hits, cache.misses, cache.evictions))

def cached(capacity):
    def deco(fn):
        store = LRUCache(capacity)
        def wrapper(*args):
            sentinel = object()
            r = store.get(args, sentinel)
            if r is sentinel:
                r = fn(*args)
                store.put(args, r)
            return r
        wrapper.cache = store
        return wrapper
    return deco

@cached(100)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(90), fib.cache.hits, fib.cache.misses, len(fib.cache))

@cached(2)
def slow_square(n):
    print("  computing", n)
    return n * n

for n in [1, 2, 1, 3, 2, 1]:
    print(n, slow_square(n))
print(slow_square.cache.keys())
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)

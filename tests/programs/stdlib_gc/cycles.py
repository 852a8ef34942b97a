"""Reference cycles of every kind are collected: gc.collect() finds them
(at least as many objects as built) and weakrefs to them die."""
import gc
import weakref


class Node:
    pass


def count_cycles(build, n):
    gc.collect()
    refs = build()
    alive_before = sum(r() is not None for r in refs)
    found = gc.collect()
    alive_after = sum(r() is not None for r in refs)
    print(build.__name__, alive_before, alive_after, found >= n)


def instances():
    refs = []
    for i in range(10):
        a = Node()
        b = Node()
        a.b = b
        b.a = a
        refs.append(weakref.ref(a))
    return refs


def self_loops():
    refs = []
    for i in range(10):
        a = Node()
        a.me = a
        refs.append(weakref.ref(a))
    return refs


def via_containers():
    refs = []
    for i in range(5):
        a = Node()
        a.items = [a, {"k": (a,)}]
        refs.append(weakref.ref(a))
        b = Node()
        b.s = {1, 2}
        b.d = {"self": b}
        refs.append(weakref.ref(b))
    return refs


def functions():
    refs = []
    for i in range(5):
        def f():
            return f
        refs.append(weakref.ref(f))
        def outer():
            def inner():
                return inner
            return inner
        refs.append(weakref.ref(outer()))
    return refs


def classes():
    refs = []
    for i in range(5):
        class C:
            def method(self):
                return super().method
        C.me = C
        refs.append(weakref.ref(C))
    return refs


def methods():
    refs = []
    for i in range(5):
        a = Node()
        a.bound = a.__init__
        refs.append(weakref.ref(a))
    return refs


def exceptions():
    refs = []
    for i in range(5):
        try:
            raise ValueError(i)
        except ValueError as e:
            e.me = e
            holder = Node()
            holder.e = e
            e.holder = holder
            refs.append(weakref.ref(holder))
    return refs


def generators():
    refs = []
    for i in range(5):
        def gen():
            x = yield 1
            yield x
        g = gen()
        next(g)
        holder = Node()
        holder.g = g
        g.send(holder)
        refs.append(weakref.ref(holder))
    return refs


count_cycles(instances, 20)
count_cycles(self_loops, 10)
count_cycles(via_containers, 10)
count_cycles(functions, 10)
count_cycles(classes, 5)
count_cycles(methods, 5)
count_cycles(exceptions, 10)
count_cycles(generators, 0)

# Reachable structures are never touched.
keep = []
for i in range(100):
    n = Node()
    n.me = n
    n.value = i
    keep.append(n)
gc.collect()
gc.collect()
print(sum(n.value for n in keep), all(n.me is n for n in keep))
print(gc.collect())

# A big structure: a 100000-long ring of lists, then a wide list of lists.
def ring(n):
    head = node = [None]
    for i in range(n):
        nxt = [None]
        node[0] = nxt
        node = nxt
    node[0] = head
ring(100000)
print(gc.collect() >= 100000)
def wide(n):
    big = []
    for i in range(n):
        big.append([big])
wide(100000)
print(gc.collect() >= 100000)
print(gc.collect())

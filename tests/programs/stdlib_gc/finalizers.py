"""__del__ on cyclic garbage runs exactly once per object (PEP 442), also
when a finalizer resurrects its object; gc.is_finalized reports it."""
import gc

log = []


class Fin:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


gc.collect()
a = Fin("a")
b = Fin("b")
a.other = b
b.other = a
print(gc.is_finalized(a))
del a, b
print(log)
print(gc.collect() >= 2)
print(sorted(log))

# Plain refcount release still runs __del__ at once.
log.clear()
c = Fin("c")
del c
print(log)

# Resurrection: the finalizer stores the object; it survives intact and
# its finalizer never runs again.
saved = []


class Phoenix:
    def __del__(self):
        log.append("phoenix")
        saved.append(self)


log.clear()
p = Phoenix()
p.me = p
p.data = [1, 2, 3]
del p
gc.collect()
print(log, len(saved), saved[0].me is saved[0], saved[0].data)
print(gc.is_finalized(saved[0]))
saved.clear()
gc.collect()
print(log)

# A finalizer that raises is reported and ignored; the collection goes on.
class Bad:
    def __del__(self):
        log.append("bad")
        raise RuntimeError("ignored")


log.clear()
x = Bad()
x.me = x
del x
print(gc.collect() >= 1, log)

# Generators in cycles are closed: their finally blocks run once.
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        log.append("finally " + tag)


log.clear()
holder = Fin("holder")
g = gen("g")
next(g)
holder.g = g
g_holder = [holder, g]
holder.lst = g_holder
del holder, g, g_holder
gc.collect()
print(sorted(log))

# Objects reachable only from garbage with finalizers are freed too.
log.clear()
outer = Fin("outer")
outer.inner = Fin("inner")
outer.me = outer
del outer
gc.collect()
print(sorted(log))

"""gc.callbacks are called with "start" and "stop" and an info dict;
DEBUG_SAVEALL keeps the garbage in gc.garbage; automatic collection runs
on allocation pressure and not when disabled."""
import gc

calls = []


def cb(phase, info):
    calls.append((phase, sorted(info), info["generation"]))


gc.collect()
gc.callbacks.append(cb)
gc.collect()
print(calls)
gc.collect(1)
print(calls[2:])
gc.callbacks.remove(cb)

collected = []


def cb2(phase, info):
    if phase == "stop":
        collected.append(info["collected"])


class N:
    pass


gc.callbacks.append(cb2)
a = N()
a.me = a
del a
gc.collect()
print(collected[-1] >= 1)
gc.callbacks.remove(cb2)

# DEBUG_SAVEALL: garbage is kept in gc.garbage instead of freed.
gc.set_debug(gc.DEBUG_SAVEALL)
l = []
l.append(l)
del l
gc.collect()
print(any(type(o) is list and len(o) == 1 and o[0] is o for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
gc.collect()
print(gc.garbage)

# Automatic collection: cyclic garbage made in a loop is reclaimed.
auto = []


def cb3(phase, info):
    if phase == "start":
        auto.append(info["generation"])


gc.callbacks.append(cb3)
for i in range(5000):
    x = []
    x.append(x)
print(len(auto) > 0, set(auto) <= {0, 1, 2})
gc.disable()
auto.clear()
for i in range(5000):
    x = []
    x.append(x)
print(auto)
gc.enable()
gc.callbacks.remove(cb3)
print(gc.collect() >= 1)

# A collection requested from a callback does nothing (no nesting).
nested = []


def cb4(phase, info):
    nested.append(gc.collect())


gc.callbacks.append(cb4)
gc.collect()
gc.callbacks.remove(cb4)
print(nested)

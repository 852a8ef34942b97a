"""Weak references to cyclic garbage: they are cleared; callbacks run for
weakrefs that outlive the garbage, not for weakrefs that are garbage."""
import gc
import weakref

events = []


class C:
    pass


def build():
    a = C()
    a.me = a
    keep = weakref.ref(a, lambda r: events.append(("a", r() is None)))
    b = C()
    b.me = b
    b.w = weakref.ref(b, lambda r: events.append("b"))
    return keep


gc.collect()
w = build()
print(w() is not None, events)
gc.collect()
print(w(), events)

# A weakref callback may resurrect nothing: the referent is gone.
events.clear()
d = C()
d.cycle = [d]
wd = weakref.ref(d, lambda r: events.append(r()))
del d
gc.collect()
print(events, wd())

# Callbacks see a consistent world: objects they can reach are intact.
events.clear()
registry = {"k": 1}


def cb(r):
    events.append(sorted(registry))


e = C()
e.me = e
we = weakref.ref(e, cb)
del e
gc.collect()
print(events)

# WeakValueDictionary entries of cyclic garbage disappear.
wvd = weakref.WeakValueDictionary()
for i in range(5):
    n = C()
    n.me = n
    wvd[i] = n
del n
gc.collect()
print(len(wvd), list(wvd.keys()))

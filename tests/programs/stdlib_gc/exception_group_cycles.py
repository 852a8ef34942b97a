# Cycles through exception groups are collected: a group refers to its
# message and exceptions, and exceptions raised inside except* refer back
# to the group they handled.
import gc
import weakref

class E(Exception):
    pass

class G(ExceptionGroup):
    pass

def make():
    leaf = E("leaf")
    group = G("g", [leaf])
    leaf.__context__ = group
    return weakref.ref(leaf), weakref.ref(group)

gc.collect()
leaf_ref, group_ref = make()
print("alive before collect:", leaf_ref() is not None, group_ref() is not None)
print("collected something:", gc.collect() > 0)
print("after collect:", leaf_ref(), group_ref())

def star():
    try:
        try:
            raise G("x", [E(1), TypeError(2)])
        except* E:
            raise E("k")
    except ExceptionGroup as g:
        return weakref.ref(g.exceptions[0]), weakref.ref(g.exceptions[0].__context__)

raised, handled = star()
print("alive before collect:", raised() is not None, handled() is not None)
gc.collect()
print("after collect:", raised(), handled())

eg = ExceptionGroup("g", [ValueError()])
refs = gc.get_referents(eg)
print(eg.message in refs, eg.exceptions in refs, eg.args in refs)
print(type(weakref.ref(eg)).__name__)
try:
    weakref.ref(BaseExceptionGroup("b", [KeyboardInterrupt()]))
except TypeError as e:
    print("TypeError:", e)

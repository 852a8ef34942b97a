"""The gc module's interface: defaults, enable/disable, thresholds, debug
flags, freeze, stats shape, and argument errors."""
import gc


def show(label, f, *args, **kwargs):
    try:
        print(label, "->", repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(800, 20)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
print(gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
gc.set_debug(0)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE,
      gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(type(gc.garbage).__name__, gc.garbage)
print(type(gc.callbacks).__name__, gc.callbacks)
print(gc.garbage is gc.garbage, gc.callbacks is gc.callbacks)

count = gc.get_count()
print(type(count).__name__, len(count), all(type(c) is int for c in count))
stats = gc.get_stats()
print(len(stats), [sorted(s) for s in stats])
print(all(type(v) is int for s in stats for v in s.values()))

gc.collect()
before = gc.get_stats()[2]["collections"]
gc.collect()
print(gc.get_stats()[2]["collections"] - before)
print(gc.get_count()[0] < 50, gc.get_count()[1:])
print(gc.collect(0) >= 0, gc.collect(1) >= 0, gc.collect(generation=2) >= 0)

gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())

print(type(gc.get_objects()).__name__, len(gc.get_objects()) > 0)
print(all(type(x) is list for x in [gc.get_objects(0), gc.get_objects(1), gc.get_objects(2)]))
print(gc.get_objects(generation=None) is not None)

show("collect(3)", gc.collect, 3)
show("collect(-1)", gc.collect, -1)
show("collect('x')", gc.collect, "x")
show("collect(1.0)", gc.collect, 1.0)
show("collect(gen=1)", gc.collect, gen=1)
show("collect(1, 2)", gc.collect, 1, 2)
show("set_threshold()", gc.set_threshold)
show("set_threshold(1, 2, 3, 4)", gc.set_threshold, 1, 2, 3, 4)
show("set_threshold('a')", gc.set_threshold, "a")
show("set_threshold(2**40)", gc.set_threshold, 2**40)
show("set_threshold(2**70)", gc.set_threshold, 2**70)
print(gc.get_threshold())
show("get_objects(3)", gc.get_objects, 3)
show("is_tracked()", gc.is_tracked)
show("is_tracked(1, 2)", gc.is_tracked, 1, 2)
show("set_debug()", gc.set_debug)
show("set_debug('x')", gc.set_debug, "x")
show("get_count(1)", gc.get_count, 1)
show("enable(1)", gc.enable, 1)
show("isenabled(x=1)", gc.isenabled, x=1)
show("get_referents(1)", gc.get_referents, 1)
show("is_finalized(1)", gc.is_finalized, 1)
print(repr(gc.collect), gc.__name__)

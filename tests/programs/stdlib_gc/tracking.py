"""gc.is_tracked for atomic and container objects, tuple untracking after
a collection, and get_referents / get_referrers on plain containers."""
import gc


class A:
    pass


def f():
    pass


print(gc.is_tracked(1), gc.is_tracked(2**100), gc.is_tracked(1.5),
      gc.is_tracked("s"), gc.is_tracked(b"b"), gc.is_tracked(None),
      gc.is_tracked(True), gc.is_tracked(range(3)))
print(gc.is_tracked([]), gc.is_tracked(set()), gc.is_tracked(frozenset()),
      gc.is_tracked({"a": []}))
print(gc.is_tracked(A), gc.is_tracked(A()), gc.is_tracked(f),
      gc.is_tracked(lambda: 0), gc.is_tracked(iter([])))
print(gc.is_tracked(int), gc.is_tracked(type), gc.is_tracked(()))
t = tuple([1, "a", 2.5])
u = tuple([[]])
print(gc.is_tracked(t), gc.is_tracked(u))
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(u))

x = [1, "two"]
y = {"k": x}
z = [x, y]
print(gc.get_referents(x))
print(gc.get_referents(z) == [x, y])
print(sorted(map(repr, gc.get_referents(y))))
print(gc.get_referents(1, "s"))
print(any(r is z for r in gc.get_referrers(x)), any(r is y for r in gc.get_referrers(x)))
print(any(r is z for r in gc.get_referrers(y)))
objs = gc.get_objects()
print(any(o is z for o in objs))

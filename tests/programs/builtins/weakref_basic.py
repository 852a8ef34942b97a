import _weakref


class Node:
    def __init__(self, name):
        self.name = name


n = Node("a")
r = _weakref.ref(n)
print(type(r).__name__, r() is n, r().name)
events = []
r2 = _weakref.ref(n, lambda w: events.append(("dead", w() is None)))
del n
print(r(), r2(), events)


def f():
    return 1


rf = _weakref.ref(f)
print(rf() is f, rf()())
try:
    _weakref.ref(1)
except TypeError as e:
    print("TypeError:", e)
try:
    _weakref.ref([])
except TypeError as e:
    print("TypeError:", e)

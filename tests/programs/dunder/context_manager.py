class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("acquire", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("release", self.name, exc_type.__name__ if exc_type else None, repr(exc), tb is not None)
        return self.suppress
with Resource("a") as r:
    print("using", r.name)
with Resource("b", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with Resource("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
with Resource("outer") as o, Resource("inner") as i:
    print("both", o.name, i.name)
try:
    with Resource("x"), Resource("y", suppress=True), Resource("z"):
        raise RuntimeError("inner-most")
except RuntimeError:
    print("not reached")
print("y suppressed it")
class EnterFails:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with Resource("first"), EnterFails():
        print("never body")
except OSError as e:
    print("OSError:", e)
class ExitRaises:
    def __enter__(self):
        return None
    def __exit__(self, *a):
        raise TypeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except TypeError as e:
    print("TypeError:", e, "context:", repr(e.__context__))
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
with Resource("value") as (v):
    print(type(v).__name__)
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        return False
with Pair() as (p, q):
    print(p, q)

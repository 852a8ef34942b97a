class Catcher:
    def __init__(self, *types):
        self.types = types
        self.caught = None
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            print("Catcher handled", et.__name__, ev.args, type(tb).__name__)
            return True
        print("Catcher passes", et)
        return None
with Catcher(ValueError) as c:
    int("zz")
print("caught:", repr(c.caught))
with Catcher(ZeroDivisionError, KeyError) as c:
    {}["k"]
print(type(c.caught).__name__)
try:
    with Catcher(KeyError):
        [][1]
except IndexError as e:
    print("IndexError escaped:", e)
with Catcher(Exception):
    pass
def gen_in_with():
    with Catcher(StopIteration):
        yield 1
        yield 2
print(list(gen_in_with()))
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "non-empty string is true"
with Truthy():
    raise RuntimeError("swallowed by truthy return")
print("survived")

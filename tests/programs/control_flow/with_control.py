class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return False
def f():
    with CM("a") as a:
        return "returned " + a
print(f())
for i in range(3):
    with CM("loop%d" % i):
        if i == 0:
            continue
        if i == 1:
            break
print("after loop", i)
def g():
    for i in range(2):
        with CM("x"), CM("y"):
            try:
                return i
            finally:
                print("inner finally")
print(g())
def h():
    while True:
        with CM("w"):
            break
    return "h done"
print(h())

"""Objects still alive when the program ends are finalized at exit, as
CPython does: module globals are released in definition order."""
import gc


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def gen():
    try:
        yield 1
    finally:
        print("generator finally")


a = A(1)
b = A(2)
g = gen()
next(g)
c = A(3)
c.me = c
print("end of program")

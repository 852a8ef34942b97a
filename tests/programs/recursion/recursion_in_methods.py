import sys
class Countdown:
    def run(self, n):
        if n == 0:
            return ["liftoff"]
        return [n] + self.run(n - 1)
print(Countdown().run(5))
class Deep:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return 0 if self.n == 0 else 1 + len(Deep(self.n - 1))
print(len(Deep(50)))
def gen_recursive(n):
    if n > 0:
        yield n
        yield from gen_recursive(n - 1)
print(list(gen_recursive(10)))
try:
    list(gen_recursive(100000))
except RecursionError as e:
    print("RecursionError in generators:", type(e).__name__)
class Attr:
    def __getattr__(self, name):
        return getattr(self, "x" + name)
try:
    Attr().y
except RecursionError:
    print("RecursionError from __getattr__ loop")

def f(x, y):
    return x + y
def g(a, b=1, *, c):
    return a
def h(*, k):
    return k
def one(x):
    return x
class K:
    def m(self, a):
        return a
cases = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, z=3),
    lambda: f(1, x=2),
    lambda: g(),
    lambda: g(1),
    lambda: g(1, 2, 3),
    lambda: g(1, 2, 3, c=4),
    lambda: h(1),
    lambda: h(),
    lambda: one(),
    lambda: one(1, 2),
    lambda: one(y=1),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: K.m(1),
    lambda: (lambda: 0)(1),
    lambda: (lambda a, b: 0)(1),
    lambda: f(**{"x": 1, "y": 2, "w": 3}),
    lambda: len(),
    lambda: len(1, 2),
    lambda: abs(x=1),
    lambda: int("1", "2", "3"),
    lambda: "abc".split(1),
    lambda: [].append(),
    lambda: isinstance(1),
]
for c in cases:
    try:
        c()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)

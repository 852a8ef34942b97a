class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)))
c = Countdown(3)
print(next(c), next(c), next(c), next(c, "done"))
print(list(c))
class Reiterable:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return iter(self.data)
r = Reiterable([1, 2, 3])
print(list(r), list(r), sum(r), max(r), sorted(r, reverse=True))
print(dict(zip(Reiterable("ab"), Countdown(2))))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
it = iter([1, 2])
print(iter(it) is it, type(it).__name__, type(iter("ab")).__name__, type(iter(range(3))).__name__)
class Fib:
    def __iter__(self):
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b
out = []
for x in Fib():
    if x > 100:
        break
    out.append(x)
print(out)
x, y, *z = Countdown(5)
print(x, y, z)

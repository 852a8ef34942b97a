print(hash(1), hash(-1), hash(-2), hash(0), hash(True), hash(False), hash(1.0), hash(0.5), hash(-0.5))
print(hash(2 ** 61 - 2), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 64), hash(-(2 ** 64)), hash(10 ** 20))
print(hash((1, 2)), hash(()), hash((1,)), hash((1, (2, 3))), hash(frozenset()) == hash(frozenset()))
print(hash(None) == hash(None), hash(1) == hash(1.0) == hash(True), hash(float("inf")), hash(float("-inf")))
for bad in [[1], {1: 2}, {1}]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
print(callable(len), callable(lambda: 0), callable(int), callable(1), callable("s"), callable(print))
class K:
    def m(self):
        pass
    def __call__(self):
        pass
class N:
    pass
print(callable(K), callable(K()), callable(K().m), callable(N()), callable(N))
a = [1]
print(id(a) == id(a), id(a) != id([1]), type(id(a)).__name__)

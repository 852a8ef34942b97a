# Sequences after seeding with ints (small, negative, big), floats, str,
# bytes and bytearray match CPython's.
import random

for seed in [0, 1, 42, -42, 2 ** 32 - 1, 2 ** 32, 2 ** 64 + 5, 10 ** 50, 3.5, -0.25,
             "", "hello", "héllo wörld", b"", b"bytes seed", bytearray(b"ba"), True]:
    random.seed(seed)
    print(repr(seed), random.random(), random.random(), random.getrandbits(100))

random.seed("abc", version=1)
print(random.random())
random.seed(b"xyz", version=1)
print(random.random())
random.seed("abc", version=2)
print(random.random())

r = random.Random(2024)
print([r.random() for _ in range(5)])
print([r.getrandbits(k) for k in [1, 7, 31, 32, 33, 64, 65, 200]])
print(r.getrandbits(0), r.randbytes(0), r.randbytes(9))
random.seed(7)
a = [random.random() for _ in range(700)]
random.seed(7)
b = [random.random() for _ in range(700)]
print(a == b, a[623], a[624], a[699])

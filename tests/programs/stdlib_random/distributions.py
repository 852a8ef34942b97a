# The real-valued distributions reproduce CPython's sequences.
import random

r = random.Random(31337)
print([r.random() for _ in range(3)])
print([r.uniform(-5, 5) for _ in range(4)], r.uniform(2, 2))
print([r.triangular() for _ in range(3)], r.triangular(1, 3, 2), r.triangular(5, 5, 5), r.triangular(0, 10, 9))
print([r.gauss() for _ in range(5)], r.gauss(10, 2))
print([r.normalvariate(1, 0.5) for _ in range(4)])
print([r.lognormvariate(0, 0.25) for _ in range(3)])
print([r.expovariate(1.5) for _ in range(4)], r.expovariate(-2))
print([r.vonmisesvariate(1.0, k) for k in (0.0, 0.5, 4.0, 50.0)])
print([r.gammavariate(a, 2.0) for a in (0.3, 0.9, 1.0, 2.5, 40.0)])
print([r.betavariate(a, b) for a, b in ((0.5, 0.5), (2, 5), (10, 1))])
print([r.paretovariate(a) for a in (1.0, 2.5, 9)])
print([r.weibullvariate(1.0, b) for b in (0.5, 1.0, 3.0)])
for name in ["gauss", "normalvariate", "expovariate", "gammavariate"]:
    random.seed(5)
    f = getattr(random, name)
    args = {"expovariate": (3,), "gammavariate": (2.0, 1.0)}.get(name, ())
    print(name, [round(f(*args), 12) for _ in range(3)])

# getstate/setstate round trips, Random subclasses, independent
# generators, and the module-level functions sharing one instance.
import random

r = random.Random(1)
r.gauss()
state = r.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[1][-1], state[2] is not None)
first = [r.random() for _ in range(3)] + [r.gauss()]
r.setstate(state)
print(first == [r.random() for _ in range(3)] + [r.gauss()])

random.seed(8)
s = random.getstate()
x = random.randrange(1000)
random.setstate(s)
print(x == random.randrange(1000))

a, b = random.Random(5), random.Random(5)
print(a.random() == b.random(), a.random() != random.Random(6).random())


class Counting(random.Random):
    def __init__(self, seed):
        self.calls = 0
        super().__init__(seed)

    def random(self):
        self.calls += 1
        return super().random()


c = Counting(77)
print([round(c.random(), 6) for _ in range(3)], c.calls, c.randrange(100), c.calls)
print(c.choice("abc"), isinstance(c, random.Random), type(c).__mro__[1].__name__)


class OnlyRandom(random.Random):
    def random(self):
        return 0.5


o = OnlyRandom()
print(o.randrange(10), o.choice("abcd"), o.uniform(0, 8))

import _random
core = _random.Random(3)
print(core.random(), core.getrandbits(40), len(core.getstate()))
core.seed(3)
print(core.random())
print(random.Random.VERSION, random.randint is not None, callable(random.SystemRandom().random))
sr = random.SystemRandom()
v = sr.random()
print(0.0 <= v < 1.0, sr.getrandbits(10) < 1024, len(sr.randbytes(5)), sr.seed(1))

# Set constructors and methods: argument errors and edge cases.

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: set(1, 2))
attempt(lambda: set(x=1))
attempt(lambda: frozenset(1, 2))
attempt(lambda: frozenset(x=1))
attempt(lambda: set(5))
attempt(lambda: set().pop())
attempt(lambda: {1}.add())
attempt(lambda: {1}.remove(2))
attempt(lambda: {1}.issubset())
attempt(lambda: {1}.union(x=2))
attempt(lambda: {1} | [2])
attempt(lambda: {1} - 3)
attempt(lambda: {}.keys() | 1)
attempt(lambda: set.add(frozenset(), 1))


class Quiet(set):
    def __init__(self, *args):
        pass


print(Quiet([1, 2]), Quiet())
s = {1, 2}
print(s.__init__([3, 4]), s)
s.__init__()
print(s)

it = iter([1, 2, 3])
print({1}.issuperset(it), list(it))
it = iter([1, 5, 2, 7])
print({1, 2}.issubset(it), list(it))
it = iter([1, 5, 2, 7])
print({1, 2}.isdisjoint(it), list(it))


def gen():
    yield 1
    yield 2
    raise ValueError('stop')


s = set()
attempt(lambda: s.update(gen()))
print(s)

s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)

s = set(range(10))
s |= s
s &= s
print(s)
s ^= s
print(s)
s = set(range(10))
s -= s
print(s, s.union(s), s.intersection(s))

# Sets of mixed element types, tuples, frozensets, objects with their own
# __hash__/__eq__, and set subclasses.

print({1, 1.0, True}, {0, 0.0, False, -0.0}, {1.5, 2.5, 0.25, -1.5})
print({(1, 2), (2, 1), (1, 'a'), ('a', 1), ()})
print({frozenset({1, 2}), frozenset({2, 1}), frozenset(), frozenset({3})})
print({'a', 1, 2.5, (1,), b'x', True, 'b'})
print({float('inf'), float('-inf'), 1e300, 1e-300})
print({1 + 2j, 2j, 3, 0j})


class Key:
    def __init__(self, v, h):
        self.v = v
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

    def __repr__(self):
        return 'Key(%r)' % (self.v,)


s = {Key(i, i % 3) for i in range(10)}
print(s, len(s), Key(4, 1) in s, Key(40, 1) in s)
s.discard(Key(4, 1))
s.add(Key(100, 2))
print(s)
print(s | {Key(1, 1), Key(200, 0)}, s & {Key(1, 1), Key(7, 1)})
print(s - {Key(0, 0)}, s ^ {Key(0, 0), Key(77, 1)})


class Tagged(set):
    pass


class Frozen(frozenset):
    pass


t = Tagged([3, 1, 2])
print(t, t | {9}, type(t | {9}).__name__, t.copy(), type(t.copy()).__name__)
f = Frozen([3, 1, 2, 40])
print(f, f & {40, 3}, type(f & {40}).__name__, hash(f) == hash(frozenset(f)))
print(frozenset(f) is f, Frozen(f) is f, frozenset(frozenset([1])))
print(hash(frozenset({1, 2, 3})), hash(frozenset()), hash(frozenset({'a', 'b'})))
print({frozenset({'a'}), frozenset({'a', 'b'})} & {frozenset({'a'})})

# A set as a key is looked up as a frozenset.
fs = {frozenset({1, 2}), 3}
print({1, 2} in fs, {2, 1} in fs, {5} in fs)
fs.discard({1, 2})
print(fs)
try:
    fs.remove({9})
except KeyError as e:
    print('KeyError', e)
try:
    {[1]}
except TypeError as e:
    print('TypeError', e)

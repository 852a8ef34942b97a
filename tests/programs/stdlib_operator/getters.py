import operator as op


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def greet(self, greeting, punct='!'):
        return greeting + ' ' + self.name + punct


n = Node('root', Node('leaf', Node('deep')))
print(op.attrgetter('name')(n))
print(op.attrgetter('child.name')(n), op.attrgetter('child.child.name')(n))
print(op.attrgetter('name', 'child.name')(n))
f = op.attrgetter('name', 'child.child.name', 'child.name')
print(f(n), repr(f))
print(repr(op.attrgetter('x')))

g = op.itemgetter(1)
print(g('abc'), g([10, 20]), repr(g))
g = op.itemgetter(0, -1, slice(1, 3))
print(g('hello'), repr(g))
print(op.itemgetter('k')({'k': 'v'}))
print(sorted([('b', 2), ('a', 3), ('c', 1)], key=op.itemgetter(1)))
print(list(map(op.itemgetter(0, 2), ['abc', 'xyz'])))

m = op.methodcaller('greet', 'hi')
print(m(n), repr(m))
m = op.methodcaller('greet', 'yo', punct='?')
print(m(n), repr(m))
print(op.methodcaller('upper')('abc'), repr(op.methodcaller('split', ',', maxsplit=1)))
print(op.methodcaller('split', ',', maxsplit=1)('a,b,c'))


def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


check(lambda: op.attrgetter())
check(lambda: op.attrgetter(1))
check(lambda: op.attrgetter('nope')(n))
check(lambda: op.attrgetter('child.nope')(n))
check(lambda: op.attrgetter('a')())
check(lambda: op.itemgetter())
check(lambda: op.itemgetter(5)([1]))
check(lambda: op.itemgetter(1)(1, 2))
check(lambda: op.methodcaller())
check(lambda: op.methodcaller(1))
check(lambda: op.methodcaller('a')())
check(lambda: op.methodcaller('nope')(n))

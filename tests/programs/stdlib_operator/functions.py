import operator as op

print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne('a', 'b'), op.ge(1, 2), op.gt(3, 2))
print(op.not_([]), op.truth([0]), op.is_(None, None), op.is_not(1, None))
print(op.abs(-3), op.add(1, 2), op.and_(6, 3), op.floordiv(7, 2), op.index(5))
print(op.inv(5), op.invert(0), op.lshift(1, 4), op.mod(7, 3), op.mul('ab', 2))
print(op.neg(4), op.or_(4, 1), op.pos(-2), op.pow(2, 10), op.rshift(256, 3))
print(op.sub(5, 7), op.truediv(7, 2), op.xor(5, 1))
print(op.concat([1], [2]), op.concat('a', 'b'), op.contains([1, 2], 2))
print(op.countOf([1, 2, 1, 1.0], 1), op.indexOf('abc', 'c'))
d = {'a': 1}
op.setitem(d, 'b', 2)
print(op.getitem(d, 'b'), d)
op.delitem(d, 'a')
print(d)
lst = list(range(10))
print(op.getitem(lst, slice(2, 5)))
op.setitem(lst, slice(0, 8), [])
print(lst)

print(op.length_hint([1, 2, 3]), op.length_hint(5), op.length_hint(5, 9))


class Hint:
    def __init__(self, v):
        self.v = v

    def __length_hint__(self):
        return self.v


print(op.length_hint(Hint(4)), op.length_hint(Hint(NotImplemented), 6))
print(op.call(max, 3, 9, 2), op.call(sorted, [3, 1], reverse=True))

x = [1]
y = op.iadd(x, [2])
print(x, y is x)
s = 'a'
print(op.iadd(s, 'b'), s)
print(op.iconcat([0], (1,)), op.isub(5, 2), op.imul([1], 3), op.itruediv(1, 4))
print(op.ifloordiv(9, 4), op.imod(9, 4), op.ipow(3, 3), op.ilshift(1, 3), op.irshift(8, 1))
print(op.iand(12, 10), op.ior(12, 3), op.ixor(12, 10))
st = {1, 2}
print(op.ior(st, {3}) is st, st)


class M:
    def __matmul__(self, other):
        return 'matmul'

    def __imatmul__(self, other):
        return 'imatmul'

    def __index__(self):
        return 42


print(op.matmul(M(), 1), op.imatmul(M(), 1), op.index(M()), op.index(True))
print(op.__add__(1, 2), op.__not__(0), op.__getitem__('ab', 1))
print(sorted([3, 1, 2], key=op.neg))


def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


check(lambda: op.concat(1, 2))
check(lambda: op.iconcat(1, 2))
check(lambda: op.concat([1], (2,)))
check(lambda: op.index(1.5))
check(lambda: op.indexOf([1, 2], 3))
check(lambda: op.length_hint(5, 'a'))
check(lambda: op.length_hint(Hint(-1)))
check(lambda: op.length_hint(Hint('x')))
check(lambda: op.call())
check(lambda: op.truediv(1, 0))
check(lambda: op.getitem([], 0))

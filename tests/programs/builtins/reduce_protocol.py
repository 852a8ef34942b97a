# object.__reduce_ex__ / __reduce__ / __getstate__ and the builtin reducers.
class A:
    def __init__(self):
        self.x = 1


class S:
    __slots__ = ('a', 'b')


class L(list):
    pass


class D(dict):
    pass


class I(int):
    pass


for o in [A(), [1, 2], {1: 2}, L([3]), D(a=1), I(5), 5, 'ab', (1, 2), 2.5, 3j, b'x', {1}, frozenset([2]),
          bytearray(b'ab'), slice(1, 2), range(3), ValueError(1), object()]:
    for p in (2, 4):
        try:
            r = o.__reduce_ex__(p)
            rest = [list(x) if x is not None and not isinstance(x, (dict, tuple)) else x for x in r[3:]]
            print(type(o).__name__, p, r[0].__name__, r[1:2], r[2:3], rest)
        except Exception as e:
            print(type(o).__name__, p, type(e).__name__, e)
    try:
        r = o.__reduce_ex__(1)
        print(type(o).__name__, 1, r[0].__name__, r[1:])
    except Exception as e:
        print(type(o).__name__, 1, type(e).__name__, e)
s = S()
s.a = 1
print(s.__reduce_ex__(2)[2], s.__getstate__())
a = A()
r = a.__reduce_ex__(2)
b = r[0](*r[1])
b.__dict__.update(r[2])
print(type(b).__name__, b.x, b is not a)
print(object().__reduce__()[1], A().__reduce__()[1:])
print((1).__getnewargs__(), 'a'.__getnewargs__(), (1.5).__getnewargs__(), (1 + 2j).__getnewargs__(),
      b'a'.__getnewargs__(), (1, 2).__getnewargs__(), True.__getnewargs__())
print(object.__subclasshook__(), int.__subclasshook__(int), A.__subclasshook__(A))
for g in [(x for x in []), {}.keys()]:
    try:
        g.__reduce_ex__(2)
    except TypeError as e:
        print(e)
print(ValueError(1, 2).__reduce__())
e = ValueError(3)
e.note = 'n'
print(e.__reduce__())
e2 = ValueError()
e2.__setstate__({'q': 1})
print(e2.q)
print(A().__getstate__(), object().__getstate__(), [].__sizeof__() > 0)

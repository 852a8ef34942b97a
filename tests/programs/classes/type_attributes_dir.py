# Attributes of types and classes: __dict__/__weakref__ descriptors, vars(),
# dir() of plain classes, __abstractmethods__, __annotations__, descriptor reprs.
class A:
    def f(self):
        pass


class B(A):
    x: int = 1


class S:
    __slots__ = ('a',)


class E(Exception):
    pass


class L(list):
    pass


class I(int):
    pass


print(list(vars(A)), list(vars(B)), list(vars(S)), list(vars(E)), list(vars(L)), list(vars(I)))
print(type(vars(A)).__name__, vars(A)['__dict__'], vars(A)['__weakref__'], vars(S)['a'])
print([n for n in dir(A()) if n.startswith('__') and n.endswith('__')])
print(A().__weakref__, B.__annotations__, A.__annotations__, '__annotations__' in vars(A))
print(list.append, int.__add__, list.__reversed__, object.__reduce_ex__, str.__len__, int.__dict__['real'])
print(int.__text_signature__, int.__itemsize__ >= 0, int.__flags__ > 0)
try:
    int.__annotations__
except AttributeError as e:
    print('AttributeError', e)
for cls in (A, int, type):
    try:
        cls.__abstractmethods__
    except AttributeError as e:
        print('AttributeError', e)
A.__abstractmethods__ = frozenset({'g', 'f'})
try:
    A()
except TypeError as e:
    print(e)
print(type(B()).__name__)
A.__abstractmethods__ = frozenset({'x'})
try:
    A()
except TypeError as e:
    print(e)
A.__abstractmethods__ = ()
print(type(A()).__name__)
del A.__abstractmethods__
try:
    del A.__abstractmethods__
except AttributeError as e:
    print('AttributeError', e)
print(type.__prepare__('X', (object,)), type.__prepare__())
p = property(lambda s: 1)
print(p.__isabstractmethod__, staticmethod(len).__isabstractmethod__, staticmethod(len)([1, 2]))


class Q:
    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, x):
        self._v = x * 2


q = Q()
Q.v.__set__(q, 5)
print(Q.v.__get__(q), Q.__dict__['v'].fget(q))
try:
    Q.v.__delete__(q)
except AttributeError as e:
    print(e)

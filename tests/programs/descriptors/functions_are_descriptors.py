def f(self, x):
    return ("f", type(self).__name__, x)
class A:
    pass
a = A()
bound = f.__get__(a, A)
print(bound(1), type(bound).__name__, bound.__self__ is a)
print(f.__get__(None, A) is f)
A.meth = f
print(a.meth(2), A.meth(a, 3))
cm = classmethod(lambda cls, v: (cls.__name__, v))
print(cm.__get__(None, A)(4))
A.cm = cm
print(A.cm(5), a.cm(6))
sm = staticmethod(lambda v: v * 2)
A.sm = sm
print(A.sm(7), a.sm(8))
class B(A):
    pass
print(B.cm(9), B().meth(10))
print(type(A.__dict__["meth"]).__name__, type(a.meth).__name__, a.meth.__func__ is f)
m1 = a.meth
m2 = a.meth
print(m1 == m2, m1 is m2)

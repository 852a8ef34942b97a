class A:
    def hello(self): return 'A.hello ' + str(self.__dict__)
class B(int, A): pass
b = B(3)
b.tag = 'x'
print(b, b + 1, B.__mro__, b.hello(), b.tag)
class S:
    __slots__ = ('x',)
class P:
    def setp(self): self.p = 1
class Q(P, S): pass
q = Q(); q.x = 1; q.y = 2; q.setp(); print(q.x, q.y, q.p, sorted(q.__dict__))
class R(S, P): pass
r = R(); r.x = 3; r.z = 4; print(r.x, r.z, r.__dict__)
class T(S, P):
    __slots__ = ('w',)
t = T(); t.x = 5; t.w = 6; t.v = 7; print(t.x, t.w, t.v, t.__dict__)
class U:
    __slots__ = ('u',)
try:
    class V(S, U): pass
except TypeError as e:
    print(e)
class E(Exception, A): pass
e = E('m'); e.k = 1; print(repr(e), e.k, e.hello())
class Ls(list, A): pass
l = Ls([1]); l.a = 2; print(l, l.a)

class C(int):
    def __repr__(self): return 'C-repr'
C.__str__ = int.__repr__
print(str(C(5)), repr(C(5)), f"{C(6)}", '%s' % C(7))
class D(int):
    __str__ = int.__repr__
    def __repr__(self): return 'D-repr'
print(str(D(1)), repr(D(1)))
print('__str__' in str.__dict__, str.__str__('ab'), type(str.__str__(type('S', (str,), {})('q'))).__name__)
class L(list):
    __len__ = list.__len__
    __iter__ = list.__iter__
print(len(L([1, 2])), list(L([3])))
class E(str):
    __repr__ = str.__str__
print(repr(E('hi')))

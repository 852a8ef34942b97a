# object.__new__ / object.__init__ reject extra arguments as CPython does.
class A: pass
class B:
    def __init__(self, x): self.x = x
class C:
    def __new__(cls, *a): return super().__new__(cls, *a)
class D:
    def __new__(cls, *a): return super().__new__(cls)
class E:
    def __init__(self, x): super().__init__(x)
class F:
    def __new__(cls, *a): return super().__new__(cls)
    def __init__(self, x): super().__init__(x)
class G(Exception): pass
class H(list):
    def __init__(self, x): super().__init__(x)
for f in [lambda: A(1), lambda: B(1).x, lambda: C(1), lambda: C(), lambda: D(1), lambda: E(1), lambda: F(1), lambda: G(1, 2).args, lambda: H([1]), lambda: object.__new__(A, 1), lambda: object.__new__(B, 1).__class__.__name__, lambda: object.__init__(A(), 1), lambda: object.__init__(B(1), 1), lambda: object.__init__(D(), 1), lambda: A(x=1), lambda: object(1)]:
    try: print(type(f()).__name__)
    except TypeError as e: print('TypeError', e)

import _weakref
class B: pass
b = B()
w, w2 = _weakref.ref(b), _weakref.ref(b)
print(w is w2, w == w2, hash(w) == hash(b), _weakref.getweakrefcount(b))
class R(_weakref.ref):
    def __init__(self, ob, callback=None, key=None):
        super().__init__(ob, callback)
        self.key = key
    def __new__(cls, ob, callback=None, key=None):
        return super().__new__(cls, ob, callback)
r = R(b, None, 'k')
print(r.key, r() is b, type(r).__name__, r == w, _weakref.getweakrefcount(b))
print(repr(w).startswith('<weakref at 0x'), '; to \'B\' at' in repr(w))
def f(): pass
print("(f)" in repr(_weakref.ref(f)))
h = hash(w)
del b
print(w(), r(), hash(w) == h, repr(w).endswith('; dead>'))
b2 = B()
w3 = _weakref.ref(b2)
del b2
try: hash(w3)
except TypeError as e: print(e)
print(type(w).__module__, _weakref.ref is _weakref.ReferenceType)

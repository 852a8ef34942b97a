class S:
    __slots__ = ("a", "b")
desc = S.__dict__["a"]
print(type(desc).__name__, desc.__name__, desc.__objclass__.__name__)
s = S()
desc.__set__(s, 5)
print(s.a, desc.__get__(s, S))
desc.__delete__(s)
try:
    s.a
except AttributeError as e:
    print("AttributeError:", e)
print(S.a is desc)
class WithProp:
    __slots__ = ("_v",)
    @property
    def v(self):
        return self._v * 2
    @v.setter
    def v(self, x):
        self._v = x
w = WithProp()
w.v = 21
print(w.v)
print(type(int.__dict__["real"]).__name__, (5).real, type(str.__dict__["upper"]).__name__)
print(type(type.__dict__["__name__"]).__name__)

class R:
    def __repr__(self):
        return "R()"
class S:
    def __str__(self):
        return "str of S"
    def __repr__(self):
        return "S-repr"
class OnlyStr:
    def __str__(self):
        return "only str"
print(R(), str(R()), repr(R()), [R()], "%s" % R(), f"{R()}")
print(S(), str(S()), repr(S()), [S()], (S(),), {"k": S()})
print(OnlyStr(), [type(OnlyStr()).__name__])
print(str(1), repr("a'b"), repr('a"b'), repr("a'b\"c"), str([1, "x"]), repr(None))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
r = object.__repr__(R())
print(r.startswith("<__main__.R object at 0x"), r.endswith(">"))
print(repr(R).startswith("<class '__main__.R'>"), str(int), repr(len), repr(print))

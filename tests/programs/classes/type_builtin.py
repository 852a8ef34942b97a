Dyn = type("Dyn", (), {"x": 1, "hello": lambda self: "hello from " + type(self).__name__})
print(Dyn.__name__, Dyn.x, Dyn().hello())
Base = type("Base", (object,), {"kind": "base"})
Der = type("Der", (Base,), {"extra": 2})
print([c.__name__ for c in Der.__mro__], Der.kind, Der.extra)
print(type(1), type("s"), type(None), type(type), type(Der))
print(type(1) is int, type(True) is bool, type([]) == list)
print(isinstance(Der(), Base), issubclass(Der, Base), issubclass(Base, Der))
print(type.__name__, int.__name__, object.__bases__, int.__bases__, bool.__bases__, Der.__bases__[0].__name__)
try:
    type("Bad", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", (), {}, 1)
except TypeError as e:
    print("TypeError:", e)
print(type(Dyn()).__name__, Dyn.__module__)
class Meta(type):
    pass
print(type(type("M", (), {})).__name__)

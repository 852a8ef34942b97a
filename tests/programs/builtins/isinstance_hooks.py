class Alias:
    def __init__(self, origin): self.origin = origin
    def __instancecheck__(self, obj): return isinstance(obj, self.origin)
    def __subclasscheck__(self, c): return issubclass(c, self.origin)
L = Alias(list)
print(isinstance([], L), isinstance(3, L), issubclass(list, L), issubclass(int, (L, int)), isinstance(3, (L, int)))
class Meta(type):
    def __instancecheck__(cls, obj): return obj == 42
class M(metaclass=Meta): pass
print(isinstance(42, M), isinstance(M(), M), isinstance(1, M))
for bad in [3, 'x', None]:
    try: isinstance(1, bad)
    except TypeError as e: print(e)
    try: issubclass(int, bad)
    except TypeError as e: print(e)
try: issubclass(3, int)
except TypeError as e: print(e)
import typing
print(isinstance([], typing.List), isinstance({}, typing.Dict), issubclass(list, typing.Sequence))

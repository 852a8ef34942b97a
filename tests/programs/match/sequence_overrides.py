# Sequence patterns unpack through the subject's own iteration and
# indexing: subclasses of list and tuple that override them are honoured.
class Reversed(list):
    def __iter__(self):
        return iter(list(list.__iter__(self))[::-1])

class Loud(tuple):
    def __iter__(self):
        print("  Loud.__iter__")
        return tuple.__iter__(self)

match Reversed([1, 2, 3]):
    case [a, b, c]:
        print("unpacked through __iter__:", a, b, c)

match Loud((4, 5)):
    case (x, y):
        print("tuple subclass:", x, y)

match Loud((6, 7, 8)):
    case (first, *rest):
        print("star unpack:", first, rest)

# Plain assignment unpacking behaves the same way.
a, b, c = Reversed([1, 2, 3])
print("assignment:", a, b, c)
p, q = Loud((9, 10))
print("assignment:", p, q)

class Failing(list):
    def __iter__(self):
        raise RuntimeError("no iteration")

try:
    match Failing([1, 2]):
        case [u, v]:
            pass
except RuntimeError as e:
    print("RuntimeError:", e)

# Value patterns: dotted names are looked up and compared with ==.
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

class Ns:
    class Inner:
        LIMIT = 10

def name(c):
    match c:
        case Color.RED:
            return "R"
        case Color.GREEN:
            return "G"
        case Ns.Inner.LIMIT:
            return "limit"
        case _:
            return "?"

for c in ["red", "green", "blue", 10, 10.0, 11]:
    print(c, name(c))

# The value is looked up each time the case runs.
for limit in [1, 2]:
    Ns.Inner.LIMIT = limit
    print(limit, name(2))

# The comparison is subject == value.
class Loud:
    def __init__(self, tag):
        self.tag = tag
    def __eq__(self, other):
        print("  __eq__ of", self.tag, "with", other.tag)
        return self.tag == other.tag
    __hash__ = None

class K:
    A = Loud("a")
    B = Loud("b")

match Loud("b"):
    case K.A:
        print("A")
    case K.B:
        print("B")

# A value-pattern lookup that fails raises.
class Empty:
    pass

try:
    match 1:
        case Empty.missing:
            pass
except AttributeError as e:
    print("AttributeError:", e)

# Comparisons returning non-bools use truthiness.
class Weird:
    def __eq__(self, other):
        return [1]

match Weird():
    case Color.RED:
        print("truthy list means match")

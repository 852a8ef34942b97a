class Sized:
    def __len__(self):
        return 3
    def __reversed__(self):
        return iter(["c", "b", "a"])
    def __contains__(self, x):
        print("__contains__", x)
        return x == "magic"
s = Sized()
print(len(s), list(reversed(s)), "magic" in s, "other" in s)
class WithDir:
    def __dir__(self):
        return ["zeta", "alpha"]
print(dir(WithDir()))
class Instance:
    def __init__(self):
        self.a = 1
print(Instance().__dict__, Instance.__name__, Instance().__class__.__name__)
class Doc:
    "docstring"
print(Doc.__doc__, Doc().__doc__)
class Sizeof:
    def __sizeof__(self):
        return 123
import sys
print(sys.getsizeof(Sizeof()) >= 123)
class Copyable:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (Copyable, (self.v,))
print(Copyable(3).__reduce__()[1])
class Neg:
    def __neg__(self):
        return "negated"
    def __pos__(self):
        return "positived"
print(-Neg(), +Neg())
class Missing(dict):
    def __missing__(self, k):
        return k * 2
print(Missing()["ab"], Missing().get("ab"))
class Ordered:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "O%d" % self.v
print(sorted([Ordered(3), Ordered(1), Ordered(2)]), max(Ordered(1), Ordered(5)), min([Ordered(4), Ordered(2)]))

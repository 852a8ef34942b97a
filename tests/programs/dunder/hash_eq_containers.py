class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print("  __eq__", self.name, other.name)
        return self.name.lower() == other.name.lower()
    def __hash__(self):
        return hash(len(self.name))
d = {}
d[Key("abc")] = 1
d[Key("ABC")] = 2
d[Key("xyz")] = 3
print(len(d), sorted(v for v in d.values()))
print(Key("Abc") in d)
s = {Key("q"), Key("Q")}
print(len(s))
class AlwaysEqual:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
ae = AlwaysEqual()
print(ae == 1, [ae, ae].count(1), [3, ae].index(99))
print([1, 2, 3].index(2), (ae,) == (5,))
lst = [Key("a"), Key("b")]
print(Key("B") in lst)

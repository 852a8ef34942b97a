class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
    def __gt__(self, other):
        r = self.__le__(other)
        return NotImplemented if r is NotImplemented else not r
    def __ge__(self, other):
        r = self.__lt__(other)
        return NotImplemented if r is NotImplemented else not r
    def __hash__(self):
        return hash(self.parts)
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs))
a, b = Version("1.2"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == Version("1.2"))
print(sorted(vs, reverse=True))
print(len(set(vs)), Version("2") in vs, Version("1.2") in vs)
try:
    a < 5
except TypeError as e:
    print("TypeError:", e)
print(a == 5, a != "x")

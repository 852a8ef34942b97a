class MyList(list):
    def sum(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.sum(), len(ml), type(ml).__name__, type(ml + [5]).__name__, ml[1:3], type(ml[1:3]).__name__)
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
dd = DefaultDict()
print(dd["abc"], dd["x"], sorted(dd.items()), dd.get("zz"), "zz" in dd)
class CaseInsensitive(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
ci = CaseInsensitive()
ci["Key"] = 1
print(ci["KEY"], list(ci))
class Celsius(float):
    def __repr__(self):
        return "%.1f°C" % self
c = Celsius(21.55)
print(repr(c), c + 1, type(c + 1).__name__)
class Even(int):
    def is_even(self):
        return self % 2 == 0
print(Even(4).is_even(), Even(3) * 2, type(Even(3) * 2).__name__, isinstance(Even(1), int))
class Words(str):
    def words(self):
        return self.split()
print(Words("a b c").words(), Words("x").upper(), type(Words("x").upper()).__name__)
class TupleSub(tuple):
    pass
t = TupleSub((1, 2))
print(t, type(t).__name__, t == (1, 2))
class MyExc(ValueError):
    pass
print(MyExc.__mro__[1].__name__, [c.__name__ for c in MyExc.__mro__])

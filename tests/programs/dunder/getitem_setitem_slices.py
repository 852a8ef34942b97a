class Recorder:
    def __init__(self):
        self.data = list(range(10))
    def __getitem__(self, k):
        print("get", k)
        return self.data[k]
    def __setitem__(self, k, v):
        print("set", k, v)
        self.data[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.data[k]
r = Recorder()
r[2]
r[1:5]
r[::-2]
r[1:3] = ["a", "b", "c"]
del r[::3]
r[-1] = "last"
print(r.data)
r[2] += 100
print(r.data)
class Matrix:
    def __init__(self):
        self.m = {}
    def __getitem__(self, ij):
        return self.m.get(ij, 0)
    def __setitem__(self, ij, v):
        self.m[ij] = v
mm = Matrix()
mm[1, 2] = 5
mm[1, 2] += 1
print(mm[1, 2], mm[0, 0], mm.m)
try:
    Recorder()["x"]
except TypeError as e:
    print("TypeError:", e)
class ReadOnlySeq:
    def __getitem__(self, i):
        return i
try:
    ReadOnlySeq()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del ReadOnlySeq()[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    five = 5
    five[0]
except TypeError as e:
    print("TypeError:", e)
class ClassGetItem:
    def __class_getitem__(cls, item):
        return "%s[%s]" % (cls.__name__, item)
print(ClassGetItem["x"], ClassGetItem[int].startswith("ClassGetItem["))

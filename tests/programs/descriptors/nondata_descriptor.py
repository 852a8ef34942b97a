class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Data:
    def __get__(self, obj, objtype=None):
        return "from data descriptor"
    def __set__(self, obj, value):
        print("Data.__set__", value)
class C:
    nd = NonData()
    d = Data()
c = C()
print(c.nd, c.d)
c.__dict__["nd"] = "instance wins over non-data"
c.__dict__["d"] = "instance loses to data"
print(c.nd, c.d)
c.nd = "assigned"
c.d = "assigned"
print(c.nd, c.d)
del c.nd
print(c.nd)
class CachedProperty:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print("computing", self.name)
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value
class Circle:
    def __init__(self, r):
        self.r = r
    @CachedProperty
    def area(self):
        return 3 * self.r * self.r
ci = Circle(2)
print(ci.area, ci.area, type(Circle.area).__name__)
class GetOnlyOnClass:
    def __get__(self, obj, objtype):
        return (obj is None, objtype.__name__)
class H:
    g = GetOnlyOnClass()
print(H.g, H().g)

class Base:
    def __init__(self, **kw):
        print("Base.__init__", sorted(kw))
        self.base_done = True
    @classmethod
    def create(cls):
        print("Base.create for", cls.__name__)
        return cls()
    def describe(self):
        return "Base"
class Left(Base):
    def __init__(self, left=1, **kw):
        print("Left.__init__", left)
        super().__init__(**kw)
    @classmethod
    def create(cls):
        print("Left.create")
        return super().create()
    def describe(self):
        return "Left>" + super().describe()
class Right(Base):
    def __init__(self, right=2, **kw):
        print("Right.__init__", right)
        super().__init__(**kw)
    def describe(self):
        return "Right>" + super().describe()
class Both(Left, Right):
    def __init__(self, **kw):
        print("Both.__init__")
        super().__init__(**kw)
    def describe(self):
        return "Both>" + super().describe()
b = Both(left=10, right=20, extra=30)
print(b.base_done, b.describe())
Both.create()
print(super(Left, b).describe())
print(super(Both, b).describe())
class Prop(Base):
    @property
    def name(self):
        return "prop"
class SubProp(Prop):
    @property
    def name(self):
        return "sub+" + super().name
print(SubProp().name)
class StaticUser(Base):
    @staticmethod
    def helper():
        return "static"
    def call(self):
        return super().describe() + "/" + self.helper()
print(StaticUser().call())
def outside(self):
    return "outside"
class NoClassCell(Base):
    def m(self):
        return super(NoClassCell, self).describe()
print(NoClassCell().m())
class Str(str):
    def __new__(cls, v):
        return super().__new__(cls, v + "!")
    def upper(self):
        return "[" + super().upper() + "]"
print(Str("hi"), Str("hi").upper())
class Lst(list):
    def append(self, x):
        super().append(x * 2)
l = Lst([1])
l.append(5)
print(l, len(l))

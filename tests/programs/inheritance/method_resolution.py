class Base:
    def template(self):
        return "[" + self.hook() + "]"
    def hook(self):
        return "base hook"
class Override(Base):
    def hook(self):
        return "override hook"
print(Base().template(), Override().template())
class A:
    x = "A.x"
class B(A):
    pass
class C(A):
    x = "C.x"
class D(B, C):
    pass
print(D.x, D().x)
B.x = "B.x"
print(D.x)
del B.x
print(D.x)
class Mixin:
    def greet(self):
        return "mixin greet from " + self.name()
class Named:
    def name(self):
        return type(self).__name__
class Both(Mixin, Named):
    pass
print(Both().greet())
o = Override()
o.hook = lambda: "instance hook"
print(o.template())

class Base:
    cls_attr = 1
    def method(self):
        return "m"
class Child(Base):
    def __init__(self):
        self.inst = 2
    def other(self):
        pass
c = Child()
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print(sorted(vars(c)), sorted(k for k in vars(Child) if not k.startswith("__")))
print(Child.__name__, Child.__qualname__, Child.__module__, Child.__bases__[0].__name__)
print(c.__class__.__name__, type(c).__mro__[1].__name__, Child.__dict__["other"].__name__)
print(getattr(c, "method")(), getattr(Child, "cls_attr"), callable(getattr(c, "other")))
import sys
mod = sys.modules[__name__]
print(mod.__name__, getattr(mod, "Child") is Child, hasattr(mod, "c"))
print([n for n in dir([]) if not n.startswith("_")])
print(len([n for n in dir(str) if not n.startswith("_")]) > 40, "split" in dir(""))

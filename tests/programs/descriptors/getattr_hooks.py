class Dynamic:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError("no attribute %r here" % name)
d = Dynamic()
print(d.real)
print(d.auto_hello)
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(d, "missing", "fallback"), hasattr(d, "auto_x"))
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            self.log.append("get " + name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
    def method(self):
        return "m"
l = Logged()
l.x = 1
_ = l.x
l.method()
del l.x
try:
    l.x
except AttributeError as e:
    print("AttributeError:", e)
print(l.log)
class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom missing")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback for " + name
print(Both().boom, Both().anything)
class ReadOnly:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError("read-only: cannot set %r" % name)
    def __delattr__(self, name):
        raise AttributeError("read-only: cannot delete %r" % name)
r = ReadOnly(a=1)
print(r.a)
for action in (lambda: setattr(r, "a", 2), lambda: delattr(r, "a")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1))

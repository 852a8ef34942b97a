class Obj:
    pass
o = Obj()
setattr(o, "a", 1)
print(getattr(o, "a"), getattr(o, "b", "default"), hasattr(o, "a"), hasattr(o, "b"))
try:
    getattr(o, "b")
except AttributeError as e:
    print("AttributeError:", e)
delattr(o, "a")
print(hasattr(o, "a"))
setattr(o, "with space", 5)
print(getattr(o, "with space"), vars(o))
for name in ["x", "y", "z"]:
    setattr(Obj, name, name.upper())
print(o.x, Obj.y, sorted(k for k in vars(Obj) if not k.startswith("__")))
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    "abc".nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    Obj.missing
except AttributeError as e:
    print("AttributeError:", e)
o.__dict__["direct"] = "via dict"
print(o.direct)

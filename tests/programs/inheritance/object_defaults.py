class A:
    pass
a = A()
b = A()
print(a == b, a != b, a == a, a != a)
for op in ["<", ">", "<=", ">="]:
    try:
        eval("a %s b" % op)
    except TypeError as e:
        print("TypeError:", e)
print(str(a) == repr(a), format(a, "") == str(a))
try:
    format(a, "d")
except TypeError as e:
    print("TypeError:", e)
print(bool(a), A.__bases__, A.__base__.__name__)
print(sorted(n for n in dir(a) if n in ("__init__", "__eq__", "__hash__", "__repr__", "__class__")))
print(a.__class__ is A, type(a.__dict__).__name__)
print(object.__eq__(a, b), object.__eq__(a, a), a.__ne__(b))
print(A.__init__ is object.__init__, A.__lt__(a, b))

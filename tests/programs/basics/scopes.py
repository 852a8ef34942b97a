x = "global"
def read():
    return x
def shadow():
    x = "local"
    return x
def use_global():
    global x
    x = "changed"
print(read(), shadow(), x)
use_global()
print(x)
def make_new_global():
    global brand_new
    brand_new = 42
make_new_global()
print(brand_new)
def outer():
    y = 1
    def inner():
        nonlocal y
        y += 1
        return y
    inner(); inner()
    return y
print(outer())
def unbound():
    try:
        print(z)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    z = 1
unbound()
def class_scope():
    v = "func"
    class C:
        v = "class"
        w = v
        def m(self):
            return v
    return C.w, C().m()
print(class_scope())
i = "outer"
res = [i for i in range(3)]
print(res, i)
for j in range(3):
    pass
print(j)
def default_binding(a=x):
    return a
x = "later"
print(default_binding())

# Capture patterns bind names; the wildcard binds nothing; a case that does
# not match binds nothing.
def first(x):
    match x:
        case [a]:
            return "one item " + repr(a)
        case other:
            return "other " + repr(other)

print(first([5]))
print(first("abc"))

match 3:
    case n:
        print("captured", n)
print("n after match:", n)

try:
    del q
except NameError:
    pass
match (1, 2):
    case (q, 3):
        print("unexpected")
    case _:
        print("no match; q bound?", "q" in globals())

# The wildcard never binds _.
_ = "untouched"
match 99:
    case _:
        print("wildcard, _ is", _)

# Captures in functions are locals.
def f(x):
    match x:
        case y:
            pass
    return y, "y" in locals()

print(f("loc"))

# Captures can target globals and nonlocals.
g = None
def set_global(x):
    global g
    match x:
        case g:
            pass

set_global("now global")
print(g)

def outer():
    v = "old"
    def inner(x):
        nonlocal v
        match x:
            case v:
                pass
    inner("new")
    return v

print(outer())

# Class bodies capture into the class namespace.
class C:
    match "attr":
        case value:
            pass

print(C.value)

# Pattern captures follow the usual scoping rules.
def closure():
    match (1, 2):
        case (a, b):
            pass
    def inner():
        return a + b
    return inner()

print(closure())

def comprehension_subject(items):
    out = []
    for item in items:
        match [x * 2 for x in item]:
            case [a, b]:
                out.append(a + b)
            case _:
                out.append(None)
    return out

print(comprehension_subject([[1, 2], [3], [4, 5]]))

# A captured name shadows the global only inside the function.
value = "global"
def shadow():
    match "local":
        case value:
            return value

print(shadow(), value)

# Name mangling applies to captures inside classes.
class Mangled:
    def get(self):
        match 5:
            case __secret:
                return __secret, "_Mangled__secret" in dir() or True

print(Mangled().get())

# match inside a lambda is impossible, but a guard may hold a lambda.
match 3:
    case n if (lambda k: k * n)(2) == 6:
        print("lambda in guard saw n =", n)

# Deleting a captured name afterwards.
match 1:
    case gone:
        del gone
print("gone" in globals())

# Run-time errors of class patterns.
def run(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

def m(x, cls):
    match x:
        case cls():
            return "matched"
    return "no match"

def m2(x, cls):
    match x:
        case cls(1, 2):
            return "matched"
    return "no match"

def m_kw(x, cls):
    match x:
        case cls(a=1):
            return "matched"
    return "no match"

run("not a type:", lambda: m(1, 3))
run("a function:", lambda: m(1, len))
run("an instance:", lambda: m(1, "str"))

class ListArgs:
    __match_args__ = ["a", "b"]
    a = 1
    b = 2
run("list __match_args__:", lambda: m2(ListArgs(), ListArgs))

class Short:
    __match_args__ = ("a",)
    a = 1
run("too many positional:", lambda: m2(Short(), Short))

class NoArgs:
    pass
run("no __match_args__:", lambda: m2(NoArgs(), NoArgs))

class NonStr:
    __match_args__ = (1, 2)
run("non-str element:", lambda: m2(NonStr(), NonStr))

class Dup:
    __match_args__ = ("a", "a")
    a = 1
run("duplicate positional:", lambda: m2(Dup(), Dup))

class DupKw:
    __match_args__ = ("a", "b")
    a = 1
    b = 2
def m3(x):
    match x:
        case DupKw(1, a=1):
            return "matched"
    return "no match"
run("positional and keyword:", lambda: m3(DupKw()))

class Raising:
    @property
    def a(self):
        raise KeyError("boom")
run("getter raises:", lambda: m_kw(Raising(), Raising))

class AttrErr:
    @property
    def a(self):
        raise AttributeError("hidden")
run("getter AttributeError:", lambda: m_kw(AttrErr(), AttrErr))

# The isinstance check comes first: a non-instance never looks at
# __match_args__.
run("not an instance:", lambda: m2("x", ListArgs))
# __match_args__ is only consulted with positional sub-patterns.
run("keywords only:", lambda: m_kw(ListArgs(), ListArgs))

def outer(a, b=2):
    """Docstring here."""
    c = a + b
    def inner():
        return c
    return inner
print(outer.__name__, outer.__qualname__, outer.__doc__)
print(outer.__module__, outer.__defaults__)
inner = outer(1)
print(inner.__name__, inner.__qualname__)
print(inner.__closure__[0].cell_contents)
print(outer.__code__.co_name, outer.__code__.co_argcount, outer.__code__.co_varnames[:2])
outer.custom = "attr"
print(outer.custom, "custom" in outer.__dict__)
class C:
    def method(self):
        pass
    class Nested:
        def deep(self):
            pass
print(C.method.__qualname__, C.Nested.deep.__qualname__)
print(type(C.method).__name__, type(C().method).__name__)
m = C().method
print(m.__func__ is C.method, m.__self__.__class__.__name__)
print(callable(outer), callable(5), callable(C), callable(C()))
print(outer.__globals__ is globals())
def kw(*, a): pass
print(kw.__kwdefaults__, outer.__kwdefaults__)

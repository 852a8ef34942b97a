# Unbound methods of builtin types called with a receiver of the wrong type,
# and native __new__ called with a non-type or non-subtype, raise TypeError.


def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except TypeError as e:
        print(label, "TypeError:", e)


attempt("dict.clear(1)", lambda: dict.clear(1))
attempt("dict.get(1, 2)", lambda: dict.get(1, 2))
attempt("dict.clear()", lambda: dict.clear())
attempt("list.sort('abc')", lambda: list.sort("abc"))
attempt("set.add([], 1)", lambda: set.add([], 1))
attempt("type.mro(1)", lambda: type.mro(1))
attempt("str.upper(b'x')", lambda: str.upper(b"x"))
attempt("[].__new__(1)", lambda: [].__new__(1))
attempt("list.__new__(int)", lambda: list.__new__(int))
attempt("set().__new__(None)", lambda: set().__new__(None))
attempt("dict.__new__()", lambda: dict.__new__())


class MyList(list):
    pass


m = MyList([3, 1, 2])
list.sort(m)
print(m, list.__len__(m), type(list.__new__(MyList)).__name__)
print(dict.get({1: 2}, 1), bool.__and__(True, True), int.__add__(True, 2))

# Slot wrappers word the same errors differently.
attempt("int.__add__(1.0, 2)", lambda: int.__add__(1.0, 2))
attempt("list.__len__('ab')", lambda: list.__len__("ab"))
attempt("object.__init__()", lambda: object.__init__())
attempt("type.__call__(5)", lambda: type.__call__(5))

# exec/eval with non-dict globals, non-mapping locals and bad sources
# raise TypeError (they used to crash the VM).


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("eval(1, 2)", lambda: eval(1, 2))
attempt("eval('a', 'b')", lambda: eval("a", "b"))
attempt("exec('a', 'b')", lambda: exec("a", "b"))
attempt("exec('x', 2**62)", lambda: exec("x", 2**62))
attempt("eval('x', {}, 5)", lambda: eval("x", {}, 5))
attempt("exec('x = 1', {}, 5)", lambda: exec("x = 1", {}, 5))
attempt("eval(1)", lambda: eval(1))
attempt("exec(None)", lambda: exec(None))
attempt("eval(b'1 + 2')", lambda: eval(b"1 + 2"))


class Mapping:
    def __getitem__(self, key):
        if key == "y":
            return 42
        raise KeyError(key)


attempt("eval('y', {}, Mapping())", lambda: eval("y", {}, Mapping()))
g = {}
exec("z = 7", g)
print(g["z"], "__builtins__" in g)

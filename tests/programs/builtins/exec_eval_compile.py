print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("a + b", {"a": 1}, {"b": 2}))
print(eval("len('abc')"), eval("[i for i in range(3)]"), eval("  42  "))
g = {}
exec("y = 5\ndef f(n):\n    return n + y\nz = f(10)", g)
print(g["y"], g["z"], g["f"](1), "__builtins__" in g)
loc = {}
exec("a = 1\nb = a + 1", {}, loc)
print(sorted(loc.items()))
print(exec("1 + 1"))
code = compile("3 * 7", "<expr>", "eval")
print(type(code).__name__, eval(code), code.co_filename)
code2 = compile("for i in range(3):\n    out.append(i * i)", "<loop>", "exec")
ns = {"out": []}
exec(code2, ns)
print(ns["out"])
single = compile("print('single mode')", "<s>", "exec")
exec(single)
counter = 0
def bump():
    global counter
    exec("counter += 1", globals())
bump()
bump()
print(counter)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.filename)
try:
    eval("undefined_var")
except NameError as e:
    print("NameError:", e)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("x", "f", "badmode")
except ValueError as e:
    print("ValueError:", e)
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
ns2 = {}
exec("class K:\n    v = 3\nobj = K()", ns2)
print(ns2["obj"].v, type(ns2["obj"]).__name__)

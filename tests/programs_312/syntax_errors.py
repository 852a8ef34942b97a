# SyntaxErrors that PEP 695 annotation scopes add (checked through compile()).

sources = [
    "def f[T, T](): pass",
    "class C[T, *T]: pass",
    "type X = (yield)",
    "def f[T: (yield)](): pass",
    "def f[T](x: (y := 1)): pass",
    "def f[T]():\n    def g():\n        nonlocal T\n",
]
for src in sources:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno)
    else:
        print("compiled")

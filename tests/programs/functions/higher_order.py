def apply(f, *args):
    return f(*args)
print(apply(max, 3, 9, 2), apply(str.upper, "abc"))
def make_multiplier(n):
    def mul(x):
        return x * n
    return mul
triple = make_multiplier(3)
print(triple(7), list(map(triple, [1, 2, 3])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(filter(None, [0, 1, "", "x", [], [0]])))
print(list(filter(lambda n: n % 3 == 0, range(20))))
def reduce(fn, seq, init):
    acc = init
    for x in seq:
        acc = fn(acc, x)
    return acc
print(reduce(lambda a, b: a * b, range(1, 11), 1))
def pipeline(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run
p = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(p("  Hello World  "))
def curry(f):
    def a(x):
        def b(y):
            return f(x, y)
        return b
    return a
print(curry(pow)(2)(10))
funcs = {"double": lambda x: 2 * x, "neg": lambda x: -x}
print({k: funcs[k](5) for k in sorted(funcs)})
print(sorted(["b", "A", "c"], key=str.lower), max(["aa", "b"], key=len))

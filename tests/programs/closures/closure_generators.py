def gen_with_closure(n):
    k = n
    def scale(x):
        return x * k
    for i in range(3):
        yield scale(i)
        k += 1
print(list(gen_with_closure(2)))
def make_adders():
    return [lambda x, n=n: x + n for n in range(4)]
print([f(100) for f in make_adders()])
def stateful():
    state = {"n": 0}
    def step():
        state["n"] += 1
        return state["n"]
    return step
s = stateful()
print(s(), s(), s())
def outer():
    funcs = []
    for i in range(3):
        def f(i=i):
            return i * i
        funcs.append(f)
    return funcs
print([f() for f in outer()])

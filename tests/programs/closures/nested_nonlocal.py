def level1():
    a = "l1"
    def level2():
        b = "l2"
        def level3():
            nonlocal a, b
            a += "+3"
            b += "+3"
            return a, b
        r = level3()
        return r, b
    r = level2()
    return r, a
print(level1())
def shadow():
    x = "outer"
    def mid():
        x = "mid"
        def inner():
            nonlocal x
            x = "inner-set"
        inner()
        return x
    m = mid()
    return x, m
print(shadow())
def cell_shared():
    v = 0
    def a():
        nonlocal v
        v += 1
    def b():
        nonlocal v
        v += 10
    a(); b(); a()
    return v
print(cell_shared())
def global_vs_nonlocal():
    global g
    g = "set global"
    def inner():
        return g
    return inner()
print(global_vs_nonlocal(), g)
def free_var_names():
    p = 1
    q = 2
    def inner():
        return p + q
    return inner
fn = free_var_names()
print(fn.__code__.co_freevars, [c.cell_contents for c in fn.__closure__])
print(free_var_names.__code__.co_cellvars)

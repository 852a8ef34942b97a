def inner():
    x = yield "i1"
    print("inner got", x)
    y = yield "i2"
    print("inner got", y)
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer received", r)
    yield "o1"
    return "outer-result"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    g.send("C")
except StopIteration as e:
    print("stop", e.value)
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))
def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def catching_inner():
    try:
        yield 1
        yield 2
    except KeyError:
        print("inner caught KeyError")
        yield "after-catch"
def delegator():
    yield from catching_inner()
    yield "delegator-end"
g = delegator()
print(next(g))
print(g.throw(KeyError("k")))
print(list(g))
def closing_inner():
    try:
        yield 1
    finally:
        print("inner finally on close")
def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("outer finally on close")
g = closing_outer()
next(g)
g.close()
def tree(n):
    if n == 0:
        return 1
    a = yield from tree(n - 1)
    yield n
    b = yield from tree(n - 1)
    return a + b
g = tree(3)
vals = []
while True:
    try:
        vals.append(next(g))
    except StopIteration as e:
        print(vals, "leaves:", e.value)
        break
def from_iter_return():
    r = yield from [1, 2]
    yield ("list returns", r)
print(list(from_iter_return()))

def count_up(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")
g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
def squares():
    for i in range(5):
        yield i * i
print(sum(squares()), max(squares()), list(squares()))
def infinite():
    n = 0
    while True:
        yield n
        n += 1
it = infinite()
print([next(it) for _ in range(5)])
def empty():
    return
    yield
print(list(empty()))
def gen_return():
    yield 1
    return "result"
g = gen_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("returned", repr(e.value), e.args)
print(g.__name__, g.__qualname__)

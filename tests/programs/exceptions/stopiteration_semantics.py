it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration args:", e.args, "value:", e.value)
print(next(it, "default"))
def g():
    yield 1
    return 99
gen = g()
next(gen)
try:
    next(gen)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
def manual_iter():
    class It:
        def __iter__(self):
            return self
        def __next__(self):
            raise StopIteration("custom")
    return list(It())
print(manual_iter())
def leak():
    yield next(iter([]))
try:
    list(leak())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
print(list(map(lambda x: next(iter([])) if x > 1 else x, [0, 1])))
try:
    print(list(map(lambda x: next(iter([])) if x > 1 else x, [0, 1, 2, 3])))
except StopIteration:
    print("never")

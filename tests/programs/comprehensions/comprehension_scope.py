x = 10
result = [x for x in range(3)]
print(result, x)
def f():
    y = 5
    return [y * i for i in range(3)]
print(f())
class C:
    base = 10
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    try:
        shifted = [i + base for i in items]
    except NameError as e:
        shifted = "NameError: " + str(e)
print(C.doubled, C.shifted)
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs])
def walrus_leak():
    [total := i for i in range(4)]
    return total
print(walrus_leak())
def nested_access():
    outer = [1, 2]
    return [[o * k for o in outer] for k in (10, 100)]
print(nested_access())
gen = (i for i in range(3))
print(sum(gen), sum(gen))
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print("NameError:", e)
data = [1, 2, 3]
print([v for v in data if v in [w for w in data if w > 1]])
def comp_first_iter_eval():
    def it():
        print("iterable evaluated once")
        return range(3)
    return [(a, b) for a in it() for b in range(a)]
print(comp_first_iter_eval())

def f(*args, **kwargs):
    return args, sorted(kwargs.items())
a = [1, 2]
b = (3, 4)
print(f(*a, *b))
print(f(0, *a, 5, *b, *"xy"))
d1 = {"x": 1}
d2 = {"y": 2}
print(f(**d1, **d2, z=3))
print(f(*range(3), **{"k": "v"}))
print([*a, *b, *"cd"])
print((*a, 9))
print({*a, *b, 1})
print({**d1, **d2, "x": 100})
print({"x": 0, **d1})
print(*[1, 2, 3], sep="|")
first, *middle, last = *a, *b
print(first, middle, last)
try:
    f(**d1, **{"x": 5})
except TypeError as e:
    print("TypeError:", e)
try:
    f(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**[1])
except TypeError as e:
    print("TypeError:", e)
def g(a, b, c):
    return a * 100 + b * 10 + c
print(g(*[1, 2], 3), g(1, *(2, 3)), g(**{"c": 3, "a": 1, "b": 2}), g(1, **{"c": 3, "b": 2}))
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)

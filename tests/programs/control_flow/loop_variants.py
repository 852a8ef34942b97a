for i in range(3):
    print(i, end=" ")
print()
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for k, v in sorted({"b": 2, "a": 1}.items()):
    print(k, v)
for i, (a, b) in enumerate([(1, 2), (3, 4)], start=1):
    print(i, a, b)
for a, b in zip("abc", [1, 2, 3, 4]):
    print(a, b, end=", ")
print()
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
    print(x, end=" ")
print()
for ch in reversed("xyz"):
    print(ch, end="")
print()
d = {"one": 1}
for key in d:
    print(key, d[key])
n = 0
for n in range(0):
    pass
print("n unchanged:", n)
for obj in [1, "a", None]:
    print(type(obj).__name__)
it = iter(range(5))
for x in it:
    if x == 1:
        next(it)
    print("got", x)

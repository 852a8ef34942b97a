if (n := 10) > 5:
    print("n is", n)
data = [1, 2, 3, 4, 5, 6]
print([y for x in data if (y := x * x) > 10])
print(y)
vals = iter([3, 1, 4, 1, 5, 0, 9])
seen = []
while (v := next(vals)) != 0:
    seen.append(v)
print(seen)
print((a := 1, a + 1))
def f():
    total = 0
    parts = [total := total + i for i in range(5)]
    return parts, total
print(f())
print([last := i for i in range(4)], last)
matches = [w for w in ["apple", "bob", "kayak", "test"] if (r := w[::-1]) == w]
print(matches, r)
x = (z := 3) * 2
print(x, z)
print(any((hit := c) == "q" for c in "abqcd"), hit)

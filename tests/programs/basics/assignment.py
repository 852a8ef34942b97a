a = 1
b = c = 2
print(a, b, c)
a, b = b, a
print(a, b)
x, (y, z) = 1, (2, 3)
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
p, *mid, q = range(6)
print(p, mid, q)
[m, n] = (10, 20)
print(m, n)
head, *tail = [1]
print(head, tail)
t = 1, 2, 3
print(t, type(t).__name__)
s = 1,
print(s)
lst = [0, 0, 0]
lst[0], lst[1] = 5, 6
print(lst)
d = {}
d["a"] = d["b"] = 7
print(sorted(d.items()))
i = 0
lst2 = [10, 20]
i, lst2[i] = 1, 99
print(i, lst2)
a = b = []
a.append(1)
print(b, a is b)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    u, v, w = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    u, *v, w = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    u, v = 5
except TypeError as e:
    print("TypeError:", e)

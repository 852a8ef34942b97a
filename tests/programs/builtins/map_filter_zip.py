print(list(map(str, [1, 2, 3])), list(map(pow, [2, 3], [3, 2])), list(map(len, ["a", "bb"])))
print(list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200, 300])))
print(list(filter(lambda x: x > 2, [1, 2, 3, 4])), list(filter(None, [0, "", None, 1, "a", []])))
print(list(filter(str.isdigit, "a1b2c3")))
m = map(lambda x: x * 2, range(3))
print(next(m), list(m), list(m))
z = zip(range(3), "abcdef")
print(list(z), list(z))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__, type(zip()).__name__)
print(sorted(map(abs, [-3, 1, -2])), sum(map(int, "12345")), "".join(map(chr, [104, 105])))
try:
    map(1, [1])
    print("map creation is lazy")
    list(map(1, [1]))
except TypeError as e:
    print("TypeError:", e)
try:
    zip(1)
except TypeError as e:
    print("TypeError:", e)

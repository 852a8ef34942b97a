print([1, 2] + [3], (1,) + (2, 3), "ab" + "cd", b"x" + b"y")
print([0] * 3, 3 * "ab", (1, 2) * 2, [1] * 0, "x" * -1, b"-" * 4)
for a, b in [([1], (2,)), ("a", 1), ((1,), [2]), ([1], "a")]:
    try:
        print(a + b)
    except TypeError as e:
        print("TypeError:", e)
for a, b in [([1], 2.0), ("a", "b")]:
    try:
        print(a * b)
    except TypeError as e:
        print("TypeError:", e)
s = "hello"
print(s[1], s[-1], s[1:3], s[::-1], s[::2], s[10:], s[-100:2])
t = (1, 2, 3)
print(t[1:], t[:-1], t[::-2])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    t[5]
except IndexError as e:
    print("IndexError:", e)
try:
    s["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    idx = 1.0
    [1][idx]
except TypeError as e:
    print("TypeError:", e)

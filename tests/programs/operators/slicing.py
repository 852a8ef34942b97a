a = list(range(10))
print(a[2:8:2], a[::-1], a[::-3], a[8:2:-2], a[-1:-4:-1], a[5::-1], a[:5:-1])
print(a[100:], a[-100:3], a[3:100], a[::100], a[1:1])
s = "abcdefghij"
print(s[::-2], s[7:2:-1], s[-3:], s[:-3])
b = a[:]
b[2:5] = ["x"]
print(b)
b = a[:]
b[2:2] = [100, 200]
print(b)
b = a[:]
b[::2] = "ABCDE"
print(b)
b = a[:]
b[::-3] = [0, 0, 0, 0]
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
b = a[:]
del b[::3]
print(b)
b = a[:]
del b[7:2:-2]
print(b)
b = a[:]
b[len(b):] = [10, 11]
print(b)
b[:] = []
print(b)
sl = slice(1, 8, 3)
print(a[sl], sl.start, sl.stop, sl.step, sl)
print(slice(None, None, -1).indices(5), slice(2, 100).indices(10))
print(range(10)[2:8:3], range(10)[::-1], list(range(10)[::-4]))
print(b"abcdef"[1:4], b"abcdef"[::-1], (1, 2, 3, 4)[::2])
try:
    a[::0]
except ValueError as e:
    print("ValueError:", e)
class S:
    def __getitem__(self, k):
        return k
print(S()[1:2], S()[::3], S()[1:2, 3], S()[...])

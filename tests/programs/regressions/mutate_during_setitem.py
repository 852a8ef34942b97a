# Subscript assignment where __index__ or the assigned iterable mutates the
# list/bytearray being assigned to: the size is re-read, no crash.


class ClearList:
    def __index__(self):
        lst.clear()
        return 0


lst = [1, 2, 3]
try:
    lst[ClearList()] = 5
except IndexError as e:
    print("IndexError:", e)
lst = [1, 2, 3]
try:
    del lst[ClearList()]
except IndexError as e:
    print("IndexError:", e)


def gen():
    lst.clear()
    yield 5
    lst.append(7)
    yield 6


lst = [1, 2, 3]
lst[0:3] = gen()
print(lst)
lst = [1, 2, 3, 4]
lst[1:2] = gen()
print(lst)
lst = [1, 2, 3]
lst[ClearList() : ClearList()] = [9]
print(lst)


class ClearBytes:
    def __index__(self):
        b.clear()
        return 0


b = bytearray(b"abc")
try:
    print(b[ClearBytes()])
except IndexError as e:
    print("IndexError:", e)
b = bytearray(b"abc")
try:
    b[ClearBytes()] = 5
except IndexError as e:
    print("IndexError:", e)
b = bytearray(b"abc")
b[0:2] = [ClearBytes(), ClearBytes()]
print(b)

b = bytearray(b"abcdef")
b[1:3] = b"XYZ"
print(b)
b[::2] = b"1234"
print(b)
del b[::3]
print(b)
for bad in (5, "ab", [300], None):
    try:
        b[0:1] = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    b[::2] = b"1"
except ValueError as e:
    print(e)
b[:] = b
print(b)

r = range(10, 0, -3)
print(list(r), len(r), r[0], r[-1], r[1:3], list(r[1:3]), r[::-1], list(r[::-1]))
print(7 in r, 8 in r, 10 in r, 0 in r, r.index(4), r.count(7))
try:
    r.index(5)
except ValueError as e:
    print("ValueError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
print(list(range(0)), list(range(5, 5)), list(range(5, 0)), list(range(-5, -1)), list(range(0, -10, -4)))
print(len(range(0, 100, 7)), len(range(100, 0, -7)), range(3) == range(0, 3), range(0) == range(5, 5))
print(list(reversed(range(1, 10, 2))), sum(range(101)), max(range(7)), min(range(3, 9)))
big = range(0, 10 ** 20, 3)
print(10 ** 19 + 1 in big, 10 ** 19 + 2 in big, big[-1], big[10 ** 18])
try:
    len(big)
except OverflowError as e:
    print("OverflowError:", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
print(range(5).start, range(5).stop, range(5).step, range(1, 9, 2)[2:], range(10)[-3:])
print(list(range(3)) * 2, [i * i for i in range(-2, 3)])

values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (None,), {}, {0: 0}, set(), {0},
          None, True, False, range(0), range(1), b"", b"\x00", 0j, 1j]
for v in values:
    print(repr(v), bool(v), "yes" if v else "no", not v)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", "" and "y")
print([] or {} or 0 or "last")
print(1 and [] and 3)
def side(n):
    print("side", n)
    return n
print(side(0) and side(1))
print(side(1) or side(2))
print(side(1) and side(2) and side(3))

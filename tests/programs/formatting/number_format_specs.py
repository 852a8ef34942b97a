values = [0, 1, -1, 42, -42, 1234567, 3.5, -2.25, 1e10, 1.0e-10, 0.1]
for v in values:
    if isinstance(v, int):
        print(repr(v), format(v, "d"), format(v, "5d"), format(v, "<5d") + "|", format(v, "x"), format(v, ","), format(v, "e"), format(v, "f"), format(v, "%"))
    else:
        print(repr(v), format(v, "f"), format(v, ".3f"), format(v, "e"), format(v, "g"), format(v, ".2g"), format(v, ","), format(v, "10.2f") + "|", format(v, "%"))
print(format(float("inf"), "f"), format(float("-inf"), "e"), format(float("nan"), "g"), format(float("inf"), "010.2f"))
print(format(2 ** 100, ","), format(2 ** 70, "x"), format(-(2 ** 70), "#b")[:12])
print(format(1.5, "#.0f"), format(2.5, ".0f"), format(3.5, ".0f"), format(-0.5, ".0f"))
print(format(123.456, "^+12.2f") + "|", format(42, "#010b"), format(42, "_b"), format(65535, "_x"))
print(format(True, ""), format(True, "d"), format(False, ">6"), format(None, ""))
print(format(1e300 * 10, ""), format(12345.6789, ""), format(0.000012345, ""))
for bad in [(1.5, "d"), ("s", "d"), (5, "s"), (5, ".2d")]:
    try:
        format(*bad)
    except ValueError as e:
        print("ValueError:", e)

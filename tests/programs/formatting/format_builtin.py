print(format(42), format(42, ""), format("text"), format(3.5), format([1, 2]))
print(format(42, "b"), format(42, "o"), format(42, "x"), format(42, "X"), format(42, "c"))
print(format(0.5, ".1%"), format(-1234.5, ",.1f"), format(7, "03"), format(7, "+03"))
print(format("abc", "<6") + "|", format("abc", ">6"), format("abc", "^6") + "|", format("abc", "~^9"))
print(type(format(1)).__name__, format(1, "") == str(1), format(1.0) == str(1.0))
print((255).__format__("x"), "abc".__format__(">5"), (1.5).__format__(".3f"))
try:
    format(1, "invalid")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "x")
except ValueError as e:
    print("ValueError:", e)
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError:", e)

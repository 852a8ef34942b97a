print(int("42"), int("-17"), int("  12  "), int("1_000"), int("+5"), int(3.99), int(-3.99), int(True))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("101", 2), int("z", 36), int("10", 8))
print(int("١٢٣"), int(b"12"), int("0"), int(" -0 "), int())
for bad in ["abc", "1.5", "", " ", "1 2", "0x10", "1__0", "_1", "1_"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for args in [("12", 1), ("12", 37), ("9", 8)]:
    try:
        int(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(12, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
print(float("3.14"), float("-1e3"), float("  2.5  "), float("inf"), float("-Infinity"), float("nan"), float("1_000.5"), float(7), float(), float(".5"), float("5."))
for bad in ["abc", "", "1.2.3", "1e", "infinity and beyond"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
print(bool(), bool(0), bool(""), bool("0"), bool([0]), bool(0.0), bool(-1))
print(str(), str(12), list(), list("ab"), tuple(), tuple([1]), set(), set("aa") == {"a"}, dict(), dict(x=1))
print(list({"a": 1, "b": 2}), list({"a": 1}.items()), tuple({1: 2}), frozenset([1, 1]) == frozenset({1}))
print(complex("1+2j"), complex(3), complex(1, -1), complex("-1.5e1j"))

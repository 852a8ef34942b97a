for x in [0.0, 1.0, 2.5, -3.75, 0.1, 1e300, 5e-324, 100.0]:
    print(repr(x), x.is_integer(), x.as_integer_ratio(), x.hex(), x.real, x.imag, x.conjugate())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x0p0"))
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
print(float("inf").is_integer(), (2.0 ** 60).is_integer(), (1e16 + 1).is_integer())
print((0.1).__add__(0.2), (3.0).__mul__(2), (7.5).__floordiv__(2), (7.5).__mod__(2), (-7.5).__mod__(2))
print(float.__name__, float(10 ** 15), float(2 ** 53 + 1), int(1e15), int(-0.9), int(2.5e10))
print(1.0 .__eq__(1), (1.5).__eq__("x"), (1.5).__lt__(2), float.__gt__(2.0, 1.0))
print(0.1 * 3, 0.3, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-15, 1 - 0.9, 1.1 * 1.1)
print(2.5e-3, 1234567.0, 12345678.9, 0.000001, 0.0000001, 1e15, 1e16, 123e-20)
print(float("1e500"), float("-1e500"), float("1e-500"), -0.0 == 0.0, repr(-0.0), 1 / float("inf"))

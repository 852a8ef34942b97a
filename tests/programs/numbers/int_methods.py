for n in [0, 1, 255, -255, 2 ** 40, -(2 ** 40) - 1]:
    print(n, n.bit_length(), n.real, n.imag, n.conjugate(), n.numerator, n.denominator, abs(n))
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (255).to_bytes(1, "big"), (0).to_bytes(3, "big"))
print((-1).to_bytes(2, "big", signed=True), (-256).to_bytes(2, "little", signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"", "big"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"\x80", "big", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print((10).__add__(5), (10).__radd__(5), (7).__floordiv__(2), (7).__rtruediv__(14), (3).__pow__(2), (5).__neg__())
print((12).as_integer_ratio(), (True).as_integer_ratio(), int.__name__, (5).__index__())
print((6).bit_count(), (255).bit_count(), (-7).bit_count())
print(int.__add__(1, 2), int.__mul__(3, 4), int.__lt__(1, 2), int.__eq__(1, 1.0), int.__eq__(1, 1))

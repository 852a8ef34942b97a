vals = [0, 1, 5, -1, -5, 255, -256, 2 ** 70, -(2 ** 70)]
for a in vals:
    for b in [3, -3, 12]:
        print(a, b, a & b, a | b, a ^ b)
for a in [1, 5, -1, -5, -16, 2 ** 65, -(2 ** 65)]:
    print(a, a << 3, a >> 1, a >> 3, a >> 100, ~a)
print(1 << 100, (1 << 100) >> 99, -1 << 64)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 3).__name__)
print(0b1010 & 0b0110, bin(0b1010 | 0b0110), hex(0xF0 ^ 0xFF))
print(~True, -8 >> 1, -9 >> 1, -1 >> 5)

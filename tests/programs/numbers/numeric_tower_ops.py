import sys
print(sys.maxsize == 2 ** 63 - 1 or sys.maxsize == 2 ** 31 - 1, sys.maxsize + 1 > sys.maxsize, type(sys.maxsize + 1).__name__)
print(sys.float_info.max > 1e308, sys.float_info.epsilon < 1e-15, sys.float_info.dig)
n = sys.maxsize
print(n * n > n, -n - 1, (-n - 1) // -1, abs(-n - 1), (n + 1) // 2)
vals = [0, 1, -1, 2 ** 31, -(2 ** 31), 2 ** 62, 2 ** 63, -(2 ** 63), 2 ** 64]
for v in vals:
    print(v, v + 1, v - 1, v * 2, v // 3, v % 7, -v, v >> 1, v << 1)
acc = 1
for i in range(70):
    acc = acc * 3 + 1
print(acc, acc.bit_length(), acc % (2 ** 64))
x = 2 ** 62
for _ in range(4):
    x += x
print(x, type(x).__name__)
print(int(1e18) + 1, int(9.99e18), 10 ** 18 * 10, -(10 ** 19) // 3)

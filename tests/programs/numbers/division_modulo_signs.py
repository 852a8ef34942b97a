ints = [7, -7, 0, 1, -1, 13]
divs = [3, -3, 1, 2]
for a in ints:
    print(a, [(a // b, a % b) for b in divs])
floats = [7.5, -7.5, 0.0, -0.0, 1e-3]
for a in floats:
    print(a, [(a // b, a % b) for b in [2, -2, 0.5, -0.25]])
print(-7 / 2, 7 / -2, -7 // 2, 7 // -2, int(-7 / 2), -(7 // 2))
print(5 % 3, -5 % 3, 5 % -3, -5 % -3, 5.0 % 3, -5.0 % 3, 5 % -3.0)
print(-1 % 10 ** 20, 10 ** 20 % -7, -(10 ** 20) // 7, (10 ** 20) // -7)
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3)]:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a)
print(1e16 // 3, 1e16 % 3, -1e-300 % 1, 1e-300 % -1)

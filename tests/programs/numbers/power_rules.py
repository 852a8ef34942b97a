print(2 ** 3, 2 ** 0, 2 ** -1, 2 ** -3, (-2) ** 3, (-2) ** -2, 0 ** 0, 0 ** 5, 1 ** -5)
print(4 ** 0.5, 8 ** (1 / 3), 2 ** 0.5, 10 ** -2, 10.0 ** 2, 2.0 ** -1074, 1.0 ** float("inf"))
z = (-1) ** 0.5
print(type(z).__name__, round(z.real, 12), z.imag)
z = (-8) ** (1 / 3)
print(type(z).__name__, round(z.real, 12), round(z.imag, 12))
print(type(2 ** 3).__name__, type(2 ** -1).__name__, type(2.0 ** 3).__name__, type((-1) ** 0.5).__name__)
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1 ** 2)
print(pow(2, 3), pow(2, 3, 5), pow(2.5, 2), pow(9, 0.5), pow(-2, 2), pow(2, -2))
print(10 ** 20, 10 ** 20.0, 10.0 ** 20, 7 ** 23, 1.5 ** 100)
print(float("inf") ** 0, 0.0 ** 0, float("nan") ** 0, 1 ** float("nan"))
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    10.0 ** 1000
except OverflowError as e:
    print("OverflowError:", type(e).__name__)
x = 3
x **= 4
print(x, 2 ** 100 % 1000, (2 ** 100) ** 2 == 2 ** 200)

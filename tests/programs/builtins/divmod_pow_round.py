print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(17.5, 5), divmod(-1, 3))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-8, 3), pow(0, 0))
print(pow(2, 10, 1000), pow(3, 200, 7), pow(-2, 3, 5), pow(2, 100, 10 ** 9 + 7), pow(5, -1, 7), pow(38, -1, 97))
try:
    pow(2.0, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(-0.5), round(7))
print(round(3.14159, 2), round(2.675, 2), round(1.005, 2), round(-1.5), round(123.456, -1), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(5, -1), round(0.125, 2), round(0.375, 2), round(1e20, 2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0), type(round(7, 1)).__name__)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)

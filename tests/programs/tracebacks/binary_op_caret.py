def compute(a, b):
    return a / b + 1
print(compute(4, 2))
print(compute(1, 0))

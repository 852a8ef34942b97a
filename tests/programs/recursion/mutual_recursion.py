import sys
sys.setrecursionlimit(100000)
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
print(is_even(50000), is_odd(49999))
def a(n, acc):
    return acc if n == 0 else b(n - 1, acc * 3 % 1000003)
def b(n, acc):
    return acc if n == 0 else c(n - 1, acc + 7)
def c(n, acc):
    return acc if n == 0 else a(n - 1, acc ^ 5)
print(a(10, 1), a(30000, 1))

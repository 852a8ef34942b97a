"""Exceptions: raising and catching in loops, try/finally, custom exception
classes and exceptions crossing function calls."""


class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


def checked_div(a, b):
    if b == 0:
        raise AppError(a)
    return a // b


def deep(n):
    if n == 0:
        raise KeyError(n)
    return deep(n - 1)


def main():
    checksum = 0
    for i in range(100000):
        try:
            checksum += checked_div(i, i % 4)
        except AppError as e:
            checksum += e.code & 3
        finally:
            checksum += 1
    for i in range(20000):
        try:
            deep(5)
        except LookupError:
            checksum += 1
    d = {}
    for i in range(100000):
        try:
            checksum += d[i]
        except KeyError:
            d[i + 1] = i & 7
    print("exceptions checksum", checksum)


main()

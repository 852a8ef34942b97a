"""Closures: nested functions reading and rebinding enclosing variables,
higher-order functions and lambdas."""


def make_counter():
    count = 0

    def bump(step):
        nonlocal count
        count += step
        return count

    return bump


def compose(f, g):
    return lambda x: f(g(x))


def make_adders(n):
    return [(lambda x, k=k: x + k) for k in range(n)]


def main():
    checksum = 0
    counter = make_counter()
    inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
    adders = make_adders(16)
    for i in range(200000):
        checksum += counter(i & 3)
        checksum += inc_then_double(i) & 0xFF
        checksum += adders[i & 15](i) & 0xF
    checksum = checksum % 1000000007
    print("closures checksum", checksum)


main()

"""Generators: pipelines of generator functions, generator expressions and
`yield from` delegation."""


def naturals(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(xs):
    for x in xs:
        yield x * x


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x


def chained(n):
    yield from naturals(n)
    yield from naturals(n // 2)


def tree(depth):
    if depth == 0:
        yield 1
        return
    yield depth
    yield from tree(depth - 1)
    yield from tree(depth - 1)


def main():
    checksum = 0
    for _ in range(10):
        checksum += sum(evens(squares(naturals(40000))))
        checksum += sum(x & 7 for x in chained(40000))
        checksum += sum(tree(12))
    print("generators checksum", checksum)


main()

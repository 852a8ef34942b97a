"""Recursion: naive Fibonacci, Ackermann and a recursive tree walk (call
overhead with small frames)."""


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def make_tree(depth):
    if depth == 0:
        return None
    return (make_tree(depth - 1), depth, make_tree(depth - 1))


def tree_sum(t):
    if t is None:
        return 0
    left, v, right = t
    return tree_sum(left) + v + tree_sum(right)


def main():
    checksum = fib(25)
    checksum += ack(2, 300)
    checksum += tree_sum(make_tree(16))
    print("recursion checksum", checksum)


main()

"""List-heavy code: appends, comprehensions, slicing, sorting with keys,
in-place updates and membership."""


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            flags[i * i :: i] = [False] * len(range(i * i, n + 1, i))
        i += 1
    return [i for i, f in enumerate(flags) if f]


def main():
    checksum = 0
    for _ in range(5):
        primes = sieve(200000)
        checksum += len(primes) + primes[-1]
        data = [(i * 7919) % 10007 for i in range(60000)]
        data.sort()
        checksum += data[100] + data[-100]
        pairs = sorted(((x % 97, -x) for x in data[:20000]), key=lambda p: (p[0], p[1]))
        checksum += pairs[0][1] + pairs[-1][1]
        matrix = [[i * j for j in range(60)] for i in range(60)]
        checksum += sum(row[i % 60] for i, row in enumerate(matrix))
    print("lists checksum", checksum)


main()

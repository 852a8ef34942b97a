"""Permutations, combinations, products and partitions written by hand (no itertools)."""

def permutations(items, r=None):
    items = list(items)
    r = len(items) if r is None else r
    if r == 0:
        yield ()
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:], r - 1):
            yield (x,) + rest

def combinations(items, r):
    items = list(items)
    if r == 0:
        yield ()
        return
    for i in range(len(items) - r + 1):
        for rest in combinations(items[i + 1:], r - 1):
            yield (items[i],) + rest

def combinations_with_replacement(items, r):
    items = list(items)
    if r == 0:
        yield ()
        return
    for i in range(len(items)):
        for rest in combinations_with_replacement(items[i:], r - 1):
            yield (items[i],) + rest

def product(*pools, repeat=1):
    pools = [list(p) for p in pools] * repeat
    result = [()]
    for pool in pools:
        result = [prefix + (x,) for prefix in result for x in pool]
    return result

def partitions(n, largest=None):
    if largest is None:
        largest = n
    if n == 0:
        yield []
        return
    for k in range(min(n, largest), 0, -1):
        for rest in partitions(n - k, k):
            yield [k] + rest

def next_permutation(seq):
    a = list(seq)
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return None
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return a

def binomial(n, k):
    if k < 0 or k > n:
        return 0
    k = min(k, n - k)
    result = 1
    for i in range(k):
        result = result * (n - i) // (i + 1)
    return result

print(list(permutations("abc")))
print(len(list(permutations(range(6)))), len(list(permutations(range(6), 2))))
print(["".join(p) for p in permutations("abcd", 2)])
print(list(combinations("abcde", 3)))
print([len(list(combinations(range(10), k))) for k in range(11)])
print([binomial(10, k) for k in range(11)])
print(list(combinations_with_replacement("xyz", 2)))
print(product("ab", [0, 1]), len(product(range(3), repeat=3)))
print(list(partitions(6)))
print([len(list(partitions(n))) for n in range(1, 16)])
p = [1, 2, 3]
seen = []
while p is not None:
    seen.append("".join(map(str, p)))
    p = next_permutation(p)
print(seen)
print(next_permutation([1, 1, 2]), next_permutation([3, 2, 1]))
def subsets(s):
    return [[x for i, x in enumerate(s) if mask >> i & 1] for mask in range(1 << len(s))]
print(subsets("abc"))
def derangements(n):
    return sum(1 for p in permutations(range(n)) if all(p[i] != i for i in range(n)))
print([derangements(n) for n in range(1, 7)])
print(binomial(100, 50), binomial(5, 7), binomial(0, 0))
catalan = [binomial(2 * n, n) // (n + 1) for n in range(15)]
print(catalan)

from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product('ab', range(3))))
print(list(product([0, 1], repeat=3)))
print(list(product('ab', 'cd', repeat=2))[:5])
print(list(product()))
print(list(product('abc', [])))
print(len(list(product(range(4), range(5), range(2)))))

print(list(permutations('abc')))
print(list(permutations(range(4), 2)))
print(list(permutations('abc', 0)))
print(list(permutations('abc', 4)))
print(list(permutations([])))
print(len(list(permutations(range(6)))))

print(list(combinations('abcd', 2)))
print(list(combinations(range(5), 3)))
print(list(combinations('abc', 0)))
print(list(combinations('abc', 4)))
print(list(combinations([], 0)))

print(list(combinations_with_replacement('abc', 2)))
print(list(combinations_with_replacement(range(3), 3)))
print(list(combinations_with_replacement('', 2)))
print(list(combinations_with_replacement('', 0)))
print(list(combinations_with_replacement('ab', 0)))

# iterators are lazy and resumable
p = permutations('abcd')
print(next(p), next(p), next(p))
c = combinations(range(10), 4)
print(next(c), next(c))
print(sum(1 for _ in c))
print(type(p).__name__, type(c).__name__, iter(p) is p)

def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

check(lambda: permutations('abc', -1))
check(lambda: combinations('abc', -1))
check(lambda: combinations_with_replacement('abc', -2))
check(lambda: product('ab', repeat=-1))
check(lambda: permutations('abc', 'x'))
check(lambda: combinations('abc', 1.5))
check(lambda: product(1))
check(lambda: list(permutations('abc', None)))

def build_tree(depth):
    if depth == 0:
        return None
    return (build_tree(depth - 1), depth, build_tree(depth - 1))
def count(t):
    if t is None:
        return 0
    return count(t[0]) + 1 + count(t[2])
def height(t):
    return 0 if t is None else 1 + max(height(t[0]), height(t[2]))
t = build_tree(12)
print(count(t), height(t))
def permutations(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i, c in enumerate(s):
        for p in permutations(s[:i] + s[i + 1:]):
            out.append(c + p)
    return out
print(len(permutations("abcdef")), permutations("abc"))
def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]
data = [(i * 7919) % 1000 for i in range(500)]
s = merge_sort(data)
print(s[:10], s == sorted(data))
def binsearch(xs, target, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    if xs[mid] < target:
        return binsearch(xs, target, mid + 1, hi)
    return binsearch(xs, target, lo, mid - 1)
xs = list(range(0, 1000, 3))
print(binsearch(xs, 300, 0, len(xs) - 1), binsearch(xs, 301, 0, len(xs) - 1))

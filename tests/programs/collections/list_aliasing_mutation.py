a = [1, 2, 3]
b = a
c = a[:]
a.append(4)
print(a, b, c)
a[:] = [9]
print(a, b)
rows = [[0] * 2] * 2
rows[0][0] = 5
print(rows, rows[0] is rows[1])
lst = [1, 2, 3, 4, 5, 6]
for x in lst[:]:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
lst = [1, 2, 3, 4, 5, 6]
lst = [x for x in lst if x % 2]
print(lst)
nums = [1, 2, 3]
for i, n in enumerate(nums):
    nums[i] = n * 10
print(nums)
def extend_default(v, acc=[]):
    acc.append(v)
    return acc
r1 = extend_default(1)
r2 = extend_default(2)
print(r1, r2, r1 is r2)
l = [3, 1, 2]
s = sorted(l)
l.sort()
print(l == s, l is s)
x = [[1], [2]]
y = list(x)
y[0].append(100)
y[1] = [200]
print(x, y)

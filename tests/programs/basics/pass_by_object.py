def mutate(lst):
    lst.append(4)
def rebind(lst):
    lst = [9]
    return lst
a = [1, 2, 3]
mutate(a)
print(a)
print(rebind(a), a)
def incr(n):
    n += 1
    return n
k = 5
print(incr(k), k)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
x = [1, 2]
y = x[:]
y.append(3)
print(x, y)
nested = [[1], [2]]
shallow = list(nested)
shallow[0].append(9)
print(nested)
print(x is x, x == [1, 2], x is [1, 2])
s1 = (1, 2)
print(s1 == (1, 2))

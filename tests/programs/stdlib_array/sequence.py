# Indexing, slicing, assignment, deletion, concatenation, repetition,
# comparison, membership and iteration.
from array import array

a = array('i', range(10))
print(a[0], a[-1], a[3:7], a[::2], a[::-3], a[7:2:-2], a[20:], a[-100:2])
a[0] = 100
a[-1] = -9
a[2:4] = array('i', [7, 7, 7])
print(a)
a[::3] = array('i', [0, 0, 0, 0])
print(a)
a[1:1] = array('i', [5])
a[5:] = array('i')
print(a)
a[:] = a
print(a)
del a[0]
del a[-1]
print(a)
del a[::2]
print(a)
del a[5:100]
print(a)
b = array('d', [1.0, 2.0])
print(b + array('d', [3.0]), b * 3, 2 * b, b * 0, b * -2, array('d') * 5)
b += array('d', [9.0])
b *= 2
print(b)
print(array('i', [1, 2]) == array('i', [1, 2]), array('i', [1, 2]) == array('d', [1.0, 2.0]))
print(array('i', [1, 2]) < array('i', [1, 3]), array('i', [1, 2]) <= array('i', [1]), array('b', [5]) > array('h', [4, 9]))
print(array('i') == array('i'), array('i', [1]) != array('i', [1, 0]), array('u', 'ab') < array('u', 'b'))
print(array('d', [float('nan')]) == array('d', [float('nan')]), array('i', [1]) == [1], array('B', b'ab') >= array('B', b'ab'))
print(3 in array('i', [1, 2, 3]), 3.0 in array('i', [3]), 2.5 in array('d', [2.5]), 'a' in array('i', [1]), 'b' in array('u', 'abc'))
print([x for x in array('h', [4, 5, 6])], list(reversed(array('d', [1.5, 2.5]))), sorted(array('f', [3.5, -1.0])))
print(sum(array('d', [0.1] * 10)), max(array('i', [3, 9, 2])), min(array('u', 'zay')))
it = iter(array('i', [1, 2]))
print(next(it), next(it), next(it, 'done'))
m = array('i', [1, 2, 3])
out = []
for x in m:
    out.append(x)
    if x == 1:
        m.append(4)
print(out, m)

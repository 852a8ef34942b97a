# itertools.batched is new in Python 3.12.
from itertools import batched, count, islice

print(list(batched('ABCDEFG', 3)))
print(list(batched(range(6), 2)), list(batched([], 4)), list(batched('ab', 5)))
b = batched(count(), 4)
print(next(b), next(b), type(b).__name__, iter(b) is b)
print(list(islice(batched(count(10), 3), 2)))
for bad in (0, -1):
    try:
        batched('abc', bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    batched('abc', 'x')
except TypeError as e:
    print('TypeError:', e)

l = [3, 1, 4]
l.append(1)
l.extend([5, 9])
l.extend("ab")
print(l)
l.insert(0, "first")
l.insert(100, "last")
l.insert(-1, "before-last")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1)
print(l, l.index(1), l.count(1), l.index(5, 2))
try:
    l.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    l.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError:", e)
nums = [5, 2, 8, 1, 9, 3]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.reverse()
print(nums)
c = nums.copy()
c.append(100)
print(nums, c, c is nums)
c.clear()
print(c, len(c))
words = ["bb", "a", "ccc", "dd"]
words.sort(key=len)
print(words)
print(nums.sort(), sorted(words, key=lambda w: w[-1]))
m = [[1, 2], [3]]
print(m + [[4]], m * 2, [0] * 5, list("abc"), list(range(3)), list((1, 2)))
print(len(m), [1, 2] == [1, 2], [1, 2] != [2, 1], [1, [2]] < [1, [3]])
try:
    [3, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
lst = [1, 2, 3]
lst[1:1] = [9]
lst += (7,)
print(lst, lst[-2:], lst[::-1])

x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 7; print(x)
x <<= 4; print(x)
x >>= 1; print(x)
x |= 3; print(x)
x &= 6; print(x)
x ^= 15; print(x)
f = 7.0
f /= 2; print(f)
s = "ab"
s += "cd"; print(s)
s *= 2; print(s)
l = [1]
alias = l
l += [2, 3]
print(l, alias, l is alias)
l *= 2
print(alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
d = {"n": 1}
d["n"] += 10
print(d)
class Box:
    pass
b = Box()
b.v = 3
b.v *= 4
print(b.v)
lst = [1, 2, 3]
lst[1:2] += [9, 9]
print(lst)

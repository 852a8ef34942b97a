for n in [-5, 0, 5, 50]:
    s = "neg" if n < 0 else "zero" if n == 0 else "small" if n < 10 else "big"
    print(n, s)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1.0 == True)
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 != 6)
def val(v, tag):
    print("eval", tag)
    return v
print(val(1, "a") < val(2, "b") < val(0, "c") < val(5, "d"))
print(val(3, "a") < val(2, "b") < val(1, "c"))
print("a" < "b" <= "b" < "c")
print([1, 2] < [1, 3] < [2])
print((1, "a") < (1, "b"))
print(1 if [] else 2, "t" if "x" else "f")

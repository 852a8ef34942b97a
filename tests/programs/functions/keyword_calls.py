def area(width, height, unit="cm"):
    return "%d%s x %d%s = %d%s^2" % (width, unit, height, unit, width * height, unit)
print(area(2, 3))
print(area(height=3, width=2))
print(area(2, height=5, unit="m"))
opts = {"unit": "in", "height": 4}
print(area(1, **opts))
def order(a, b, c):
    return [a, b, c]
print(order(c=3, a=1, b=2))
print(order(1, *[2], c=3))
print(sorted([3, 1, 2], reverse=True))
print(dict(a=1, b=2))
print(print.__name__, "sep" in "print(*args, sep=' ')")
def evaluated_order(*a, **k):
    return a, k
def tag(x):
    print("eval", x)
    return x
evaluated_order(tag(1), tag(2), k=tag(3), *[tag(4)], **{"z": tag(5)})

def f():
    return x
print("calling")
f()

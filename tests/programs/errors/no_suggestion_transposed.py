def f():
    counter = 0
    for item in range(3):
        counter += itme
    return counter
f()

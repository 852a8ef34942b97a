def f(*a, **k):
    pass
a = [1]
k = {}
f(**k, *a)

def show(*args, **kwargs):
    print("args =", args, "kwargs =", sorted(kwargs.items()))
show()
show(1, 2)
show(a=1, b=2)
show(1, *[2, 3], x=4, **{"y": 5})
def mixed(a, b, *rest, flag=False, **options):
    return (a, b, rest, flag, sorted(options.items()))
print(mixed(1, 2))
print(mixed(1, 2, 3, 4, flag=True, color="red"))
def forward(*args, **kwargs):
    return mixed(*args, **kwargs)
print(forward(5, 6, 7, opt=1))
def count_args(*a):
    return len(a)
print(count_args(), count_args(*range(100)))
def kw_only(*, x, y=2):
    return x + y
print(kw_only(x=1), kw_only(y=10, x=1))
def typed(**kw):
    return type(kw).__name__, list(kw)
print(typed(b=1, a=2, c=3))
def args_is_tuple(*args):
    return type(args).__name__
print(args_is_tuple(1))

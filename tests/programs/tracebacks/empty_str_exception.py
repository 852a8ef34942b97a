class Silent(Exception):
    pass
def f():
    raise Silent
f()

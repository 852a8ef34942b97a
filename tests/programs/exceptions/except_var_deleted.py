try:
    raise ValueError("gone")
except ValueError as err:
    print("inside:", err)
try:
    print(err)
except NameError as e:
    print("NameError:", e)
err = "preexisting"
try:
    1 / 0
except ZeroDivisionError as err:
    pass
print("err" in globals())
def f():
    e = "local"
    try:
        raise KeyError
    except KeyError as e:
        pass
    try:
        return e
    except UnboundLocalError as ex:
        return "UnboundLocalError: " + str(ex)
print(f())
saved = None
try:
    raise TypeError("keep me")
except TypeError as e2:
    saved = e2
print(repr(saved))

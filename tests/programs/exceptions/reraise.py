def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except KeyError:
        print("level2 saw it, re-raising")
        raise
def level1():
    try:
        level2()
    except KeyError as e:
        print("level1 caught:", repr(e))
        raise RuntimeError("wrapped") from e
try:
    level1()
except RuntimeError as e:
    print("top:", e, "cause:", repr(e.__cause__))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def reraise_in_finally_context():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError:
            pass
        raise
try:
    reraise_in_finally_context()
except ValueError as e:
    print("bare raise re-raised the outer:", repr(e))
def raise_caught_var():
    try:
        raise ValueError("v")
    except ValueError as err:
        saved = err
    raise saved
try:
    raise_caught_var()
except ValueError as e:
    print("raised saved:", e)
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print("TypeError:", e)

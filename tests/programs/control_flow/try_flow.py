def attempt(n):
    log = []
    try:
        log.append("try")
        if n == 1:
            raise ValueError("v")
        if n == 2:
            raise KeyError("k")
        if n == 3:
            return log + ["return"]
    except ValueError as e:
        log.append("except ValueError " + str(e))
    except (KeyError, IndexError) as e:
        log.append("except tuple " + repr(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
for n in range(4):
    print(n, attempt(n))
def unhandled():
    try:
        raise TypeError("t")
    except ValueError:
        print("wrong handler")
    finally:
        print("finally before propagate")
try:
    unhandled()
except TypeError as e:
    print("caught outside:", e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("inner caught")
        raise
except ZeroDivisionError as e:
    print("outer caught re-raised:", e)
try:
    pass
except Exception:
    print("no")
else:
    print("else when no exception")

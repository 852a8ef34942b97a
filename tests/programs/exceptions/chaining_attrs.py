def show(e):
    print(type(e).__name__, repr(e),
          "| cause:", repr(e.__cause__),
          "| context:", repr(e.__context__),
          "| suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("implicit")
except ValueError as e:
    show(e)
try:
    try:
        {}["k"]
    except KeyError as ke:
        raise RuntimeError("explicit") from ke
except RuntimeError as e:
    show(e)
try:
    try:
        int("x")
    except ValueError:
        raise TypeError("suppressed") from None
except TypeError as e:
    show(e)
try:
    raise IndexError("direct") from OSError("os")
except IndexError as e:
    show(e)
e = ValueError("fresh")
show(e)
try:
    raise KeyError("k") from ValueError
except KeyError as e:
    show(e)
try:
    raise KeyError("k") from 5
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise TypeError("b")
        except TypeError:
            raise KeyError("c")
except KeyError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(" <- ".join(chain))
e = RuntimeError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))

def fail():
    raise ValueError("x")
try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb is not None)
    print(tb.tb_lineno)
    print(tb.tb_next.tb_lineno, tb.tb_next.tb_next)
    print(tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
e = ValueError("never raised")
print(e.__traceback__)
try:
    raise e
except ValueError as again:
    print(again is e, again.__traceback__.tb_lineno)
e2 = KeyError("k").with_traceback(None)
print(e2.__traceback__)
def reraiser():
    try:
        fail()
    except ValueError:
        raise
try:
    reraiser()
except ValueError as e:
    lines = []
    tb = e.__traceback__
    while tb:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
import sys
try:
    raise OSError("info")
except OSError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb.tb_lineno)
print(sys.exc_info())

def handler():
    try:
        raise ValueError("inner")
    except ValueError:
        return "handled"
def check_context_cleared():
    handler()
    e = RuntimeError("new")
    return repr(e.__context__)
print(check_context_cleared())
import sys
print(sys.exc_info()[0])
try:
    raise KeyError("outer")
except KeyError:
    print(handler())
    print(sys.exc_info()[0].__name__)
    try:
        raise TypeError("during")
    except TypeError as t:
        print(repr(t.__context__))
print(sys.exc_info()[0])
def gen():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
g = gen()
print(next(g), sys.exc_info()[0])
try:
    raise IndexError
except IndexError:
    print(next(g))

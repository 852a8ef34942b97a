for e in [Exception(), Exception("one"), Exception("a", "b"), Exception(1), Exception(None),
          ValueError(""), KeyError("k"), KeyError(), KeyError("a", "b"), KeyError(1),
          IndexError(3), TypeError("x", 2, [3]), StopIteration(5), SystemExit(2),
          OSError(2, "No such file"), OSError("just msg"), AssertionError()]:
    print(type(e).__name__, "| args:", e.args, "| str:", repr(str(e)), "| repr:", repr(e))
e = OSError(2, "No such file or directory", "f.txt")
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
e = FileNotFoundError(2, "nope")
print(e.errno, str(e))
print(StopIteration(7).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
e = ValueError("m")
e.args = ("changed", 1)
print(str(e), repr(e))
print(repr(Exception("quote's")), str(KeyError("quote's")))
print(repr(BaseException()), str(BaseException("x")))
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(str(e), e.start, e.end, e.reason, e.encoding)
e = AttributeError("msg")
print(e.args, str(e))
e = NameError("name 'q' is not defined")
print(e.args, getattr(e, "name", "no name attr"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)

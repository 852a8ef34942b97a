# Errors of open() and of closed files, as CPython raises them.
import io
import _tmpdir

_tmpdir.enter()
try:
    for args in [("missing.txt",), ("missing.txt", "rb"), ("no/such/dir.txt", "w")]:
        try:
            open(*args)
        except FileNotFoundError as e:
            print(type(e).__name__, e, e.errno, e.strerror, repr(e.filename), e.args)
            print(isinstance(e, OSError), e.filename2)
    import os
    os.mkdir("sub")
    for mode in ["r", "w", "rb", "a"]:
        try:
            open("sub", mode)
        except IsADirectoryError as e:
            print(mode, type(e).__name__, e, e.errno)
    open("exists.txt", "w").close()
    try:
        open("exists.txt", "x")
    except FileExistsError as e:
        print(type(e).__name__, e, e.errno)
    try:
        open("exists.txt/child")
    except NotADirectoryError as e:
        print(type(e).__name__, e)
    try:
        open("")
    except FileNotFoundError as e:
        print(type(e).__name__, e)

    for mode in ["q", "rw", "rr", "rbt", "b", "+", "U", "wa", "r+b+", "xw"]:
        try:
            open("exists.txt", mode)
        except ValueError as e:
            print(repr(mode), type(e).__name__, e)

    tests = [
        lambda: open(3.5),
        lambda: open(None),
        lambda: open("exists.txt", 3),
        lambda: open("exists.txt", "r", encoding=3),
        lambda: open("exists.txt", "r", errors=3),
        lambda: open("exists.txt", "r", newline=3),
        lambda: open("exists.txt", "r", newline="x"),
        lambda: open("exists.txt", "r", buffering="x"),
        lambda: open("exists.txt", "r", foo=1),
        lambda: open(),
        lambda: open("exists.txt", "r", -1, None, None, None, True, None, 1),
        lambda: open("exists.txt", closefd=False),
        lambda: open("exists.txt", encoding="nope"),
        lambda: open("exists.txt", "w").write(b"bytes"),
        lambda: open("exists.txt", "w").write(5),
        lambda: open("exists.txt").read("x"),
        lambda: open("exists.txt").seek(1, 1),
        lambda: open("exists.txt").seek(1, 2),
        lambda: open("exists.txt").seek(-1),
        lambda: open("exists.txt").seek(0, 9),
    ]
    for t in tests:
        try:
            print(t())
        except (TypeError, ValueError, LookupError, OSError) as e:
            print(type(e).__name__, e)

    try:
        open("exists.txt").write("x")
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
    try:
        open("exists.txt", "w").read()
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
    print(io.UnsupportedOperation.__mro__)

    f = open("exists.txt")
    f.close()
    f.close()
    for name, call in [
        ("read", f.read), ("readline", f.readline), ("readlines", f.readlines),
        ("tell", f.tell), ("seek", lambda: f.seek(0)), ("next", lambda: next(f)),
        ("iter", lambda: iter(f)), ("write", lambda: f.write("x")),
        ("flush", f.flush), ("enter", f.__enter__), ("readable", f.readable),
        ("fileno", f.fileno),
    ]:
        try:
            call()
        except ValueError as e:
            print(name, type(e).__name__, e)
    print(f.closed, f.name, f.mode, f.encoding)
finally:
    _tmpdir.leave()

# io.StringIO: writing, reading, positions, truncation, iteration and errors.
import io

s = io.StringIO()
print(s.write("hello "), s.write("world\n"), s.write(""))
print(repr(s.getvalue()), s.tell())
s.writelines(["a\n", "b\n", "c"])
print(repr(s.getvalue()))
print(s.seek(0), repr(s.read(5)), s.tell(), repr(s.readline()), repr(s.readline()))
print(repr(s.read()), repr(s.read()), repr(s.readline()))
s.seek(0)
print(s.readlines())
s.seek(0)
print([line for line in s])
print(list(io.StringIO("x\ny\n\nz")))

# Initial value: position 0, overwritten in place.
s = io.StringIO("abcdef")
print(s.tell(), s.write("XY"), repr(s.getvalue()), repr(s.read()))
s = io.StringIO(None)
print(repr(s.getvalue()))

# Seeking past the end pads with NUL characters.
s = io.StringIO("ab")
print(s.seek(4), s.write("Z"), repr(s.getvalue()))
print(s.seek(0, 2), s.seek(0, 1), s.seek(1))

# truncate keeps the position.
s = io.StringIO("0123456789")
s.seek(3)
print(s.truncate(), repr(s.getvalue()), s.tell())
print(s.truncate(10), repr(s.getvalue()))
s.seek(8)
print(s.truncate(2), s.tell(), repr(s.read()))

# read/readline sizes.
s = io.StringIO("line one\nline two\n")
print(repr(s.read(0)), repr(s.readline(4)), repr(s.readline(100)), repr(s.readline(-1)))
s.seek(0)
print(repr(s.read(None)), repr(s.readline(None)))
print(io.StringIO("a\nb\nc\nd").readlines(3), io.StringIO("a\nb").readlines(0))

# Non-ASCII text: positions count characters.
s = io.StringIO("héllo wörld")
print(s.read(3), s.tell(), s.read(), s.tell(), len(s.getvalue()))

# Context manager and closing.
with io.StringIO("in with") as f:
    print(f.read(), f.closed)
print(f.closed)
for name, call in [
    ("read", lambda: f.read()),
    ("write", lambda: f.write("x")),
    ("getvalue", lambda: f.getvalue()),
    ("seek", lambda: f.seek(0)),
    ("tell", lambda: f.tell()),
    ("readline", lambda: f.readline()),
    ("iter", lambda: iter(f)),
    ("enter", lambda: f.__enter__()),
    ("readable", lambda: f.readable()),
]:
    try:
        call()
    except ValueError as e:
        print(name, type(e).__name__, e)
f.close()

# Argument errors.
tests = [
    lambda: io.StringIO(b"bytes"),
    lambda: io.StringIO(5),
    lambda: io.StringIO("x", newline=3),
    lambda: io.StringIO("x", "bad"),
    lambda: io.StringIO().write(b"x"),
    lambda: io.StringIO().write(3),
    lambda: io.StringIO().seek(-1),
    lambda: io.StringIO().seek(1, 1),
    lambda: io.StringIO().seek(1, 2),
    lambda: io.StringIO().seek(0, 3),
    lambda: io.StringIO().truncate(-1),
    lambda: io.StringIO().read("x"),
    lambda: io.StringIO().readline(1.5),
    lambda: io.StringIO().fileno(),
    lambda: io.StringIO().detach(),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)

s = io.StringIO()
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.line_buffering, s.newlines, s.flush())

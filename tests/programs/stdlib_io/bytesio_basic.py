# io.BytesIO: the in-memory binary stream.
import io

b = io.BytesIO()
print(b.write(b"hello "), b.write(bytearray(b"world\n")), b.write(b""))
print(b.getvalue(), b.tell())
b.writelines([b"a\n", b"b"])
print(b.getvalue())
print(b.seek(0), b.read(5), b.read1(1), b.readline(), b.readline(), b.read(), b.read())
b.seek(0)
print(b.readlines(), b.seek(0), list(b))
print(io.BytesIO(b"a\nb\nc").readlines(2), io.BytesIO(b"a\nbc\nd").readline(2))

b = io.BytesIO(b"abcdef")
print(b.tell(), b.write(b"XY"), b.getvalue(), b.read())
print(b.seek(-2, 2), b.read(), b.seek(-1, 1), b.read(), b.seek(-100, 1), b.tell())
print(b.seek(10), b.write(b"!"), b.getvalue())
print(b.truncate(3), b.getvalue(), b.tell(), b.read())
b.seek(1)
print(b.truncate(), b.getvalue())

buf = bytearray(4)
b = io.BytesIO(b"xyz")
print(b.readinto(buf), buf, b.readinto(buf), buf)

print(io.BytesIO(None).getvalue(), io.BytesIO(bytearray(b"ba")).getvalue())
b = io.BytesIO(b"data")
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush())

with io.BytesIO(b"ctx") as f:
    print(f.read(), f.closed)
print(f.closed)
for name, call in [
    ("read", lambda: f.read()),
    ("write", lambda: f.write(b"x")),
    ("getvalue", lambda: f.getvalue()),
    ("seek", lambda: f.seek(0)),
    ("tell", lambda: f.tell()),
    ("readable", lambda: f.readable()),
    ("next", lambda: next(f)),
]:
    try:
        call()
    except ValueError as e:
        print(name, type(e).__name__, e)

tests = [
    lambda: io.BytesIO("str"),
    lambda: io.BytesIO(3),
    lambda: io.BytesIO().write("str"),
    lambda: io.BytesIO().write(5),
    lambda: io.BytesIO().seek(-1),
    lambda: io.BytesIO().seek(0, 5),
    lambda: io.BytesIO().truncate(-2),
    lambda: io.BytesIO().read("1"),
    lambda: io.BytesIO().fileno(),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)

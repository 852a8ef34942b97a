# Binary files: BufferedReader/Writer/Random and unbuffered FileIO.
import io
import _tmpdir

_tmpdir.enter()
try:
    with open("b.bin", "wb") as f:
        print(repr(f), f.mode, f.name, type(f).__name__, f.raw.mode)
        print(f.write(b"\x00\x01\x02"), f.write(bytearray(b"abc\n")), f.tell())
        f.writelines([b"line2\n", b"line3"])
        print(f.readable(), f.writable(), f.seekable())
    print(f.closed, repr(f))

    with open("b.bin", "rb") as f:
        print(repr(f), f.mode, f.readable(), f.writable())
        print(f.read(2), f.tell(), f.peek(1)[:1], f.read1(2), f.tell())
        print(f.readline(), f.readline(3), f.readline(), f.readlines(), f.read())
        print(f.seek(0), f.read(3), f.seek(2, 1), f.read(1), f.seek(-5, 2), f.read())
        f.seek(0)
        print(list(f))
        buf = bytearray(5)
        f.seek(1)
        print(f.readinto(buf), buf)

    with open("b.bin", "r+b") as f:
        print(type(f).__name__, f.mode)
        print(f.read(3), f.write(b"XY"), f.tell())
        f.seek(0)
        print(f.read())
        print(f.truncate(5), f.tell())
        f.seek(0)
        print(f.read())
    with open("b.bin", "ab") as f:
        print(f.mode, f.tell(), f.write(b"++"))
    with open("b.bin", "a+b") as f:
        print(f.mode, f.read(), f.seek(0), f.read())
    with open("b.bin", "w+b") as f:
        print(f.mode, f.read(), f.write(b"fresh"), f.seek(0), f.read())

    # buffering=0 gives the raw FileIO.
    with open("b.bin", "rb", buffering=0) as f:
        print(repr(f), type(f).__name__, f.closefd)
        print(f.read(2), f.readall(), f.read(), f.tell())
    print(repr(f))
    with open("c.bin", "wb", buffering=0) as f:
        print(f.mode, f.write(b"direct"), f.tell())
    with io.FileIO("c.bin") as f:
        print(f.mode, f.read())
    with io.FileIO("c.bin", "r+") as f:
        print(f.mode, f.seek(2), f.write(b"__"), f.seek(0), f.read())

    # A large write goes through the buffer in pieces.
    data = bytes(range(256)) * 100
    with open("big.bin", "wb") as f:
        print(f.write(data))
    with open("big.bin", "rb") as f:
        got = f.read(10000) + f.read()
        print(len(got), got == data)
    with open("big.bin", "rb") as f:
        n = 0
        while True:
            chunk = f.read(4096)
            if not chunk:
                break
            n += len(chunk)
        print(n)

    # Errors specific to binary files.
    tests = [
        lambda: open("b.bin", "rb").write(b"x"),
        lambda: open("b.bin", "wb").read(),
        lambda: open("b.bin", "wb").write("text"),
        lambda: open("b.bin", "rb").seek(0, 7),
        lambda: open("b.bin", "rb").seek(-1),
        lambda: open("b.bin", "rb", buffering=0).write(b"x"),
        lambda: open("b.bin", "wb", buffering=0).read(),
        lambda: open("b.bin", "rb", encoding="utf-8"),
        lambda: open("b.bin", "rb", errors="strict"),
        lambda: open("b.bin", "rb", newline=""),
        lambda: open("b.bin", "r", buffering=0),
    ]
    for t in tests:
        try:
            print(t())
        except (ValueError, OSError, TypeError) as e:
            print(type(e).__name__, e)
    f = open("b.bin", "rb")
    f.close()
    f.close()
    for name, call in [("read", f.read), ("readline", f.readline), ("tell", f.tell),
                       ("peek", f.peek), ("fileno", f.fileno)]:
        try:
            call()
        except ValueError as e:
            print(name, e)
    r = open("b.bin", "rb", buffering=0)
    r.close()
    try:
        r.read()
    except ValueError as e:
        print(type(e).__name__, e)
finally:
    _tmpdir.leave()

# Text files from open(): writing, reading, positions, modes, attributes.
import io
import _tmpdir

_tmpdir.enter()
try:
    with open("f.txt", "w") as f:
        print(repr(f), f.name, f.mode, f.encoding, f.errors, f.closed)
        print(f.readable(), f.writable(), f.seekable(), f.line_buffering)
        print(f.write("first line\n"), f.write("second\n"), f.tell())
        f.writelines(["third\n", "fourth"])
        print(type(f.buffer).__name__, type(f.buffer.raw).__name__, f.buffer.raw.mode)
    print(f.closed, repr(f))

    with open("f.txt") as f:
        print(repr(f), f.read(5), f.tell(), repr(f.readline()), f.tell())
        print(repr(f.read()))
        print(repr(f.read()), repr(f.readline()))
        print(f.seek(0), repr(f.readline()), f.tell())
        pos = f.tell()
        rest = f.readlines()
        f.seek(pos)
        print(rest == f.readlines(), rest)
    with open("f.txt", "rt") as f:
        print(f.mode, [line for line in f])
    with open("f.txt", encoding="utf-8") as f:
        print(list(enumerate(f, 1))[-1])

    # Append mode starts at the end.
    with open("f.txt", "a") as f:
        print(f.tell(), f.write("\nappended"), f.tell())
    print(open("f.txt").read().splitlines())

    # w truncates; x refuses existing files.
    with open("f.txt", "w") as f:
        f.write("new")
    print(repr(open("f.txt").read()))
    with open("g.txt", "x") as f:
        print(f.mode, f.write("created"))
    print(open("g.txt").read())

    # r+ / w+ / a+.
    with open("g.txt", "r+") as f:
        print(f.write("CRE"), f.tell())
        f.seek(0)
        print(repr(f.read()))
    with open("g.txt", "w+") as f:
        f.write("abc\ndef\n")
        f.seek(0)
        print(f.readline(), end="")
        print(f.seek(0, 2), repr(f.read()))
    with open("g.txt", "a+") as f:
        print(repr(f.read()), f.seek(0), repr(f.read(3)))
        f.write("XYZ")
    print(repr(open("g.txt").read()))

    # Reading then writing in r+ writes after the read-ahead.
    with open("g.txt", "r+") as f:
        print(repr(f.readline()))
        f.write("END")
    print(repr(open("g.txt").read()))

    # truncate
    with open("g.txt", "r+") as f:
        print(f.truncate(4), repr(f.read()))
    print(repr(open("g.txt").read()))

    # Line buffering and flush.
    f = open("h.txt", "w", buffering=1)
    print(f.line_buffering)
    f.write("partial")
    f.flush()
    print(repr(open("h.txt").read()))
    f.write(" line\nmore")
    print(repr(open("h.txt").read()))
    f.close()
    print(repr(open("h.txt").read()))

    # A file written without close is flushed when it dies.
    open("i.txt", "w").write("dropped")
    print(repr(open("i.txt").read()))

    # An empty file.
    open("e.txt", "w").close()
    with open("e.txt") as f:
        print(repr(f.read()), repr(f.readline()), f.readlines(), list(f), f.tell())

    # io.open is the builtin.
    with io.open("f.txt") as f:
        print(f.read())
finally:
    _tmpdir.leave()

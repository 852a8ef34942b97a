# Newline translation of text files (the newline argument) on read and
# write, the newlines attribute and tell()/seek() round trips.
import _tmpdir

_tmpdir.enter()
try:
    with open("raw.bin", "wb") as f:
        f.write(b"unix\nwindows\r\nmac\rlast")

    for nl in [None, "", "\n", "\r", "\r\n"]:
        with open("raw.bin", newline=nl) as f:
            lines = f.readlines()
            print(repr(nl), lines, repr(f.newlines))
        with open("raw.bin", newline=nl) as f:
            print("  read:", repr(f.read()))

    for nl in [None, "", "\n", "\r", "\r\n"]:
        with open("out.txt", "w", newline=nl) as f:
            f.write("a\nb\r\nc\rd\n")
        print(repr(nl), open("out.txt", "rb").read())

    # Reading a few characters at a time across \r\n.
    with open("raw.bin") as f:
        parts = []
        while True:
            c = f.read(3)
            if not c:
                break
            parts.append(c)
        print(parts)

    # tell() after each line gives positions seek() returns to.
    with open("raw.bin", newline="") as f:
        marks = []
        while True:
            pos = f.tell()
            line = f.readline()
            if not line:
                break
            marks.append((pos, line))
        print([line for pos, line in marks])
        for pos, line in reversed(marks):
            f.seek(pos)
            print(repr(line), f.readline() == line)

    # A line ending split across the read chunk boundary.
    body = "x" * 8191 + "\r\n" + "tail\r\n"
    with open("big.txt", "w", newline="") as f:
        f.write(body)
    with open("big.txt") as f:
        first = f.readline()
        print(len(first), repr(first[-3:]), f.tell(), repr(f.readline()), repr(f.readline()))
    with open("big.txt", newline="") as f:
        print(len(f.readline()), repr(f.newlines))
finally:
    _tmpdir.leave()

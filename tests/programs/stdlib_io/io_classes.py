# The io class hierarchy, subclassing, TextIOWrapper over BytesIO, and
# streams used with print() and sys.stdout.
import io
import sys
import _tmpdir

print(io.open is open, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
for cls in [io.StringIO, io.BytesIO, io.FileIO, io.BufferedReader,
            io.BufferedWriter, io.BufferedRandom, io.TextIOWrapper]:
    print(cls.__name__, issubclass(cls, io.IOBase), issubclass(cls, io.TextIOBase),
          issubclass(cls, io.BufferedIOBase), issubclass(cls, io.RawIOBase))
print(issubclass(io.UnsupportedOperation, OSError), io.BlockingIOError is BlockingIOError)

_tmpdir.enter()
try:
    open("t.txt", "w").write("x\n")
    kinds = [("r", {}), ("rb", {}), ("wb", {}), ("r+b", {}), ("rb", {"buffering": 0})]
    for mode, kw in kinds:
        with open("t.txt", mode, **kw) as f:
            print(mode, type(f).__name__, isinstance(f, io.IOBase),
                  isinstance(f, io.BufferedIOBase), isinstance(f, io.RawIOBase))
    with open("t.txt") as f:
        print(isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase))
finally:
    _tmpdir.leave()


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper()
print("to upper", file=u)
u.writelines(["a", "b\n"])
print(repr(u.getvalue()), type(u).__name__, isinstance(u, io.StringIO))


class Lines(io.StringIO):
    def readline(self, *args):
        line = super().readline(*args)
        return line.strip() + "!\n" if line else line


print(list(Lines("p\nq\n")))


class Counter(io.BytesIO):
    def __init__(self, data):
        super().__init__(data)
        self.reads = 0

    def read(self, *args):
        self.reads += 1
        return super().read(*args)


c = Counter(b"abc")
print(c.read(1), c.read(), c.reads)

t = io.TextIOWrapper(io.BytesIO(b"one\r\ntwo\nthree"), encoding="utf-8")
print(t.encoding, t.readlines(), repr(t.newlines))
raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="latin-1", newline="\r\n")
t.write("é\nz")
t.flush()
print(raw.getvalue())
t = io.TextIOWrapper(io.BytesIO(b"abc\ndef\n"))
print(t.readline(), end="")
print(t.tell(), t.read(), t.seek(0), t.read(2))
b = t.detach()
print(type(b).__name__, b.getvalue())

out = io.StringIO()
print("a", 1, [2], sep="-", end="!\n", file=out)
print(file=out)
print(repr(out.getvalue()))
saved = sys.stdout
sys.stdout = io.StringIO()
print("captured line")
sys.stdout.write("direct\n")
captured = sys.stdout.getvalue()
sys.stdout = saved
print(repr(captured))

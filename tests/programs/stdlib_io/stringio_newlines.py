# io.StringIO's newline argument: translation on write, line splitting on
# read, and the newlines attribute.
import io

text = "a\nb\r\nc\rd"
for nl in ["\n", None, "", "\r", "\r\n"]:
    s = io.StringIO(text, newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), repr(s.newlines))

# Writes are translated one call at a time.
s = io.StringIO(newline=None)
s.write("x\r")
s.write("\ny")
print(repr(s.getvalue()), s.newlines)

s = io.StringIO(newline="")
s.write("1\r\n2\r3\n")
print(s.newlines)
s.seek(0)
print([repr(l) for l in s])

s = io.StringIO(newline="\r\n")
print(s.write("p\nq\n"), repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.readline()), repr(s.readline()))

s = io.StringIO("one\rtwo\r", newline="\r")
print([repr(l) for l in s])

# readline limits with universal newlines.
s = io.StringIO("ab\r\ncd", newline="")
print(repr(s.readline(3)), repr(s.readline(3)), repr(s.readline()))
s = io.StringIO("ab\rcd", newline="")
print(repr(s.readline(2)), repr(s.readline(2)), repr(s.readline()))
print(repr(io.StringIO("abc\r", newline="").readline()))
print(repr(io.StringIO("abc\r", newline="\r\n").readline()))

import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=", ", end=".\n")
print(1, 2, 3, sep=None, end=None)
print("no end", end="")
print()
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*range(5), sep=" < ")
print("multi\nline")
print("", end="")
print(None)
print([], {}, (), "")
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("captured", 1, sep="|", file=w)
print(w.parts)
print(file=None)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
sys.stdout.write("direct write\n")
n = sys.stdout.write("abc\n")
print(n)

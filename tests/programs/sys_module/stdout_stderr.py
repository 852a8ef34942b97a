import sys
sys.stdout.write("written to stdout\n")
sys.stderr.write("written to stderr\n")
n = sys.stdout.write("12345")
sys.stdout.write("\n")
print("write returned", n)
print("via print to stderr", file=sys.stderr)
sys.stdout.flush()
sys.stderr.flush()
out = sys.stdout
print(out is sys.__stdout__, sys.stderr is sys.__stderr__)
class Capture:
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
        return len(s)
    def flush(self):
        pass
old = sys.stdout
sys.stdout = Capture()
print("captured line", 1)
print("second")
cap = sys.stdout
sys.stdout = old
print("captured:", cap.data)
print("".join(cap.data).splitlines())
sys.stderr.write("last stderr line\n")

print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Bob", age=25))
print("{0[0]} {0[1]} {1[key]}".format(["x", "y"], {"key": "val"}))
class Pt:
    def __init__(self):
        self.x = 3
        self.y = 4
print("({0.x}, {0.y}) {p.x}".format(Pt(), p=Pt()))
print("{:>8}|{:<8}|{:^8}|{:*^8}|{:->8}".format("r", "l", "c", "s", "d"))
print("{:+d} {:+d} {: d} {:-d}".format(5, -5, 5, -5))
print("{:08.3f} {:,} {:_} {:,.1f} {:.3%}".format(3.14159, 1234567, 1234567, 9876543.21, 0.123456))
print("{:x} {:#X} {:b} {:#o} {:c} {:d}".format(3054, 3054, 10, 64, 9731, 42))
print("{:=+8d}|{:=8.2f}|{:0=8d}".format(42, -3.5, -17))
print("{!r:>10} {!s:<6}| {!a}".format("q", 1, "é"))
print("{{}} {{{}}}".format("in braces"))
print("{:{w}.{p}f}".format(2.71828, w=10, p=2), "{:{}{}}".format("x", ">", 5))
print("{0:{1}}".format("nested", 10) + "|")
print("{:g} {:g} {:g} {:.2g} {:e}".format(0.0001, 1e-5, 123456789, 123, 0.0))
print("{:.1f} {:.1f} {:.1f} {:.1f}".format(0.05, 0.15, 0.25, 0.35))
print("{:5}|{:5}|{:<5}|{:>5}".format(1, "s", 2, "t"))
print(format(1e16, ""), format(1.5, "10"), format(12, ""), format(-0.0, "+"))
for bad in ["{", "}", "{0} {}", "{:d}", "{:s}", "{missing}", "{0}"]:
    try:
        print(bad.format(*(["x"] if bad not in ("{:s}", "{0}") else ([1] if bad == "{:s}" else []))))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print("{a}-{b}".format_map({"a": 1, "b": 2}))

name = "World"
n = 42
pi = 3.14159265
items = ["a", "b"]
print(f"Hello, {name}!")
print(f"{n} {n:5} {n:<5}| {n:^5}| {n:>5}| {n:05}")
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:e} {pi:.3g} {pi:%}")
print(f"{name!r} {name!s} {'café'!a} {items!r} {items}")
print(f"{n + 1} {n * 2 if n > 40 else 0} {len(items)} {items[0]} {items[-1].upper()}")
d = {"key": "value", "num": 7}
print(f"{d['key']} {d['num']:03d}")
print(f"{{literal braces}} {{{n}}}")
width, prec = 12, 3
print(f"[{pi:{width}.{prec}f}] [{name:>{width}}] [{n:{'^'}{width}}]")
print(f"{n=} {pi=:.2f} {name = } {items[0]=!r} {n + 1 = }")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b} {255:#06x}")
print(f"{1234567:,} {1234567:_} {1234567.891:,.2f} {0.5:.0%} {-5:+} {5:+} {5: }")
print(f"{'nested ' + f'{n}'}", f"{f'{n:>4}'}|")
print(f"""triple {name}
second line {n}""")
print(f"{3.0} {1e20} {1/3} {True} {None} {b'x'}")
x = 10
print(f"{x:>{x}}|", f"{'':-^20}")
print(F"capital F {n}", rf"raw \n {n}", fr"{name}\t")
class P:
    def __format__(self, spec):
        return "P(" + spec + ")"
    def __repr__(self):
        return "P-repr"
print(f"{P()} {P():abc} {P()!r} {P()!r:>10}")
print(f"{'abc':.2} {'abc':5.1}|")
print(f"{-0.0} {0.1 + 0.2} {100.0:g} {1e-5:g} {123456789.0:g} {0.000123:.2e}")

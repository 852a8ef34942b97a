class Money:
    def __init__(self, amount):
        self.amount = amount
    def __format__(self, spec):
        if spec == "":
            return "$%.2f" % self.amount
        if spec.endswith("c"):
            return "%d cents" % round(self.amount * 100)
        return "$" + format(self.amount, spec)
    def __str__(self):
        return "Money(%s)" % self.amount
    def __repr__(self):
        return "Money(%r)" % self.amount
m = Money(12.5)
print(format(m), format(m, "c"), format(m, ">10.1f"))
print(f"{m}", f"{m:c}", f"{m!s}", f"{m!r}", f"{m:08.3f}")
print("{} {:c} {!r} {!s:>15}".format(m, m, m, m))
print("%s %r" % (m, m))
class Bad:
    def __format__(self, spec):
        return 42
try:
    format(Bad())
except TypeError as e:
    print("TypeError:", e)
print(format(5, "03d"), format(3.14159, ".2f"), format("x", "^5"), format(True, "d"), format(None))

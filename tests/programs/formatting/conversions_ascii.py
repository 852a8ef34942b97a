vals = ["plain", "tab\t", "quote'", "é", "日本", "\U0001F600", 5, [1, "é"], b"b", None]
for v in vals:
    print(str(v), "|", repr(v), "|", ascii(v), "|", f"{v!a}")
print("%a" % "é", "{!a}".format("ü"), ascii("\u2028"), ascii("\x7f"))
class C:
    def __repr__(self):
        return "C(é)"
print(ascii(C()), f"{C()!a}", repr(C()))

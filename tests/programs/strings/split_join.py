s = "  the quick  brown fox  "
print(s.split())
print(s.split(" "))
print(s.split(None, 2))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 2))
print("a,b,,c,".rsplit(",", 2))
print("one two three".rsplit(None, 1))
print("".split(), "".split(","), "   ".split())
print("abc".split("abc"), "aXbXc".split("X", 0))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "|".join(str(i) for i in range(4)))
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
print("line1\nline2\r\nline3\rline4\n".splitlines())
print("a\n\nb\n".splitlines(keepends=True), "".splitlines(), "x".splitlines())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "none".partition("="), "none".rpartition("="))

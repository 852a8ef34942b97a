# split() and subgroup() by type, tuple of types and predicate.
def show(e, indent=""):
    if e is None:
        print(indent + "None")
    elif isinstance(e, BaseExceptionGroup):
        print(indent + "%s(%r)" % (type(e).__name__, e.message))
        for sub in e.exceptions:
            show(sub, indent + "  ")
    else:
        print(indent + repr(e))

eg = ExceptionGroup("top", [
    ValueError(1),
    TypeError(2),
    ExceptionGroup("mid", [ValueError(3), KeyError(4), ExceptionGroup("deep", [ValueError(5)])]),
    OSError(6),
])

for cond in [ValueError, (TypeError, KeyError), LookupError, Exception, ZeroDivisionError]:
    print("split by", cond)
    match, rest = eg.split(cond)
    show(match, "  ")
    show(rest, "  ")

print("split by predicate")
m, r = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 2)
show(m, "  ")
show(r, "  ")

print("predicate sees groups first")
seen = []
def record(e):
    seen.append(type(e).__name__ if not isinstance(e, BaseExceptionGroup) else e.message)
    return False
eg.split(record)
print(seen)

print("predicate selecting a whole subgroup")
m, r = eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "mid")
show(m, "  ")
show(r, "  ")

print("full match returns the group itself:", eg.split(Exception)[0] is eg)
print("subgroup(ValueError):")
show(eg.subgroup(ValueError), "  ")
print("subgroup(KeyboardInterrupt):", eg.subgroup(KeyboardInterrupt))
print("subgroup of everything is self:", eg.subgroup(lambda e: True) is eg)

# Leaf exceptions are shared, groups are new.
m, r = eg.split(ValueError)
print(m.exceptions[0] is eg.exceptions[0], m is eg, m.exceptions[1] is eg.exceptions[2])

# Bad conditions.
for bad in [1, "ValueError", [ValueError], (ValueError, 1), len, ValueError()]:
    try:
        eg.split(bad)
    except TypeError as e:
        print(repr(bad) if not callable(bad) or isinstance(bad, type) else "len", "->", e)

for call in [lambda: eg.split(), lambda: eg.split(ValueError, TypeError),
             lambda: eg.subgroup(), lambda: eg.split(ValueError, x=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# A predicate that raises propagates.
try:
    eg.split(lambda e: 1 / 0)
except ZeroDivisionError as e:
    print("predicate raised:", e)

# A BaseExceptionGroup split into Exception parts gives ExceptionGroups.
beg = BaseExceptionGroup("mixed", [ValueError(1), KeyboardInterrupt()])
m, r = beg.split(ValueError)
print(type(m).__name__, type(r).__name__)

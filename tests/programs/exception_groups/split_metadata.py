# The parts made by split() carry the original's traceback, __cause__,
# __context__ (with __suppress_context__ set) and a copy of __notes__.
def make():
    try:
        try:
            raise KeyError("context")
        except KeyError:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)]) from OSError("cause")
    except ExceptionGroup as e:
        return e

eg = make()
eg.add_note("first note")
eg.add_note("second note")
print(eg.__suppress_context__, repr(eg.__cause__), repr(eg.__context__))
match, rest = eg.split(ValueError)
for part in (match, rest):
    print(repr(part))
    print("  traceback shared:", part.__traceback__ is eg.__traceback__)
    print("  cause:", repr(part.__cause__), part.__cause__ is eg.__cause__)
    print("  context:", repr(part.__context__), part.__context__ is eg.__context__)
    print("  suppress_context:", part.__suppress_context__)
    print("  notes:", part.__notes__, "copied:", part.__notes__ is not eg.__notes__)

# Without metadata, the parts have none either (but suppress the context).
plain = ExceptionGroup("plain", [ValueError(), TypeError()])
m, r = plain.split(TypeError)
print(m.__traceback__, m.__cause__, m.__context__, m.__suppress_context__, hasattr(m, "__notes__"))

# Notes that are not a sequence are not copied.
odd = ExceptionGroup("odd", [ValueError(), TypeError()])
odd.__notes__ = 42
m, r = odd.split(ValueError)
print(hasattr(m, "__notes__"))
odd.__notes__ = ("a", "b")
m, r = odd.split(ValueError)
print(m.__notes__, type(m.__notes__).__name__)

# Nested groups get their own metadata.
inner = ExceptionGroup("inner", [ValueError(1), TypeError(2)])
inner.add_note("inner note")
outer = ExceptionGroup("outer", [inner, KeyError(3)])
m, r = outer.split(ValueError)
print(m.exceptions[0].__notes__, r.exceptions[0].__notes__, hasattr(m, "__notes__"))

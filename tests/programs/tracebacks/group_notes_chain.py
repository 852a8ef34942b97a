# Notes and chained exceptions inside exception groups.
def fail(msg):
    try:
        raise KeyError(msg)
    except KeyError as e:
        raise ValueError("while handling " + msg) from e

errors = []
for name in ["a", "b"]:
    try:
        fail(name)
    except ValueError as e:
        e.add_note("note on " + name)
        errors.append(e)

context = RuntimeError("outer context")
try:
    raise context
except RuntimeError:
    eg = ExceptionGroup("with notes", errors)
    eg.add_note("group note line 1\ngroup note line 2")
    eg.add_note("second group note")
    raise eg

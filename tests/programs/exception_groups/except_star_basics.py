# except* matches the parts of a group by type; each clause runs at most
# once with the matching subgroup.
def raiser(*excs):
    raise ExceptionGroup("batch", list(excs))

def handle(*excs):
    try:
        raiser(*excs)
    except* ValueError as e:
        print("  ValueError part:", repr(e))
    except* (TypeError, KeyError) as e:
        print("  TypeError/KeyError part:", repr(e))
    except* LookupError:
        print("  LookupError part (no name)")

for excs in [(ValueError(1),), (ValueError(1), TypeError(2)),
             (KeyError("k"), IndexError(0), ValueError(3)),
             (IndexError(5),)]:
    print("raising", excs)
    handle(*excs)

# Unhandled parts are re-raised as a group with the original's structure.
try:
    try:
        raise ExceptionGroup("outer", [ValueError(1), OSError(2), ExceptionGroup("inner", [OSError(3), TypeError(4)])])
    except* ValueError:
        print("handled the ValueError")
    except* TypeError:
        print("handled the TypeError")
except ExceptionGroup as rest:
    print("re-raised:", repr(rest))

# A naked exception is wrapped in an ExceptionGroup("", (exc,)).
try:
    raise ZeroDivisionError("naked")
except* ArithmeticError as e:
    print("wrapped:", repr(e), type(e).__name__)

# An unmatched naked exception propagates unchanged.
try:
    try:
        raise KeyError("plain")
    except* ValueError:
        print("unexpected")
except KeyError as e:
    print("plain KeyError escaped:", repr(e))

# BaseExceptions are wrapped in a BaseExceptionGroup.
try:
    raise KeyboardInterrupt("stop")
except* KeyboardInterrupt as e:
    print("wrapped base:", repr(e), type(e).__name__)

# except* Exception catches everything that is an Exception.
try:
    raise ExceptionGroup("all", [ValueError(), TypeError()])
except* Exception as e:
    print("everything:", repr(e))

# else and finally.
for fail in [False, True]:
    try:
        if fail:
            raise ExceptionGroup("g", [ValueError()])
    except* ValueError:
        print("except* ran")
    else:
        print("else ran")
    finally:
        print("finally ran")

# The name is unbound after the clause.
try:
    raise ExceptionGroup("g", [ValueError()])
except* ValueError as bound:
    pass
print("bound" in globals())

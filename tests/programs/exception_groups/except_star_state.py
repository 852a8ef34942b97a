# sys.exception() inside except*, nesting, loops and generators.
import sys

try:
    raise KeyError("outer")
except KeyError:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("in first clause:", repr(sys.exception()))
    except* TypeError:
        print("in second clause:", repr(sys.exception()))
    print("restored:", repr(sys.exception()))
print("after:", sys.exception())

# Nested try/except* inside a clause.
try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except* ValueError as outer:
    try:
        raise ExceptionGroup("h", [OSError(3)])
    except* OSError as inner:
        print("inner:", repr(inner), "outer:", repr(outer))
    print("back in outer clause:", repr(sys.exception()))
except* TypeError:
    print("second outer clause")

# Loops inside clauses may break and continue.
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    for i in range(5):
        if i == 1:
            continue
        if i == 3:
            break
        print("loop in clause", i)

# except* inside loops and functions returning after it.
def collect(groups):
    seen = []
    for g in groups:
        try:
            raise g
        except* ValueError as e:
            seen.append(("V", len(e.exceptions)))
        except* TypeError as e:
            seen.append(("T", len(e.exceptions)))
    return seen

print(collect([ExceptionGroup("a", [ValueError(), ValueError()]),
               ExceptionGroup("b", [TypeError()]),
               ExceptionGroup("c", [ValueError(), TypeError()])]))

# A generator with except*.
def gen():
    try:
        yield 1
        raise ExceptionGroup("in gen", [KeyError("k")])
    except* KeyError as e:
        yield "caught " + repr(e.exceptions[0])
    yield 3

print(list(gen()))

# finally with an unhandled remainder.
def with_finally():
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
        except* ValueError:
            print("handled value")
        finally:
            print("finally before re-raise")
    except ExceptionGroup as e:
        print("remainder:", repr(e))

with_finally()

# A with-statement sees the remainder.
class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("__exit__ got", t.__name__, repr(v))
        return True

with CM():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* TypeError:
        pass
print("suppressed by the context manager")

# Nested exception groups print as nested boxes; members without a
# traceback print just their exception line.
def leaf(kind):
    raise kind("leaf " + kind.__name__)

def collect(kinds):
    errors = []
    for kind in kinds:
        try:
            leaf(kind)
        except Exception as e:
            errors.append(e)
    return errors

def main():
    inner = ExceptionGroup("inner", collect([KeyError, IndexError]))
    plain = ExceptionGroup("plain", [OSError("no traceback"), ZeroDivisionError()])
    raise ExceptionGroup("outer", [ValueError("direct"), inner, plain, *collect([RuntimeError])])

main()

# Raising inside except* clauses: new exceptions join what is re-raised in
# a new ExceptionGroup("", [...]).
def show(e, indent=""):
    if isinstance(e, BaseExceptionGroup):
        print(indent + "%s(%r)" % (type(e).__name__, e.message))
        for sub in e.exceptions:
            show(sub, indent + "  ")
    else:
        print(indent + repr(e), "context:", repr(e.__context__))

def run(f):
    try:
        f()
        print("no exception")
    except BaseException as e:
        show(e)

def raise_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from handler")

print("raise in one handler, rest unhandled:")
run(raise_in_handler)

def raise_in_two():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("first")
    except* TypeError:
        raise IndexError("second")

print("raise in two handlers:")
run(raise_in_two)

def bare_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        pass

print("bare raise re-raises the matched part with the original structure:")
run(bare_raise)

def reraise_all():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("sub", [TypeError(2)])])
    except* ValueError:
        raise
    except* TypeError:
        raise

print("both parts re-raised:")
run(reraise_all)

def raise_the_match():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise e

print("raise e, where e is the whole group caught:")
run(raise_the_match)

def raise_leaf():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e.exceptions[0]

print("raising a leaf:")
run(raise_leaf)

def raise_from():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise RuntimeError("wrapped") from e

print("raise from:")
run(raise_from)

def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise

print("naked exception re-raised (as the wrapping group):")
run(naked_reraise)

def naked_raise_new():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("replacement")

print("naked exception replaced:")
run(naked_raise_new)

def handled_everything():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        return_value = "handled"
    return return_value

print(handled_everything())

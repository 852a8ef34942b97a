# An exception raised inside an except* clause is combined with the
# unhandled rest into a new group; it is chained to the part it handled.
def work():
    raise ExceptionGroup("stage 1", [ValueError("v"), KeyError("k")])

def run():
    try:
        work()
    except* ValueError:
        raise RuntimeError("cleanup failed")

run()

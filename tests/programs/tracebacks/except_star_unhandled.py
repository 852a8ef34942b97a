# The part of a group that no except* clause matched propagates with the
# original traceback.
def work():
    raise ExceptionGroup("jobs failed", [ValueError("bad value"), OSError("disk"), TypeError("bad type")])

def run():
    try:
        work()
    except* ValueError as e:
        print("handled", repr(e.exceptions))
    except* TypeError:
        print("handled the TypeError")

run()

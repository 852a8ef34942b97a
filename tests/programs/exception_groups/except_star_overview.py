def fail():
    raise ExceptionGroup("several", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
try:
    fail()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
print("done")

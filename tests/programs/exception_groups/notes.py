# BaseException.add_note and __notes__.
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__, e.__dict__)

for bad in [3, None, b"bytes"]:
    try:
        e.add_note(bad)
    except TypeError as err:
        print("TypeError:", err)

try:
    e.add_note()
except TypeError as err:
    print("TypeError:", err)

e.__notes__ = ("not", "a list")
try:
    e.add_note("x")
except TypeError as err:
    print("TypeError:", err)

del e.__notes__
e.add_note("fresh")
print(e.__notes__)

# Notes on exception groups and on exceptions caught inside except*.
try:
    try:
        raise ExceptionGroup("g", [KeyError("k")])
    except* KeyError as group:
        group.exceptions[0].add_note("seen in except*")
        raise
except ExceptionGroup as eg:
    print(eg.exceptions[0].__notes__)

class Custom(Exception):
    pass

c = Custom()
c.add_note("custom note")
print(c.__notes__)

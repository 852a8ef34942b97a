# Constructors and methods called with keywords or without their receiver
# raise TypeError.
calls = [
    ("BaseExceptionGroup.__new__(cls=...)", lambda: BaseExceptionGroup.__new__(cls=ExceptionGroup)),
    ("BaseException.__new__(cls=...)", lambda: BaseException.__new__(cls=ValueError)),
    ("ExceptionGroup.__init__(self=...)", lambda: ExceptionGroup.__init__(self=1)),
    ("split(condition=...)", lambda: ExceptionGroup("a", [ValueError()]).split(condition=ValueError)),
    ("add_note(note=...)", lambda: ValueError().add_note(note="x")),
    ("BaseExceptionGroup.split()", lambda: BaseExceptionGroup.split()),
    ("BaseExceptionGroup.derive(1, [])", lambda: BaseExceptionGroup.derive(1, [])),
    ("BaseException.add_note(1, 'x')", lambda: BaseException.add_note(1, "x")),
]
for label, call in calls:
    try:
        print(label, call())
    except TypeError as e:
        print(label, "TypeError:", e)

# Subclasses of exception groups: derive() decides the type of the parts.
class PlainSub(ExceptionGroup):
    pass

eg = PlainSub("plain", [ValueError(1), TypeError(2)])
m, r = eg.split(ValueError)
print(type(eg).__name__, type(m).__name__, type(r).__name__)
print(repr(eg.derive([KeyError(3)])))
print(repr(eg.derive([KeyboardInterrupt()])))

class Tagged(ExceptionGroup):
    def __new__(cls, message, excs, tag):
        self = super().__new__(cls, message, excs)
        self.tag = tag
        return self

    def __init__(self, message, excs, tag):
        super().__init__(message, excs)

    def derive(self, excs):
        return Tagged(self.message, excs, self.tag + "'")

t = Tagged("tagged", [ValueError(1), TypeError(2), ValueError(3)], "T")
print(repr(t), t.tag, t.args)
m, r = t.split(ValueError)
print(repr(m), m.tag, repr(r), r.tag)
print(t.subgroup(TypeError).tag)

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")

try:
    BadDerive("bad", [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print("TypeError:", e)

# A full match never calls derive.
print(type(BadDerive("bad", [ValueError()]).split(Exception)[0]).__name__)

class Base(BaseExceptionGroup):
    pass

print(type(Base("b", [ValueError()])).__name__)
print(type(Base("b", [KeyboardInterrupt()])).__name__)

class ExcBase(BaseExceptionGroup, Exception):
    pass

for items in ([ValueError()], [KeyboardInterrupt()]):
    try:
        print(type(ExcBase("x", items)).__name__)
    except TypeError as e:
        print("TypeError:", e)

class EGSub(ExceptionGroup):
    pass

try:
    EGSub("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)

# derive() argument checking.
for call in [lambda: eg.derive(), lambda: eg.derive(1), lambda: eg.derive([1])]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

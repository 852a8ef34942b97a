# Attributes, str() and repr() of exception groups, and the type hierarchy.
eg = ExceptionGroup("several", [ValueError("v"), TypeError("t")])
print(eg.message)
print(eg.exceptions)
print(type(eg.exceptions).__name__)
print(str(eg))
print(repr(eg))
print(eg.args)
print(str(ExceptionGroup("one", [KeyError("k")])))
print(str(ExceptionGroup("", [KeyError("k"), KeyError("j")])))
print(repr(BaseExceptionGroup("base", [KeyboardInterrupt()])))

for name in ["message", "exceptions"]:
    try:
        setattr(eg, name, "changed")
    except AttributeError as e:
        print(name, "AttributeError:", e)

print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(ExceptionGroup.__bases__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))

# except clauses see groups as ordinary exceptions.
try:
    raise eg
except Exception as e:
    print("caught by except Exception:", e is eg)

try:
    raise BaseExceptionGroup("b", [SystemExit(1)])
except Exception:
    print("unexpected")
except BaseException as e:
    print("caught by except BaseException:", type(e).__name__)

# Groups have an instance dict like other exceptions.
eg.extra = 5
print(eg.__dict__)
print(sorted(n for n in dir(eg) if not n.startswith("_")))

# The group types are generic.
print(ExceptionGroup[ValueError], BaseExceptionGroup[KeyboardInterrupt])
print(ExceptionGroup[ValueError].__origin__ is ExceptionGroup)

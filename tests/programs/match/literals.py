# Literal patterns: numbers (signed, complex), strings, bytes, and the
# singletons None/True/False, which match by identity.
def classify(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -2.5:
            return "minus two and a half"
        case 1 + 2j:
            return "complex 1+2j"
        case -3 - 4j:
            return "complex -3-4j"
        case 5j:
            return "imaginary 5j"
        case "hello":
            return "greeting"
        case "":
            return "empty string"
        case b"raw":
            return "bytes raw"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 10_000_000_000_000_000_000:
            return "huge"
        case "con" "cat":
            return "concatenated"
        case _:
            return "other: " + repr(x)

values = [0, 0.0, -0.0, False, -1, -1.0, 1.5, -2.5, 1 + 2j, complex(-3, -4), 5j,
          "hello", "", b"raw", bytearray(b"raw"), "raw", None, True, 1, 1.0,
          10**22, "concat", [], (), 7]
for v in values:
    print(repr(v), "->", classify(v))

# True/False/None use identity: 1 is not True, 0 is not False.
def singleton(x):
    match x:
        case True:
            return "is True"
        case False:
            return "is False"
        case None:
            return "is None"
    return "not a singleton"

for v in [True, False, None, 1, 0, 0.0, "", []]:
    print(repr(v), singleton(v))

# Equality is tested with ==, so the subject's __eq__ decides.
class Any:
    def __eq__(self, other):
        print("  Any.__eq__", repr(other))
        return True

match Any():
    case 42:
        print("Any matched 42")

class Never:
    def __eq__(self, other):
        return False

match Never():
    case "x":
        print("unexpected")
    case _:
        print("Never matched nothing")

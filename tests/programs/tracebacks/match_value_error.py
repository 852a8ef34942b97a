# A value pattern whose comparison raises, and a missing class name.
class Fussy:
    def __eq__(self, other):
        raise RuntimeError("cannot compare with " + repr(other))

def classify(x):
    match x:
        case 1 | 2:
            return "small"
        case "text":
            return "text"
        case UndefinedClass():
            return "never"

print(classify(2))
print(classify(Fussy()))

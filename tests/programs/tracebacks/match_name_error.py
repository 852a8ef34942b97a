# A class pattern naming an undefined class fails when the case is tried.
def classify(x):
    match x:
        case 1 | 2:
            return "small"
        case UndefinedClass(attr=_):
            return "never"

print(classify(2))
print(classify(5))

# A capture pattern that is not last makes the rest unreachable.
def f(x):
    match x:
        case [1]:
            pass
        case other:
            pass
        case 2:
            pass

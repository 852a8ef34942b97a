# A guard that raises.
def check(values):
    match values:
        case [first, *rest] if first / len(rest) > 1:
            return "big first"
        case _:
            return "other"

print(check([4, 1]))
print(check([4]))

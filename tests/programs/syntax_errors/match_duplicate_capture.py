# A name may be bound once per pattern.
match [1, 2]:
    case [a, {"k": a}]:
        pass

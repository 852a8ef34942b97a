# _ cannot be the target of an as-pattern.
match 1:
    case int() as _:
        pass

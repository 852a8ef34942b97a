# Mapping keys must be literals or dotted names.
match {}:
    case {"a": 1, f"{1}b": 2}:
        pass

# f-strings are not literal patterns.
match "x":
    case f"x":
        pass

# Alternatives must bind the same names.
match (1, 2):
    case (a, b) | (a, c):
        pass

# Literal keys are compared with ==: 1 and 1.0 are the same key.
match {}:
    case {1: a, "x": b, 1.0: c}:
        pass

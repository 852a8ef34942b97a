# Signed and complex literal keys are folded before the check.
match {}:
    case {-1 - 2j: a, -1 - 2j: b}:
        pass

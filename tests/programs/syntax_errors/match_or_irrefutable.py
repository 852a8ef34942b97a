# An irrefutable alternative must be the last one.
match 1:
    case 1 | y | 2:
        pass

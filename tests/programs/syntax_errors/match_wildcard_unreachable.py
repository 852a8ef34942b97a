# So does an unguarded wildcard.
match 1:
    case _:
        pass
    case 1:
        pass

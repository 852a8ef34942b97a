# ...and a real left operand.
match 1:
    case 2j + 1:
        pass

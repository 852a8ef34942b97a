# A complex literal pattern needs an imaginary right operand.
match 1:
    case 1 + 2:
        pass

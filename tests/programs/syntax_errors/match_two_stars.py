# At most one star in a sequence pattern.
match [1]:
    case [*a, 1, *b]:
        pass

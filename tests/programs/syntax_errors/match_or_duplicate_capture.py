# Also across an or-pattern and the rest of the pattern.
match [1, 2]:
    case [a, (1 as a) | (2 as a)]:
        pass

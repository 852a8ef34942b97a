# __debug__ cannot be assigned, even by a pattern.
match 1:
    case [1, __debug__]:
        pass

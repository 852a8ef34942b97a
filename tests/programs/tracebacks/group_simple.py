# An uncaught exception group: the group's traceback, then each
# sub-exception in a numbered box.
def validate(items):
    errors = []
    for i, item in enumerate(items):
        try:
            if not isinstance(item, int):
                raise TypeError(f"item {i} is not an int: {item!r}")
            if item < 0:
                raise ValueError(f"item {i} is negative: {item}")
        except (TypeError, ValueError) as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("validation failed", errors)

print("validating")
validate([1, "two", -3, 4])

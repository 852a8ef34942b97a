print("helper module loading")
def explode(n):
    if n > 0:
        return explode(n - 1)
    raise OSError("helper exploded at depth 0")

# except and except* cannot be mixed.
try:
    pass
except ValueError:
    pass
except* TypeError:
    pass

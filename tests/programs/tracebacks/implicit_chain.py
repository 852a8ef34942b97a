def load(key):
    table = {"a": 1}
    try:
        return table[key]
    except KeyError:
        raise LookupError("could not load " + key)
load("b")

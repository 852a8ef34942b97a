try:
    {}["a"]
except KeyError:
    raise ValueError("conversion failed")

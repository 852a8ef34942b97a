print("_pkg.inner/__init__ runs, __package__ =", __package__)

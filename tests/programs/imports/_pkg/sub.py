print("_pkg.sub runs, __name__ =", __name__, "__package__ =", __package__)
VALUE = "sub value"
def sub_func():
    return "sub_func in " + __name__

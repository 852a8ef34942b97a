print("_pkg/__init__ runs, __name__ =", __name__, "__package__ =", __package__)
from . import sub
from .sub import sub_func as reexported
PKG_VALUE = "package level"

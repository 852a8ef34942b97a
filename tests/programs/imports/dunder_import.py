m = __import__("_helpers")
print(m.__name__, m.CONSTANT)
top = __import__("_pkg.sub")
print(top.__name__, top.sub.__name__)
leaf = __import__("_pkg.sub", fromlist=["VALUE"])
print(leaf.__name__, leaf.VALUE)
import sys
print(sys.modules["_pkg.sub"] is leaf)
mod = sys.modules["_helpers"]
mod.dynamic = "set from importer"
import _helpers
print(_helpers.dynamic)
del sys.modules["_helpers"]
import _helpers as fresh
print(fresh is m, hasattr(fresh, "dynamic"))

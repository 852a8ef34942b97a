import sys
try:
    import nosuch
except ModuleNotFoundError as e:
    print(type(e).__name__, "|", e, "|", e.name)
try:
    import _pkg.nosuch
except ImportError as e:
    print(type(e).__name__, "|", e, "|", e.name)
try:
    from _helpers import nosuch
except ImportError as e:
    print(type(e).__name__, "|", e.name, "|", str(e).startswith("cannot import name 'nosuch' from '_helpers'"))
try:
    from nosuch_pkg.mod import thing
except ImportError as e:
    print(type(e).__name__, "|", e)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    import _raises_on_import
except ValueError as e:
    print("ValueError during import:", e)
print("_raises_on_import" in sys.modules)
try:
    import _raises_on_import
except ValueError as e:
    print("second attempt re-executes:", e)
try:
    __import__("nosuch2")
except ImportError as e:
    print(type(e).__name__, e)
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, "|", e)
try:
    import _pkg.sub.not_a_package
except ModuleNotFoundError as e:
    print(type(e).__name__, "|", e)

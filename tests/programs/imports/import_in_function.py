def lazy():
    import _helpers
    return _helpers.greet("lazy")
print("before calling lazy")
print(lazy())
print(lazy())
print("_helpers" in globals())
def local_from():
    from _helpers import CONSTANT as C
    return C
print(local_from())
class UsesImport:
    import _helpers as helpers_attr
print(UsesImport.helpers_attr.CONSTANT)
import sys
print(type(sys.modules).__name__, sys.modules["sys"] is sys)

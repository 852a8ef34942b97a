print("_pkg.inner.deep runs")
from .. import sub
from ..sub import VALUE as parent_value
from . import __name__ as inner_name
def where():
    return (__name__, sub.__name__, parent_value, inner_name)

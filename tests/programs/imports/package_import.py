import _pkg
print("1:", _pkg.__name__, _pkg.PKG_VALUE, _pkg.sub.VALUE, _pkg.reexported())
import _pkg.sub
print("2:", _pkg.sub.__name__)
import _pkg.sub as s
print("3:", s is _pkg.sub, s.sub_func())
from _pkg import sub
print("4:", sub is s)
from _pkg.sub import VALUE, sub_func as sf
print("5:", VALUE, sf())
import _pkg.other
print("6:", _pkg.other.combined())
import _pkg.inner.deep
print("7:", _pkg.inner.deep.where())
from _pkg.inner import deep as d
print("8:", d.where()[0], hasattr(_pkg.inner, "deep"))
print(_pkg.__package__, _pkg.sub.__package__, _pkg.inner.__package__, _pkg.inner.deep.__package__)
import sys
print(sorted(m for m in sys.modules if m.startswith("_pkg")))
print(hasattr(_pkg, "__path__"), hasattr(_pkg.sub, "__path__"))

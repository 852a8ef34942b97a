import sys
def f(): return sys._getframe(1).f_code.co_name
def g(): return f()
print(g())
def h():
    fr = sys._getframe()
    return fr.f_code.co_name, fr.f_back.f_code.co_name, fr.f_back.f_lineno, fr.f_back.f_back
print(h())
print(sys._getframe(0).f_globals is globals(), sys._getframe().f_back)
try: sys._getframe(5)
except ValueError as e: print(e)
import collections
P = collections.namedtuple('P', 'x y')
print(P.__module__)
import warnings
def w():
    warnings.warn("careful", UserWarning)
w()
warnings.warn("top", UserWarning, stacklevel=1)

from _star import *
print(public_a, _exported_private)
try:
    public_b
except NameError as e:
    print("NameError:", e)
from _star_noall import *
print(x_one, x_two)
try:
    _x_hidden
except NameError as e:
    print("NameError:", e)
import _star_noall
print(_star_noall._x_hidden)

import sys
print("before import")
import _helpers
print("after first import")
import _helpers
print("after second import (no body output)")
print(_helpers.__name__, _helpers.CONSTANT, _helpers.greet("world"), _helpers.__doc__)
from _helpers import greet
from _helpers import greet as say_hello, Widget
print(greet("a"), say_hello("b"), greet is say_hello, Widget(3))
import _helpers as h
print(h is _helpers, h is sys.modules["_helpers"], "_helpers" in sys.modules)
print(_helpers.bump(), h.bump(), _helpers.counter)
from _helpers import counter
_helpers.bump()
print(counter, _helpers.counter)
print(type(_helpers).__name__, sorted(k for k in dir(_helpers) if not k.startswith("__")))

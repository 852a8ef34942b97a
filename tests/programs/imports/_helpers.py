"""Helper module for the imports tests."""
print("_helpers: module body runs")
CONSTANT = 42
_private = "hidden"
counter = 0
def greet(name):
    return "hello, " + name
def bump():
    global counter
    counter += 1
    return counter
class Widget:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "Widget(%d)" % self.n
print("_helpers: __name__ is", __name__)

import sys
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print(type(e).__name__, "|", e, "|", isinstance(e, RuntimeError))
def count_depth():
    n = 0
    def go():
        nonlocal n
        n += 1
        go()
    try:
        go()
    except RecursionError:
        pass
    return n
d = count_depth()
print(900 < d < 1000)
print("recovered, can recurse again:", sum(range(10)))
def recover_twice():
    for _ in range(2):
        try:
            infinite(0)
        except RecursionError:
            print("caught again")
recover_twice()
class Node:
    def __init__(self):
        self.child = self
    def __repr__(self):
        return "Node(" + repr(self.child) + ")"
try:
    repr(Node())
except RecursionError as e:
    print("repr recursion:", type(e).__name__)

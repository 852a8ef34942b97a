assert True
assert 1 == 1, "not shown"
try:
    assert False
except AssertionError as e:
    print("AssertionError args:", e.args, "str:", repr(str(e)))
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert [], ["a", "list", "message"]
except AssertionError as e:
    print("args:", e.args)
def check(x):
    assert isinstance(x, int), "expected int, got %s" % type(x).__name__
    return x * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print("AssertionError:", e)
calls = []
def msg():
    calls.append(1)
    return "m"
assert True, msg()
print("message evaluated:", len(calls))
try:
    assert False, msg()
except AssertionError:
    print("message evaluated:", len(calls))
print("__debug__ =", __debug__)

import _failing_helper
print("imported")
_failing_helper.explode(3)

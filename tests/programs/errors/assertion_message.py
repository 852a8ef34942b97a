def check(v):
    assert v > 0, "value must be positive, got %d" % v
check(1)
check(-5)

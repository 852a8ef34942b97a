def f():
    try:
        raise ValueError("first problem")
    finally:
        raise TypeError("problem in finally")
f()

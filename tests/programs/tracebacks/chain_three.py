def step1():
    raise KeyError("root")
def step2():
    try:
        step1()
    except KeyError as e:
        raise ValueError("middle") from e
def step3():
    try:
        step2()
    except ValueError:
        raise RuntimeError("top")
step3()

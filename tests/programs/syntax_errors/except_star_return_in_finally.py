# Not even through a nested try/finally.
def f():
    try:
        pass
    except* ValueError:
        try:
            pass
        finally:
            return

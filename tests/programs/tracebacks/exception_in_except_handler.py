try:
    1 / 0
except ZeroDivisionError as e:
    print("handling", e)
    undefined_function()

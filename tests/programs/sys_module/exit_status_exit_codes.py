import sys
print("sys.exit with a bool and via exception chain")
try:
    sys.exit(True)
except SystemExit as e:
    print("code", e.code, type(e.code).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        sys.exit("in handler")
except SystemExit as e:
    print("code", e.code, "context", type(e.__context__).__name__)
print(SystemExit.__mro__[1].__name__)

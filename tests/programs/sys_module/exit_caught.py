import sys
for arg in [None, 0, 3, "message", (1, 2)]:
    try:
        if arg is None:
            sys.exit()
        sys.exit(arg)
    except SystemExit as e:
        print("caught SystemExit, code =", repr(e.code), "args =", e.args)
try:
    raise SystemExit(5)
except SystemExit as e:
    print("raised directly:", e.code)
def cleanup_runs():
    try:
        sys.exit(1)
    finally:
        print("finally runs during SystemExit")
try:
    cleanup_runs()
except SystemExit as e:
    print("exit code", e.code)
try:
    sys.exit(2)
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
print("still running")

# A group raised while handling another exception, and a group as the
# cause of an ordinary exception.
def load():
    try:
        {}["missing"]
    except KeyError:
        raise ExceptionGroup("load failed", [FileNotFoundError("a.txt"), PermissionError("b.txt")])

try:
    load()
except ExceptionGroup as eg:
    raise RuntimeError("startup aborted") from eg

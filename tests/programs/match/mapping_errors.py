# Run-time errors of mapping patterns.
class K:
    x = "same"
    y = "same"

def run(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

def dup(m):
    match m:
        case {K.x: 1, K.y: 2}:
            return "matched"
    return "no match"

run("duplicate dotted keys:", lambda: dup({"same": 1, "other": 2}))
run("too short for the check:", lambda: dup({"same": 1}))

class U:
    key = []

def unhashable(m):
    match m:
        case {U.key: 1, "b": 2}:
            return "matched"
    return "no match"

run("unhashable key:", lambda: unhashable({"a": 1, "b": 2}))

class BadGet(dict):
    def get(self, key, default=None):
        raise RuntimeError("get failed for " + repr(key))

def bad(m):
    match m:
        case {"a": 1}:
            return "matched"
    return "no match"

run("get raises:", lambda: bad(BadGet(a=1)))

class BadLen(dict):
    def __len__(self):
        raise RuntimeError("no len")

run("len raises:", lambda: bad(BadLen(a=1)))

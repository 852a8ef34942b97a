def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())
def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_swallows())
def finally_runs_on_return():
    log = []
    def inner():
        try:
            log.append("try")
            return "value"
        finally:
            log.append("finally")
    r = inner()
    return r, log
print(finally_runs_on_return())
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
out = []
for i in range(4):
    try:
        out.append(i)
    finally:
        if i == 2:
            break
print(out)
out = []
for i in range(4):
    try:
        raise KeyError(i)
    except KeyError:
        continue
    finally:
        out.append(i)
print(out)
def break_in_finally_discards():
    for i in range(3):
        try:
            raise RuntimeError("x")
        finally:
            break
    return "discarded exception, i=%d" % i
print(break_in_finally_discards())
def nested():
    try:
        try:
            return 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
def return_value_evaluated_before_finally():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(return_value_evaluated_before_finally())
def count():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("cleanup", n)
print(count())

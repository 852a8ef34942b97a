def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
acc = accumulator()
print(acc.send(None))
print(acc.send(5))
print(acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)
def fresh():
    x = yield 1
    print("got", x)
g = fresh()
try:
    g.send("too early")
except TypeError as e:
    print("TypeError:", e)
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught inside:", e)
            yield "recovered"
g = catcher()
print(next(g))
print(g.throw(ValueError("bad")))
print(next(g))
try:
    g.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated:", repr(e))
print(next(g, "exhausted"))
def with_cleanup():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally in generator")
g = with_cleanup()
print(next(g))
g.close()
g.close()
print(next(g, "closed"))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def never_started():
    print("body")
    yield
g = never_started()
g.close()
print("closed unstarted generator")
def returns_on_close():
    try:
        yield
    except GeneratorExit:
        return "ignored value"
g = returns_on_close()
next(g)
print(g.close())
g = with_cleanup()
try:
    g.throw(IndexError("thrown before start"))
except IndexError as e:
    print("IndexError:", e)
def gen_stopiteration():
    yield 1
    raise StopIteration("inside")
try:
    list(gen_stopiteration())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

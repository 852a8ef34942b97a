def risky():
    yield 1
    raise ValueError("inside generator")
g = risky()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
print(next(g, "exhausted after error"))
def finally_gen():
    try:
        yield "a"
        yield "b"
    finally:
        print("finally ran")
for x in finally_gen():
    print(x)
    break
print("after break")
def consumer_errors():
    for i in range(3):
        try:
            yield i
        except ZeroDivisionError:
            print("handled ZeroDivisionError at", i)
g = consumer_errors()
print(next(g), g.throw(ZeroDivisionError), next(g, "end"))
def gen_with_context():
    try:
        yield
    except Exception as e:
        raise RuntimeError("wrapped") from e
g = gen_with_context()
next(g)
try:
    g.throw(KeyError("original"))
except RuntimeError as e:
    print("RuntimeError:", e, "cause:", repr(e.__cause__))
def genexit_swallow():
    try:
        yield 1
    except GeneratorExit:
        print("cleanup and exit")
g = genexit_swallow()
next(g)
g.close()
print("closed ok")

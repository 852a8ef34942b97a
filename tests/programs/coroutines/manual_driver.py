class Suspend:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        print("suspending at", self.label)
        received = yield self.label
        print("resumed at", self.label, "with", received)
        return "result of " + self.label
async def add_later(a, b):
    x = await Suspend("first")
    y = await Suspend("second")
    return (a + b, x, y)
coro = add_later(2, 3)
print(type(coro).__name__)
print("yielded:", coro.send(None))
print("yielded:", coro.send("one"))
try:
    coro.send("two")
except StopIteration as e:
    print("finished with", e.value)
async def no_await():
    return 42
c = no_await()
try:
    c.send(None)
except StopIteration as e:
    print("immediate", e.value)
def run(coro):
    value = None
    steps = 0
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as e:
            return e.value, steps
        steps += 1
        value = "step%d" % steps
async def nested():
    r1 = await add_later(1, 1)
    r2 = await add_later(2, 2)
    return [r1, r2]
print(run(nested()))

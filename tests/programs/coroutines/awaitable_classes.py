class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []
    def set_result(self, v):
        self.done = True
        self.result = v
    def __await__(self):
        while not self.done:
            yield self
        return self.result
async def compute(fut, scale):
    v = await fut
    return v * scale
fut = Future()
c = compute(fut, 3)
print(c.send(None) is fut)
print(c.send(None) is fut)
fut.set_result(14)
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
class Gen:
    def __await__(self):
        return iter(["x", "y"])
async def uses_iter():
    await Gen()
    return "done"
c = uses_iter()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
async def gather(*coros):
    results = []
    for co in coros:
        results.append(await co)
    return results
async def val(v):
    await Gen()
    return v
def run(coro):
    trace = []
    while True:
        try:
            trace.append(coro.send(None))
        except StopIteration as e:
            return e.value, "".join(trace)
print(run(gather(val(1), val(2), val(3))))

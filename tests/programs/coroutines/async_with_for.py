class Tick:
    def __await__(self):
        yield "tick"
class AsyncResource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("aenter", self.name)
        await Tick()
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("aexit", self.name, et.__name__ if et else None)
        await Tick()
        return et is KeyError
class AsyncCounter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Tick()
        self.i += 1
        return self.i
async def main():
    out = []
    async with AsyncResource("db") as name:
        out.append(name)
    async with AsyncResource("suppress"):
        raise KeyError("swallowed")
    async for v in AsyncCounter(3):
        out.append(v)
    else:
        out.append("for-else")
    async with AsyncResource("a") as a, AsyncResource("b") as b:
        out.append(a + b)
    try:
        async with AsyncResource("err"):
            raise ValueError("propagates")
    except ValueError as e:
        out.append("caught " + str(e))
    return out
coro = main()
ticks = 0
while True:
    try:
        assert coro.send(None) == "tick"
        ticks += 1
    except StopIteration as e:
        print("result", e.value)
        break
print("ticks", ticks)

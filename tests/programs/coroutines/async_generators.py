class Tick:
    def __await__(self):
        return (yield "tick")
async def agen(n):
    for i in range(n):
        await Tick()
        yield i * 10
async def consume():
    results = []
    async for v in agen(3):
        results.append(v)
    results.append([x async for x in agen(2)])
    results.append([x + 1 async for x in agen(4) if x > 10])
    g = agen(5)
    results.append(await g.__anext__())
    results.append(await g.__anext__())
    await g.aclose()
    return results
def drive(coro):
    n = 0
    while True:
        try:
            coro.send(None)
            n += 1
        except StopIteration as e:
            return e.value, n
print(drive(consume()))
print(type(agen(1)).__name__)
async def stops():
    g = agen(1)
    first = await g.__anext__()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        return ("stopped after", first)
print(drive(stops()))

# exit/quit/help/copyright objects, __debug__, breakpoint disabled, aiter/anext.
import sys
print(repr(exit), repr(quit), str(exit), callable(exit), type(exit).__name__, type(exit).__module__)
print(type(copyright).__name__, type(credits).__name__, type(help).__name__, repr(help), repr(license))
print(__debug__, callable(breakpoint), breakpoint.__name__)
for q, args in [(exit, (3,)), (quit, ()), (exit, ('msg',)), (quit, (None,))]:
    try:
        q(*args)
    except SystemExit as e:
        print('SystemExit', repr(e.code))


class AIt:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def agen():
    yield 1
    yield 2


async def main():
    it = aiter(AIt(2))
    print(await anext(it), await anext(it), await anext(it, 'done'))
    try:
        await anext(it)
    except StopAsyncIteration:
        print('stop')
    g = agen()
    print(await anext(g), await anext(g), await anext(g, 'end'))
    async for x in aiter(agen()):
        print('x', x)
    for bad in [1, [1]]:
        try:
            aiter(bad)
        except TypeError as e:
            print(e)
        try:
            anext(bad)
        except TypeError as e:
            print(e)

    class Bad:
        def __aiter__(self):
            return 1
    try:
        aiter(Bad())
    except TypeError as e:
        print(e)
    try:
        anext()
    except TypeError as e:
        print(e)
    aw = anext(AIt(1), 0)
    print(type(aw).__name__, await aw)


c = main()
try:
    c.send(None)
except StopIteration:
    pass
print(aiter, anext)

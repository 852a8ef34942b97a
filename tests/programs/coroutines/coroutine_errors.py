class Pause:
    def __await__(self):
        yield "paused"
async def failing():
    await Pause()
    raise ValueError("async failure")
c = failing()
print(c.send(None))
try:
    c.send(None)
except ValueError as e:
    print("ValueError:", e)
async def handles():
    try:
        await Pause()
    except KeyError as e:
        return "handled " + repr(e)
c = handles()
c.send(None)
try:
    c.throw(KeyError("thrown in"))
except StopIteration as e:
    print(e.value)
async def closing():
    try:
        await Pause()
    finally:
        print("finally on close")
c = closing()
c.send(None)
c.close()
async def simple():
    return 1
c = simple()
try:
    c.send(None)
except StopIteration:
    pass
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
class BadAwait:
    def __await__(self):
        return 5
async def use_bad():
    await BadAwait()
try:
    use_bad().send(None)
except TypeError as e:
    print("TypeError:", e)
async def await_int():
    await 5
try:
    await_int().send(None)
except TypeError as e:
    print("TypeError:", e)
c = simple()
print(type(c).__name__, c.cr_running)
c.close()
async def inner():
    return "inner value"
async def outer():
    return await inner()
try:
    outer().send(None)
except StopIteration as e:
    print(e.value)

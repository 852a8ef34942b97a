# match and except* in coroutines, generators, class bodies, nested
# functions and exec/compile.
import sys
async def inner():
    raise ExceptionGroup("async", [ValueError(1), KeyError(2)])

async def outer(x):
    match x:
        case {"n": int(n)} if n > 0:
            res = "positive"
        case _:
            res = "other"
    try:
        await inner()
    except* ValueError as e:
        print("async caught", repr(e))
    except* KeyError:
        print("key error part")
    return res

c = outer({"n": 3})
try:
    c.send(None)
except StopIteration as s:
    print("result", s.value)

def gen():
    try:
        yield 1
    except* ValueError as e:
        print("gen got", repr(e))
        yield 2
g = gen()
print(next(g))
print(g.throw(ValueError("thrown")))
# class body with match & except*
class C:
    match 1:
        case 1:
            x = "one"
    try:
        raise ExceptionGroup("c", [TypeError()])
    except* TypeError:
        y = "caught in class"
print(C.x, C.y)
# lambda / comprehension subject
print([m for m in range(5) if (lambda v: v % 2)(m)])
# nested function def inside except* with return
try:
    raise ExceptionGroup("f", [ValueError()])
except* ValueError:
    def helper():
        return "inner return ok"
    print(helper())
# exec / eval with match
exec("match 5:\n case 5:\n  print('exec match')\n")
code = compile("try:\n raise ExceptionGroup('x',[OSError()])\nexcept* OSError:\n print('compiled except*')\n", "<s>", "exec")
exec(code)

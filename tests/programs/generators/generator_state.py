def g():
    yield 1
    yield 2
gen = g()
print(gen.gi_running, gen.gi_frame is not None)
next(gen)
print(gen.gi_frame.f_lineno)
list(gen)
print(gen.gi_frame)
def self_ref():
    yield me.gi_running
me = self_ref()
print(next(me))
def reentrant():
    yield next(r)
r = reentrant()
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        else:
            n += 1
c = counter()
print(next(c), next(c), next(c), c.send("reset"), next(c))

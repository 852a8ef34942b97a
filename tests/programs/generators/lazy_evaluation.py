log = []
def numbers():
    for i in range(5):
        log.append("produce %d" % i)
        yield i
def doubled(it):
    for x in it:
        log.append("double %d" % x)
        yield x * 2
pipeline = doubled(numbers())
print(log)
print(next(pipeline))
print(log)
for v in pipeline:
    if v >= 4:
        break
print(log)
m = map(lambda x: log.append("map %d" % x) or x, [7, 8])
print(type(m).__name__, len(log))
print(list(m)[-1], log[-2:])
f = filter(None, [0, 1, 2])
print(next(f), list(f))
z = zip(numbers(), "ab")
log.clear()
print(list(z), log)

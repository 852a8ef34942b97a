class Yield:
    def __await__(self):
        yield "yield"
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ("sleep", self.ticks)
class Scheduler:
    def __init__(self):
        self.ready = []
        self.sleeping = []
        self.clock = 0
        self.results = {}
    def spawn(self, name, coro):
        self.ready.append((name, coro))
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.clock = min(t for t, _, _ in self.sleeping)
                woke = [(n, c) for t, n, c in self.sleeping if t <= self.clock]
                self.sleeping = [s for s in self.sleeping if s[0] > self.clock]
                self.ready.extend(woke)
            name, coro = self.ready.pop(0)
            try:
                req = coro.send(None)
            except StopIteration as e:
                self.results[name] = e.value
                print("t=%d %s finished -> %r" % (self.clock, name, e.value))
                continue
            if req == "yield":
                self.ready.append((name, coro))
            else:
                self.sleeping.append((self.clock + req[1], name, coro))
                self.sleeping.sort(key=lambda s: (s[0], s[1]))
async def worker(name, n, delay):
    total = 0
    for i in range(n):
        print("t=? %s step %d" % (name, i))
        total += i
        if delay:
            await Sleep(delay)
        else:
            await Yield()
    return total
s = Scheduler()
s.spawn("A", worker("A", 3, 0))
s.spawn("B", worker("B", 2, 5))
s.spawn("C", worker("C", 2, 2))
s.run()
print(sorted(s.results.items()), s.clock)

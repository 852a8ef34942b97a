"""Discrete-event simulation of a bank with tellers, using a deterministic LCG for arrivals."""

class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2 ** 31
        return self.state
    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)

class Event:
    __slots__ = ("time", "seq", "kind", "customer")
    def __init__(self, time, seq, kind, customer):
        self.time, self.seq, self.kind, self.customer = time, seq, kind, customer
    def key(self):
        return (self.time, self.seq)

class EventQueue:
    def __init__(self):
        self.events = []
        self.seq = 0
    def schedule(self, time, kind, customer):
        ev = Event(time, self.seq, kind, customer)
        self.seq += 1
        lo, hi = 0, len(self.events)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.events[mid].key() < ev.key():
                lo = mid + 1
            else:
                hi = mid
        self.events.insert(lo, ev)
    def pop(self):
        return self.events.pop(0)
    def __bool__(self):
        return bool(self.events)

class Customer:
    def __init__(self, ident, arrival, service):
        self.ident = ident
        self.arrival = arrival
        self.service = service
        self.start = None
        self.teller = None

class Bank:
    def __init__(self, tellers, seed, customers):
        self.rng = LCG(seed)
        self.free = list(range(tellers))
        self.queue = []
        self.events = EventQueue()
        self.done = []
        self.log = []
        self.max_queue = 0
        t = 0
        for i in range(customers):
            t += self.rng.randint(1, 6)
            self.events.schedule(t, "arrive", Customer(i, t, self.rng.randint(3, 12)))
    def start_service(self, now, cust):
        cust.start = now
        cust.teller = self.free.pop(0)
        self.events.schedule(now + cust.service, "depart", cust)
    def run(self):
        while self.events:
            ev = self.events.pop()
            now, cust = ev.time, ev.customer
            if ev.kind == "arrive":
                if self.free:
                    self.start_service(now, cust)
                else:
                    self.queue.append(cust)
                    self.max_queue = max(self.max_queue, len(self.queue))
            else:
                self.free.append(cust.teller)
                self.free.sort()
                self.done.append(cust)
                self.log.append((now, cust.ident, cust.teller))
                if self.queue:
                    self.start_service(now, self.queue.pop(0))
        return self

for tellers in (1, 2, 3):
    bank = Bank(tellers, seed=2024, customers=40).run()
    waits = [c.start - c.arrival for c in bank.done]
    end = max(t for t, _, _ in bank.log)
    busy = sum(c.service for c in bank.done)
    print("tellers=%d served=%d avg_wait=%.2f max_wait=%d max_queue=%d end=%d utilization=%.3f" % (
        tellers, len(bank.done), sum(waits) / len(waits), max(waits), bank.max_queue, end, busy / (end * tellers)))
    print("  first departures:", bank.log[:6])
per_teller = {}
for t, ident, teller in Bank(3, 7, 30).run().log:
    per_teller[teller] = per_teller.get(teller, 0) + 1
print("per teller:", sorted(per_teller.items()))
rng = LCG(1)
print([rng.randint(1, 6) for _ in range(12)])

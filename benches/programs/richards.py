"""A Richards-like task scheduler: classes, attribute access, method calls."""


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        while p.link is not None:
            p = p.link
        p.link = self
        return lst


class Task:
    def __init__(self, ident, priority, work, scheduler):
        self.ident = ident
        self.priority = priority
        self.work = work
        self.scheduler = scheduler
        self.queue = None
        self.held = False
        self.waiting = False
        self.count = 0

    def runnable(self):
        return not self.held and (self.queue is not None or not self.waiting)

    def run(self):
        packet = None
        if self.queue is not None:
            packet = self.queue
            self.queue = packet.link
            if self.queue is None:
                self.waiting = False
        self.count += 1
        return self.work(self, packet)


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.queue_count = 0
        self.hold_count = 0

    def add(self, task):
        self.tasks.append(task)
        self.tasks.sort(key=lambda t: -t.priority)

    def find(self, ident):
        for t in self.tasks:
            if t.ident == ident:
                return t
        return None

    def send(self, packet, ident):
        t = self.find(ident)
        if t is None:
            return
        self.queue_count += 1
        packet.link = None
        packet.ident = ident
        t.queue = packet.append_to(t.queue)

    def hold(self, task):
        self.hold_count += 1
        task.held = True

    def release(self, ident):
        t = self.find(ident)
        if t is not None:
            t.held = False

    def schedule(self, rounds):
        for _ in range(rounds):
            for t in self.tasks:
                if t.runnable():
                    t.run()


def idle_work(task, packet):
    task.scheduler.release(1 + task.count % 3)
    return None


def worker_work(task, packet):
    if packet is None:
        task.waiting = True
        return None
    total = 0
    for i in range(4):
        packet.data[i] = (packet.datum + i * 7) % 26
        total += packet.data[i]
    packet.datum = total % 13
    task.scheduler.send(packet, 4 if task.count % 2 else 5)
    return packet


def device_work(task, packet):
    if packet is None:
        task.waiting = True
        return None
    task.scheduler.hold(task)
    task.scheduler.send(packet, 1 + packet.datum % 3)
    return packet


def main():
    s = Scheduler()
    s.add(Task(0, 0, idle_work, s))
    for i in (1, 2, 3):
        s.add(Task(i, 1000 + i, worker_work, s))
    s.add(Task(4, 4000, device_work, s))
    s.add(Task(5, 5000, device_work, s))
    for i in range(12):
        s.send(Packet(None, 0, i % 2), 1 + i % 3)
    s.schedule(15000)
    counts = [t.count for t in s.tasks]
    print(s.queue_count, s.hold_count, counts)


main()

"""A Richards-like operating-system scheduler simulation: prioritized tasks exchanging packets."""

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
NAMES = ["idle", "worker", "handlerA", "handlerB", "deviceA", "deviceB"]
KIND_DEVICE, KIND_WORK = "dev", "work"
BUFSIZE = 4

class Packet:
    __slots__ = ("kind", "owner", "datum", "data")
    def __init__(self, kind, owner):
        self.kind = kind
        self.owner = owner
        self.datum = 0
        self.data = [0] * BUFSIZE

class Task:
    def __init__(self, ident, priority, fn, **state):
        self.ident = ident
        self.priority = priority
        self.fn = fn
        self.state = state
        self.inbox = []
        self.held = False
        self.runs = 0
    def runnable(self):
        if self.held:
            return False
        if self.ident == IDLE:
            return self.state["count"] > 0
        if self.inbox:
            return True
        if self.ident in (DEVICE_A, DEVICE_B):
            return self.state.get("pending") is not None
        if self.ident in (HANDLER_A, HANDLER_B):
            return bool(self.state["work"]) and bool(self.state["devices"])
        return False

class Scheduler:
    def __init__(self):
        self.tasks = []
        self.trace = []
        self.queue_count = 0
        self.hold_count = 0
    def add(self, task):
        self.tasks.append(task)
        self.tasks.sort(key=lambda t: -t.priority)
        return task
    def task(self, ident):
        for t in self.tasks:
            if t.ident == ident:
                return t
        raise KeyError(ident)
    def send(self, ident, packet):
        self.queue_count += 1
        self.task(ident).inbox.append(packet)
    def hold(self, task):
        self.hold_count += 1
        task.held = True
    def release(self, ident):
        self.task(ident).held = False
    def run(self):
        steps = 0
        while True:
            current = next((t for t in self.tasks if t.runnable()), None)
            if current is None:
                return steps
            msg = current.inbox.pop(0) if current.inbox else None
            current.runs += 1
            current.fn(self, current, msg)
            steps += 1

def idle_fn(s, t, msg):
    st = t.state
    st["count"] -= 1
    st["control"] = (st["control"] >> 1) ^ (0xD008 if st["control"] & 1 else 0)
    s.release(DEVICE_A if st["control"] & 1 == 0 else DEVICE_B)

def worker_fn(s, t, pkt):
    st = t.state
    st["dest"] = HANDLER_B if st["dest"] == HANDLER_A else HANDLER_A
    pkt.datum = 0
    for i in range(BUFSIZE):
        st["count"] = st["count"] % 26 + 1
        pkt.data[i] = ord("A") + st["count"] - 1
    s.send(st["dest"], pkt)

def handler_fn(s, t, pkt):
    st = t.state
    if pkt is not None:
        (st["work"] if pkt.kind == KIND_WORK else st["devices"]).append(pkt)
        return
    work = st["work"][0]
    if work.datum >= BUFSIZE:
        st["work"].pop(0)
        s.send(WORKER, work)
        return
    dev = st["devices"].pop(0)
    dev.datum = work.data[work.datum]
    work.datum += 1
    s.send(st["device"], dev)

def device_fn(s, t, pkt):
    st = t.state
    if pkt is None:
        pending = st["pending"]
        st["pending"] = None
        s.send(st["handler"], pending)
        return
    if st.get("pending") is not None:
        t.inbox.insert(0, pkt)
        s.send(st["handler"], st["pending"])
        st["pending"] = None
        return
    st["pending"] = pkt
    s.trace.append(chr(pkt.datum))
    s.hold(t)

def build(count):
    s = Scheduler()
    s.add(Task(IDLE, 0, idle_fn, count=count, control=1))
    worker = s.add(Task(WORKER, 1000, worker_fn, dest=HANDLER_A, count=0))
    worker.inbox.extend([Packet(KIND_WORK, WORKER), Packet(KIND_WORK, WORKER)])
    for h, dev in ((HANDLER_A, DEVICE_A), (HANDLER_B, DEVICE_B)):
        ht = s.add(Task(h, 2000 + h, handler_fn, work=[], devices=[], device=dev))
        ht.inbox.extend(Packet(KIND_DEVICE, dev) for _ in range(3))
    s.add(Task(DEVICE_A, 4000, device_fn, handler=HANDLER_A, pending=None))
    s.add(Task(DEVICE_B, 5000, device_fn, handler=HANDLER_B, pending=None))
    return s

for count in (10, 100, 1000):
    s = build(count)
    steps = s.run()
    text = "".join(s.trace)
    checksum = 0
    for ch in text:
        checksum = (checksum * 31 + ord(ch)) % 1000003
    print("count=%d steps=%d queue_count=%d hold_count=%d output=%d checksum=%d" % (
        count, steps, s.queue_count, s.hold_count, len(text), checksum))
    print("  first output:", text[:40])
    print("  runs:", ", ".join("%s=%d" % (NAMES[t.ident], t.runs) for t in sorted(s.tasks, key=lambda t: t.ident)))

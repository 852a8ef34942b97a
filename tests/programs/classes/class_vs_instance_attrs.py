class Counter:
    count = 0
    shared = []
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
a = Counter()
b = Counter()
print(a.id, b.id, Counter.count, a.count)
a.count = 100
print(a.count, b.count, Counter.count)
del a.count
print(a.count)
a.shared.append("from a")
print(b.shared, Counter.shared)
b.shared = ["own"]
print(a.shared, b.shared)
Counter.new_attr = "added later"
print(a.new_attr)
print("count" in a.__dict__, "count" in Counter.__dict__)
class Flag:
    enabled = False
f = Flag()
Flag.enabled = True
print(f.enabled)
f.enabled = "instance"
Flag.enabled = "class again"
print(f.enabled, Flag.enabled)

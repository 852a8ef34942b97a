root = []
cur = root
for _ in range(1000000):
    cur.append(cur := [])
cur = None
print("built")
depth = 0
node = root
while node:
    node = node[0]
    depth += 1
print("depth", depth)
del root
del node
print("dropped without crashing")
d = {}
cur = d
for _ in range(100000):
    cur["k"] = {}
    cur = cur["k"]
cur = None
del d
print("nested dicts dropped")
t = None
for _ in range(100000):
    t = (t,)
del t
print("nested tuples dropped")

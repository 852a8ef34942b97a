# Big sets: resizing, dummies and pops over a thousand elements.

s = set(range(0, 3000, 3))
print(len(s), list(s)[:50])
print(sum(i * v for i, v in enumerate(s)) % 1000003)

t = set()
for i in range(1500):
    t.add((i * 7919) % 10007)
print(len(t), list(t)[:50])
print(sum(i * v for i, v in enumerate(t)) % 1000003)

for i in range(0, 10007, 2):
    t.discard(i)
print(len(t), list(t)[:30])
t.update(range(5000, 5100))
print(len(t), list(t)[:30])
print([t.pop() for _ in range(20)])

words = {str(i) * 2 for i in range(1200)}
print(len(words), list(words)[:40])
print(sum(i for i, w in enumerate(words) if w.startswith('1')))

mixed = set(range(500)) | {str(i) for i in range(500)} | {float(i) + 0.5 for i in range(500)}
print(len(mixed), list(mixed)[:30])
print(sum(i for i, v in enumerate(mixed) if isinstance(v, str)))

u = set(range(2000)) - set(range(0, 2000, 3))
print(len(u), list(u)[:25])
v = set(range(1000)) ^ set(range(500, 1500))
print(len(v), list(v)[:25])
w = set(range(3000)) & set(range(1000, 8000, 7))
print(len(w), list(w)[:25])

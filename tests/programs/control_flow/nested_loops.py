table = []
for i in range(1, 6):
    row = []
    for j in range(1, 6):
        row.append(i * j)
    table.append(row)
for row in table:
    print(" ".join("%3d" % v for v in row))
total = 0
for a in range(5):
    for b in range(a):
        for c in range(b):
            total += a * b * c
print(total)
triples = []
for a in range(1, 20):
    for b in range(a, 20):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                triples.append((a, b, c))
print(triples)
for x in []:
    print("never")
for ch in "ab":
    for n in (1, 2):
        print(ch, n, end="; ")
print()

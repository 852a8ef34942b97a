data = [4, 9, 16, 25, 7]
roots = [r for x in data if (r := int(x ** 0.5)) ** 2 == x]
print(roots, r)
running = 0
sums = [running := running + x for x in data]
print(sums, running)
values = ["12", "x", "7", "", "30"]
parsed = [n for s in values if s.isdigit() and (n := int(s)) > 10]
print(parsed, n)
print({k: v for k in "abc" if (v := ord(k)) % 2})
def chunks(it, size):
    it = iter(it)
    while chunk := [x for _, x in zip(range(size), it)]:
        yield chunk
print(list(chunks(range(7), 3)))
lines = iter(["a", "b", "", "c"])
got = []
while (line := next(lines)):
    got.append(line)
print(got)

def read_lines(text):
    for line in text.splitlines():
        yield line
def strip_comments(lines):
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            yield line
def parse(lines):
    for line in lines:
        key, _, value = line.partition("=")
        yield key.strip(), value.strip()
CONFIG = """
# sample config
name = strata
version = 1   # inline comment
   empty_after =
mode=fast
"""
print(list(parse(strip_comments(read_lines(CONFIG)))))
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 1
    while True:
        yield n
        n += 1
def primes():
    seen = []
    for n in naturals():
        if n < 2:
            continue
        if all(n % p for p in seen):
            seen.append(n)
            yield n
print(list(take(15, primes())))
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
def running_mean(it):
    total = 0
    count = 0
    for x in it:
        total += x
        count += 1
        yield total / count
print(list(running_mean([2, 4, 6, 8])))

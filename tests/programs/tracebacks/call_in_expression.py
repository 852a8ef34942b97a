def parse(s):
    return int(s)
values = ["1", "2", "x"]
total = sum(parse(v) for v in values) * 2

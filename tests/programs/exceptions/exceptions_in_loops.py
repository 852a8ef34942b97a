def parse_all(values):
    good, bad = [], []
    for v in values:
        try:
            good.append(int(v))
        except ValueError as e:
            bad.append(str(e))
    return good, bad
good, bad = parse_all(["1", "x", "3", "4.5", " 7 ", "-2", "1_000", "0x10"])
print(good)
for b in bad:
    print(b)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
    except TypeError:
        return None
print([safe_div(1, x) for x in [1, 0, "a", 4]])
d = {"a": 1}
for key in ["a", "b", "a"]:
    try:
        print(key, d[key])
    except KeyError as e:
        print("missing", e, e.args[0])
items = [1, 2, 3]
i = 0
while True:
    try:
        print(items[i])
        i += 1
    except IndexError as e:
        print("stop:", e)
        break

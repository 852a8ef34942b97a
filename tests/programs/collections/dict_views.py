d = {"a": 1, "b": 2}
keys = d.keys()
values = d.values()
items = d.items()
print(keys, values, items)
d["c"] = 3
print(keys, values, items, len(keys))
del d["a"]
print(list(keys), list(values), list(items))
print("b" in keys, 2 in values, ("b", 2) in items, ("b", 3) in items)
print(keys & {"b", "x"}, sorted(keys | {"z"}), keys - {"b"}, sorted(keys ^ {"c", "q"}))
print(items & {("b", 2)}, keys == {"b", "c"}, keys.isdisjoint({"q"}))
print(sorted(k for k in keys), sum(values), [kv for kv in items])
try:
    for k in d:
        d["new" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(d))
for k in list(d):
    if k.startswith("new"):
        del d[k]
print(d)
print(type(keys).__name__, type(values).__name__, type(items).__name__)
print(list(reversed(d.keys())), list(reversed(d.values())))
v1 = {"x": 1}.values()
print(v1 == v1, {"x": 1}.values() == {"x": 1}.values())

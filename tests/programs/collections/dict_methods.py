d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d["b"])
print(d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
d.update({"x": 10}, y=20)
d.update([("z", 30)])
print(d)
print(d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
c = d.copy()
c["new"] = 1
print("new" in d, "new" in c)
c.clear()
print(c, len(c))
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0))
print(dict(a=1, b=2), dict([("k", "v"), ("k2", "v2")]), dict({"m": 1}, n=2), dict(zip("ab", [1, 2])))
e = {}
try:
    e.popitem()
except KeyError as ex:
    print("KeyError:", ex)
order = {}
for k in ["banana", "apple", "cherry"]:
    order[k] = len(k)
print(list(order), order)
order["apple"] = 0
print(list(order))
del order["banana"]
order["banana"] = 1
print(list(order))
print({1: "a", 1.0: "b", True: "c"})
print({**{"a": 1}, "b": 2} | {"c": 3}, {"a": 1} | {"a": 2})
m = {"a": 1}
m |= {"b": 2}
print(m, {"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
try:
    dict([1, 2])
except TypeError as ex:
    print("TypeError:", ex)
try:
    dict([("a", 1, 2)])
except ValueError as ex:
    print("ValueError:", ex)
print(list(reversed({"x": 1, "y": 2})))

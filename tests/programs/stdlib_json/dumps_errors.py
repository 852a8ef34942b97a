import json

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(json.dumps, object())
show(json.dumps, {1, 2})
show(json.dumps, b"bytes")
show(json.dumps, {(1, 2): 3})
show(json.dumps, {b"k": 3})
show(json.dumps, float("nan"), allow_nan=False)
show(json.dumps, [1.5, float("inf")], allow_nan=False)
show(json.dumps, {float("-inf"): 1}, allow_nan=False)
show(json.dumps, {2: 1, "a": 2}, sort_keys=True)

a = [1]
a.append(a)
show(json.dumps, a)
d = {}
d["self"] = d
show(json.dumps, d)
show(json.dumps, [d])

class Node:
    def __init__(self, v):
        self.v = v

def enc(o):
    if isinstance(o, Node):
        return {"node": o.v}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("cannot encode " + type(o).__name__)

show(json.dumps, [Node(1), Node([Node(2)]), {3, 1, 2}], default=enc)
show(json.dumps, [complex(1, 2)], default=enc)

class Loop:
    pass

def self_default(o):
    return o

show(json.dumps, Loop(), default=self_default)

class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)

show(json.dumps, {"s": {3, 2}}, cls=SetEncoder)
show(json.dumps, {"s": object()}, cls=SetEncoder)
show(SetEncoder(indent=1).encode, frozenset([1]))
show(json.dumps, "x", bogus=1)
e = json.JSONEncoder(sort_keys=True, separators=(",", ":"))
print(e.item_separator, e.key_separator, e.sort_keys, e.indent)
print(json.JSONEncoder().item_separator, repr(json.JSONEncoder(indent=2).item_separator))
print("".join(e.iterencode({"b": [1, 2], "a": None})))

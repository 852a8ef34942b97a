import json

data = {"name": "x", "items": [1, 2, {"deep": [[], {}, [3]]}], "empty": {}, "none": None}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, indent="--"))
print(json.dumps([1, [2, [3]]], indent=4, separators=(", ", ": ")))
print(json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps("str", indent=2), json.dumps(5, indent=2))
print(json.dumps({"a": 1}, indent=None))
print(repr(json.dumps([1, 2], indent=1)))
print(json.dumps({(1, 2): 1, "k": 2}, skipkeys=True, indent=2))
print(json.dumps({(1, 2): 1}, skipkeys=True, indent=2))
print(json.dumps({(1, 2): 1}, skipkeys=True))
print(json.dumps({(1, 2): 1, "a": [1]}, skipkeys=True))

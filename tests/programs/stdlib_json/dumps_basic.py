import json

print(json.dumps(None), json.dumps(True), json.dumps(False))
print(json.dumps(0), json.dumps(-12345678901234567890), json.dumps(3.5))
print(json.dumps(0.1), json.dumps(1e22), json.dumps(1e-7), json.dumps(-0.0))
print(json.dumps(float('inf')), json.dumps(float('-inf')), json.dumps(float('nan')))
print(json.dumps("hello"), json.dumps(""), json.dumps('a"b\\c'))
print(json.dumps("tab\tnl\ncr\rbs\bff\f\x00\x1f\x7f"))
print(json.dumps("caf\u00e9 \u20ac \U0001d11e"))
print(json.dumps("caf\u00e9 \u20ac \U0001d11e", ensure_ascii=False))
print(json.dumps("ctl\x01\x7f", ensure_ascii=False))
print(json.dumps([1, "two", 3.0, None, [True, False], {}]))
print(json.dumps((1, 2, (3,))))
print(json.dumps({"a": 1, "b": [1, 2], "c": {"d": None}}))
print(json.dumps({1: "int", 2.5: "float", True: "t", False: "f", None: "n"}))
print(json.dumps({}), json.dumps([]), json.dumps(()))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True))
print(json.dumps([1, {"a": 2}], separators=(",", ":")))
print(json.dumps({"a": [1, 2]}, separators=(" , ", " : ")))
print(json.dumps({"k\u00e9y": "v"}))
print(json.dumps({"k\u00e9y": "v"}, ensure_ascii=False))

class MyInt(int):
    def __repr__(self):
        return "MyInt!"
    def __str__(self):
        return "MyInt-str"

class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"

class MyStr(str):
    def __str__(self):
        return "other"

class MyDict(dict):
    pass

class MyList(list):
    pass

print(json.dumps([MyInt(7), MyFloat(2.5), MyStr("s")]))
print(json.dumps(MyDict(a=MyList([1, 2]))))
print(json.dumps({MyInt(3): 1, MyFloat(1.5): 2, MyStr("k"): 3}))

# Nested with repeated keys (key cache) and large data
rows = [{"id": i, "name": "n%d" % i, "ok": i % 2 == 0} for i in range(5)]
print(json.dumps(rows))
print(len(json.dumps([rows] * 50)))
print(json.dumps({"x": rows[:2]}, sort_keys=True, separators=(",", ":")))

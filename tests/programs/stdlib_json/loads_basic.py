import json

for text in ['null', 'true', 'false', '0', '-0', '12', '-7', '1.5', '-0.25',
             '1e3', '1E+3', '2.5e-3', '12345678901234567890', '1.7976931348623157e308',
             '"abc"', '""', '"a\\"b"', '"\\\\ \\/ \\b \\f \\n \\r \\t"',
             '"\\u00e9\\u20AC"', '"\\ud834\\udd1e"', '"caf\u00e9"',
             '[]', '[1, 2, [3, [4]]]', '{}', '{"a": 1, "b": [true, null]}',
             ' \t\n\r [ 1 , 2 ] \n', '{"a":1,"a":2}', 'NaN', 'Infinity', '-Infinity',
             '[-Infinity, NaN]', '{"nested": {"deep": {"deeper": []}}}']:
    v = json.loads(text)
    print(repr(text), '->', repr(v), type(v).__name__)

print(json.loads(b'{"bytes": [1, 2]}'))
print(json.loads(bytearray(b'[1]')))
print(json.loads(b'\xef\xbb\xbf{"bom": true}'))
print(json.loads('"\u00e9"'.encode('utf-8')))

# round trips
data = {"list": [1, 2.5, "x", None, True], "obj": {"k": "v\n"}, "uni": "\u00e9\u4e2d"}
print(json.loads(json.dumps(data)) == data)
print(json.loads(json.dumps(data, indent=2, sort_keys=True)) == data)
print(json.loads(json.dumps(data, ensure_ascii=False)) == data)
big = [{"id": i, "tags": ["t%d" % j for j in range(i % 4)], "score": i / 7} for i in range(200)]
print(json.loads(json.dumps(big)) == big)

# hooks
print(json.loads('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2, "a": 3}', object_pairs_hook=list))
print(json.loads('{"x": {"y": 1}}', object_pairs_hook=lambda p: ('pairs', p),
                 object_hook=lambda d: 'ignored'))
print(json.loads('[1.5, 2, 3e2]', parse_float=lambda s: 'F' + s))
print(json.loads('[1.5, 2, -30]', parse_int=lambda s: 'I' + s))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: 'C' + s))
print(json.loads('"tab\there"', strict=False))

class Decimalish:
    def __init__(self, s):
        self.s = s
    def __repr__(self):
        return "D(%s)" % self.s

print(json.loads('{"price": 10.25}', parse_float=Decimalish))

dec = json.JSONDecoder()
print(dec.decode('[1, 2]'))
print(dec.raw_decode('{"a": 1} trailing'))
print(dec.raw_decode('xx[2]', 2))

class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

class Reader:
    def __init__(self, text):
        self.text = text
    def read(self):
        return self.text

w = Writer()
json.dump({"a": [1, 2]}, w)
print("".join(w.parts))
w = Writer()
json.dump({"a": [1, 2]}, w, indent=2)
print("".join(w.parts))
print(json.load(Reader('{"loaded": [1]}')))
print(json.load(Reader('[1.5]'), parse_float=str))

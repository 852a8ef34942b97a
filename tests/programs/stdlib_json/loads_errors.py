import json

cases = ['', ' ', '[', ']', '{', '}', '[1,]', '[1 2]', '{"a":1,}', '{"a" 1}',
         '{"a":1 "b":2}', '{1: 2}', "{'a': 1}", '1 2', '[1] x', '-', '-x', '01',
         '1.', '.5', '1e', '1e+', 'nul', 'tru', 'NAN', '-Inf', '"abc', '"a\\',
         '"\\x"', '"\\u12"', '"\\u12g4"', '"\\u1234', '"a\x01b"', '"ok"\n\n  x',
         '[1,\n  2,\n  x]', '{"a": [1, {"b": }]}', '\ufeff[]', '[1, 2', '"\\ud834\\u12"',
         '{"a"', '{"a":', '[[[', 'True', 'None']
for text in cases:
    try:
        print(repr(text), 'OK', json.loads(text))
    except json.JSONDecodeError as e:
        print(repr(text), '->', e)
        print('   msg=%r pos=%d lineno=%d colno=%d' % (e.msg, e.pos, e.lineno, e.colno))

try:
    json.loads('[1, }')
except ValueError as e:
    print(type(e).__name__, isinstance(e, ValueError), e.doc)
    print(repr(e))
    print(e.args)

print(json.JSONDecodeError.__module__, json.JSONDecodeError.__mro__[1].__name__)
print(json.decoder.JSONDecodeError is json.JSONDecodeError)

for bad in [1, None, [1], 2.5]:
    try:
        json.loads(bad)
    except TypeError as e:
        print('TypeError:', e)

try:
    json.JSONDecoder().raw_decode('   1')
except json.JSONDecodeError as e:
    print(e)
try:
    json.loads('"x\ty"')
except json.JSONDecodeError as e:
    print(e)
e = json.JSONDecodeError("Custom", "line1\nline2\nline3", 14)
print(e, e.lineno, e.colno)

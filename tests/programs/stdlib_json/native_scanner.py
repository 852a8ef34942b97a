"""json decoding through the native accelerator (_json.scanstring and
_json.make_scanner, used by json.loads): values, unicode and escapes,
every error message with its position, hooks, numbers, and agreement with
the pure-Python scanner on valid documents."""

import json
import json.decoder
import json.scanner


def show_error(e):
    if isinstance(e, json.JSONDecodeError):
        return 'JSONDecodeError(%r, pos=%d, line=%d, col=%d) %s' % (
            e.msg, e.pos, e.lineno, e.colno, e)
    return '%s(%s)' % (type(e).__name__, e)


def loads(doc, **kw):
    try:
        r = json.loads(doc, **kw)
    except Exception as e:
        print('  ', ascii(doc)[:60], '->', show_error(e))
    else:
        print('  ', ascii(doc)[:60], '->', ascii(r))


print('values')
for doc in ['null', 'true', 'false', '0', '-0', '-0.0', '12', '-12',
            '3.25', '1e3', '1E3', '1e-3', '1.5e+3', '-2.5E-2', '""',
            '"abc"', '[]', '{}', '[[]]', '[{}]', '{"a": {}}',
            ' \t\n\r[ 1 , 2 ,\n 3 ] \r\n', '{ "a" : 1 , "b" : [ true , null ] }',
            '[1,[2,[3,[4,[5]]]]]', '{"a":{"b":{"c":{"d":[1,{"e":null}]}}}}',
            '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\u0000\\u001f\\u0041\\u00e9"',
            '"\\ud83d\\ude00"', '"\\uD83D\\uDE00x"', '"a\\ud834\\udd1eb"',
            '"\u00e9\u20ac\U0001f600"', '{"\u00e9": "\u20ac", "k\u00fc": [1]}',
            '[NaN, Infinity, -Infinity]', '[1e400, -1e400, 1e-400]',
            '123456789012345678', '1234567890123456789',
            '-9223372036854775808', '99999999999999999999999999999999',
            '-12345678901234567890123456789', '0.1', '1.7976931348623157e308',
            '5e-324', '[0, 00]', '01', '1.', '.5', '1e', '1e+', '1ex', '-',
            '-x', '- 1', '+1', '0x10', 'Infinityx', 'nul', 'tru', 'fals',
            'NaNa', '-Inf', '[1,2]x', '"x" "y"']:
    loads(doc)
print('astral length', len(json.loads('"\\ud83d\\ude00"')))
print('astral equal', json.loads('"\\ud83d\\ude00"') == '\U0001f600')

print('errors')
for doc in ['', ' ', '[', '[1,', '[1,]', '[1 2]', '[1', '{', '{"a"',
            '{"a" 1}', '{"a":', '{"a":}', '{"a":1,}', '{"a":1 "b":2}',
            '{"a":1', '{1:2}', "{'a':1}", '{"a":1}}', '"abc', '["abc',
            '{"abc', '"abc\\', '"a\x01b"', '"a\nb"', '"\t"', '"\x1f"',
            '"\\x"', '"ab\\q"', '"\\u12"', '"\\u12g4"', '"\\u0041',
            '"\\u004"', '"\\ud83d\\u12"', '"\\ud83d\\uzzzz"', '"\\',
            '[1, 2,\n 3,\n  x]', '{\n  "a": 1,\n  "b" 2\n}',
            '["\u00e9\u20ac", \u00e9]', '{"\u00e9\u20ac\U0001f600": 1,, }',
            '"\u00e9\u20ac\U0001f600\x02"', '"\u00e9\U0001f600\\z"',
            '\n\n  "\u00e9\n\u00e9', '[\u00e9\u00e9\u00e9\n\u00e9 1 2]']:
    loads(doc)

print('strict=False')
for doc in ['"a\nb"', '"\x00\x1f\t"', '{"k\n": "v\r"}']:
    loads(doc, strict=False)
    print('   decoder:', ascii(json.JSONDecoder(strict=False).decode(doc)))

print('hooks')
loads('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d.items()))
loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda p: p)
loads('{"b": 1, "a": 2}', object_pairs_hook=lambda p: p,
      object_hook=lambda d: 'never')
loads('[1, 2.5, 1e2, -7]', parse_int=lambda s: 'int:' + s,
      parse_float=lambda s: 'float:' + s)
loads('[1e400, -1e400, 123456789012345678901234567890]',
      parse_float=lambda s: ('F', s), parse_int=lambda s: ('I', s))
loads('[NaN, Infinity, -Infinity, 1e400]', parse_constant=lambda s: '<%s>' % s)
loads('[1, 2]', parse_int=float)
loads('[1.5]', parse_float=str)
seen = []
loads('[{"a": [1, {"b": 2}]}, {}]', object_hook=lambda d: seen.append(d) or len(d))
print('   hook order', seen)


def bad_hook(d):
    raise KeyError('hook failed')


loads('{"a": 1}', object_hook=bad_hook)
loads('[1]', parse_int=lambda s: 1 // 0)
loads('[NaN]', parse_constant={}.__getitem__)

print('memo')
r = json.loads('[{"key": 1}, {"key": 2}, {"key\\u0021": 3}, {"key!": 4}]')
k = [next(iter(d)) for d in r]
print('  ', k, k[0] is k[1], k[2] is k[3])

print('raw_decode and positions')
dec = json.JSONDecoder()
for doc, idx in [('["\u00e9\u20ac\U0001f600", 1] tail', 0), ('xx [1] yy', 3),
                 ('\u00e9\u00e9 {"\u00e9": "\u20ac"} \u00e9', 3),
                 ('\u00e9\u00e9 "\u00e9\\n\u20ac" \u00e9', 3), ('  1', 0),
                 ('\u00e9' * 200 + '[' + '"\u00e9",' * 100 + '1]', 200)]:
    try:
        print('  ', ascii(dec.raw_decode(doc, idx))[:80])
    except Exception as e:
        print('  ', show_error(e)[:100])

print('scan_once')
print('  ', json.scanner.make_scanner is json.scanner.c_make_scanner)
for scan in (json.scanner.c_make_scanner(json.JSONDecoder()),
             json.JSONDecoder(parse_int=str).scan_once):
    print('  ', scan('[1, 2] x', 0), scan('x {"a": true}', 2), scan('"\u00e9\u00e9" 1', 0))
    for doc, idx in [('abc', 1), ('abc', 3), ('', 0), ('  1', 0), ('[1,', 0),
                     ('{"a": ]', 0), ('x', -1), (b'1', 0), ('1', '0')]:
        try:
            print('  ', scan(doc, idx))
        except StopIteration as e:
            print('   StopIteration', e.value)
        except Exception as e:
            print('  ', show_error(e))

print('scanstring')
cs = json.decoder.c_scanstring
print('  ', json.decoder.scanstring is cs)
for args in [('"abc"', 1), ('"abc" tail', 1), ('"a\\nb"', 1),
             ('\u00e9"\u00fc\\n"', 2), ('"\u00e9\U0001f600" x', 1),
             ('"\\ud83d\\ude00"', 1), ('"a\tb"', 1, False), ('abc"', 0),
             ('x"abc"', 2)]:
    r = cs(*args)
    print('  ', ascii(args), '->', ascii(r), r == json.decoder.py_scanstring(*args))
for args in [('"abc"', 5), ('"abc', 1), ('"a\x01"', 1), ('"a\\x"', 1), ('"\\u00"', 1),
             ('"abc"', -1), ('"abc"', 6), ('"abc', 0), (b'"a"', 1),
             ('\u00e9\u00e9"\u00e9\x05"', 3), ('"\u00e9\\u12', 1)]:
    try:
        print('  ', ascii(args), '->', ascii(cs(*args)))
    except Exception as e:
        print('  ', ascii(args), '->', show_error(e))

print('pure and native scanners agree on valid documents')
docs = ['{"a": [1, 2.5, -3e2, true, false, null, "x\\u00e9\\n"], "b": {}}',
        '[{"k\u00e9": "v\u20ac", "n": [[], [[]], {"": ""}]}, 1e400, -0, 0.5]',
        ' [ "\\ud83d\\ude00" , "\U0001f600" , "\\"\\\\" ] ',
        '123456789012345678901234567890', '"\u00e9\u00e9\u00e9\\t"']
for doc in docs:
    for kw in ({}, {'object_pairs_hook': list}, {'parse_float': str, 'parse_int': str}):
        d1 = json.JSONDecoder(**kw)
        d2 = json.JSONDecoder(**kw)
        s1 = json.scanner.py_make_scanner(d1)
        s2 = json.scanner.c_make_scanner(d2)
        r1, r2 = s1(doc, doc.index(doc.strip()[0])), s2(doc, doc.index(doc.strip()[0]))
        print('  ', r1 == r2, ascii(r2)[:70])

print('bytes and str subclasses')
loads(b'{"a": [1, "\xc3\xa9"]}')
loads(b'\xef\xbb\xbf[1, "\xe2\x82\xac"]')
loads(bytearray(b'[1, {"\xc3\xa9": 2}]'))


class S(str):
    pass


loads(S('{"s": [1, 2]}'))
print('  ', json.scanner.c_make_scanner(json.JSONDecoder())(S('[1] '), 0))

print('deep nesting')
for doc in ['[' * 100000, '{"a":' * 100000, '[' * 50 + ']' * 50]:
    try:
        r = json.loads(doc)
        print('   ok', len(str(r)))
    except RecursionError as e:
        print('   RecursionError', e)

"""json encoding through the native accelerator (_json.make_encoder and
the string escapers, used by json.dumps): nesting, strings, numbers, keys,
options (indent, separators, sort_keys, skipkeys, ensure_ascii,
allow_nan, default, check_circular), errors, and agreement with the
pure-Python escapers."""

import io
import json
import json.encoder as E


def dumps(obj, **kw):
    try:
        r = json.dumps(obj, **kw)
    except Exception as e:
        print('   %s: %s' % (type(e).__name__, e))
    else:
        print('  ', ascii(r))


print('escapers')
for s in ['', 'abc', 'a"b\\c/d', '\x00\x01\x08\x09\x0a\x0c\x0d\x1f\x20\x7f',
          '\u00e9\u0100\u20ac\uffff', '\U0001f600\U00010000\U0010ffff',
          'mixed \u00e9 "q" \n \U0001f600 end']:
    a, u = E.c_encode_basestring_ascii(s), E.c_encode_basestring(s)
    print('  ', ascii(a), ascii(u), a == E.py_encode_basestring_ascii(s),
          u == E.py_encode_basestring(s))
print('  ', E.encode_basestring_ascii is E.c_encode_basestring_ascii,
      E.encode_basestring is E.c_encode_basestring)
for f in (E.c_encode_basestring_ascii, E.c_encode_basestring):
    for bad in (b'x', 1, None):
        try:
            f(bad)
        except TypeError as e:
            print('   TypeError:', e)

print('values')
for obj in [None, True, False, 0, -1, 10**30, -10**30, 2**62, -2**63, 0.0, -0.0,
            1.5, 0.1, 1e16, 1e22, 1e-7, 5e-324, 1.7976931348623157e308,
            float('inf'), float('-inf'), float('nan'), 'text', '\u00e9\U0001f600',
            [], {}, (), [[]], [{}], ((1, 2), [3]), {'a': {'b': {'c': [1, (2, 3)]}}},
            [None, True, False, 'x', 1, 2.5, [], {}]]:
    dumps(obj)
    dumps(obj, ensure_ascii=False)

print('subclasses')


class MyInt(int):
    def __repr__(self):
        return 'MyInt!'

    __str__ = __repr__


class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'

    __str__ = __repr__


class MyStr(str):
    def __str__(self):
        return 'MyStr!'


class MyList(list):
    pass


class MyDict(dict):
    pass


class ItemsDict(dict):
    def items(self):
        return [('z', 26), ('y', 25)]


dumps([MyInt(5), MyFloat(2.5), MyStr('s'), MyList([1, MyList()]), MyDict(a=MyInt(1))])
dumps({MyInt(3): 1, MyFloat(0.5): 2, MyStr('k'): 3})
dumps(ItemsDict(a=1))
dumps(ItemsDict())
dumps(ItemsDict(a=1), indent=1)
dumps([MyInt(5), MyFloat(2.5)], indent=2)

print('keys')
dumps({1: 'int', 2.5: 'float', True: 'true', False: 'false', None: 'null',
       'str': 's', -7: 'neg', 10**20: 'big'})
dumps({float('inf'): 1, float('-inf'): 2, float('nan'): 3})
dumps({float('inf'): 1}, allow_nan=False)
dumps({(1, 2): 'tuple'})
dumps({b'x': 'bytes'})
dumps({(1, 2): 'tuple', 'a': 1, frozenset(): 2, 'b': 2}, skipkeys=True)
dumps({(1, 2): 'tuple'}, skipkeys=True)
dumps({(1, 2): 'tuple'}, skipkeys=True, indent=2)
dumps({'\u00e9': '\u20ac'}, ensure_ascii=False)
dumps({'\u00e9': '\u20ac'})

print('sort_keys')
dumps({'b': 1, 'a': 2, 'C': 3, '\u00e9': 4, '\U0001f600': 5, 'aa': 6, '': 7}, sort_keys=True)
dumps({3: 'c', 1: 'a', 2: 'b'}, sort_keys=True)
dumps({2.5: 'x', 1: 'y'}, sort_keys=True)
dumps({1: 'a', 'b': 2}, sort_keys=True)
dumps({'b': {'y': 1, 'x': 2}, 'a': [{'d': 1, 'c': 2}]}, sort_keys=True, indent=1)

print('indent and separators')
data = {'a': [1, 2, {'b': None}], 'c': {}, 'd': [], 'e': 'x'}
for kw in [{'indent': 0}, {'indent': 2}, {'indent': -1}, {'indent': '\t'},
           {'indent': '--'}, {'indent': True}, {'separators': (',', ':')},
           {'separators': (' , ', ' : ')}, {'indent': 2, 'separators': (',', ': ')},
           {'indent': 3, 'sort_keys': True}, {'indent': 1.5}]:
    print('  ', kw)
    dumps(data, **kw)
dumps([[[]]], indent=2)
dumps([[[1]]], indent=2)
dumps('just a string', indent=4)
dumps(5, indent=4)

print('allow_nan')
for v in [float('nan'), [1.0, float('inf')], {'k': float('-inf')}]:
    dumps(v)
    dumps(v, allow_nan=False)

print('default')


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def point_default(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError('cannot encode %s' % type(o).__name__)


dumps([Point(1, 2), {3, 1, 2}, {'p': Point(Point(0, 0), None)}], default=point_default)
dumps([Point(1, 2)], default=point_default, indent=2)
dumps(object)
dumps([1, {'a': b'bytes'}])
dumps({1, 2})
dumps([Point(1, 2)], default=lambda o: o)
dumps([Point(1, 2)], default=lambda o: 1 // 0)
dumps(Point(1, 2), default=lambda o: [o.x, Point(o.y, 0) if o.y else 'end'])


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)


print('  ', PointEncoder().encode({'p': Point(3, 4)}))
print('  ', PointEncoder(indent=1).encode([Point(3, 4)]))
try:
    PointEncoder().encode([object()])
except TypeError as e:
    print('   TypeError:', e)

print('circular references')
lst = [1]
lst.append(lst)
dct = {'a': 1}
dct['self'] = dct
deep = [1, [2, [3]]]
deep[1][1].append(deep)
for obj in [lst, dct, deep, {'x': [dct]}]:
    dumps(obj)
    dumps(obj, indent=2)
shared = [1, 2]
dumps([shared, shared, {'s': shared}])
dumps([Point(0, 0)], default=lambda o: [o])
dumps(lst, check_circular=False)
dumps(dct, check_circular=False)

print('deep nesting')
d = []
for i in range(100000):
    d = [d]
o = {}
for i in range(100000):
    o = {'a': o}
for v in (d, o):
    for kw in ({}, {'indent': 2}):
        try:
            json.dumps(v, **kw)
        except RecursionError as e:
            print('   RecursionError', e)
ok = []
for i in range(50):
    ok = [i, {'k': ok}]
print('   ok', len(json.dumps(ok)))

print('c_make_encoder')
enc = E.c_make_encoder(None, str, E.c_encode_basestring_ascii, None, ':', ',',
                       False, False, True)
print('  ', type(enc).__name__, enc([1, {'a': (2, 'b\u00e9')}], 0))
enc = E.c_make_encoder({}, repr, E.c_encode_basestring, None, ': ', ', ',
                       True, True, False)
print('  ', enc({'b': 1, 'a': [object.__name__, '\u00e9'], 'c': object}, 0))
skip = E.c_make_encoder(None, repr, E.c_encode_basestring, None, ': ', ', ',
                        False, True, True)
print('  ', skip({'b': 1, (1,): 2, 'a': 3}, 0), skip([], 0), skip('s', 0))
try:
    enc([float('nan')], 0)
except ValueError as e:
    print('   ValueError:', e)
custom = E.c_make_encoder(None, str, lambda s: '<' + s + '>', None, '=', ';',
                          False, False, True)
print('  ', custom({'k': 'v', 1: 2.5, None: [True, 'x']}, 0))
bad = E.c_make_encoder(None, str, lambda s: 42, None, '=', ';', False, False, True)
try:
    bad(['x'], 0)
except TypeError as e:
    print('   TypeError:', e)
for args in [(1, str, E.c_encode_basestring, None, ':', ',', False, False, True),
             (None, str, E.c_encode_basestring, None, 1, ',', False, False, True),
             (None, str, E.c_encode_basestring, None, ':', b',', False, False, True)]:
    try:
        E.c_make_encoder(*args)
    except TypeError as e:
        print('   TypeError:', e)

print('JSONEncoder, iterencode and dump')
e = json.JSONEncoder(sort_keys=True, separators=(',', ':'))
print('  ', e.encode({'b': [1, 2], 'a': None}), ''.join(e.iterencode({'b': 1, 'a': 2})))
print('  ', json.JSONEncoder().encode('\u00e9"'), json.JSONEncoder(ensure_ascii=False).encode('\u00e9"'))
buf = io.StringIO()
json.dump({'k': [1, 2.5, None, '\u00e9']}, buf)
json.dump([1], buf, indent=1)
print('  ', ascii(buf.getvalue()))
print('  ', json.loads(json.dumps({'round': [1, 2.5, 'trip', {'\U0001f600': None}]})))

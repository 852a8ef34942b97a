# array's error messages: typecodes, overflow per type, wrong types,
# bounds and slice assignment.
from array import array


def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


for tc in 'bBhHiIlLqQ':
    for v in [-1, 128, 256, -129, 40000, -40000, 2 ** 31, -2 ** 31 - 1, 2 ** 32, 2 ** 63, 2 ** 64, -2 ** 63 - 1, 1.5, 'x']:
        attempt(tc + ' ' + repr(v), array, tc, [v])
for tc in 'fd':
    attempt(tc + ' str', array, tc, ['1'])
    attempt(tc + ' None', array, tc, [None])
    attempt(tc + ' huge', array, tc, [10 ** 400])
attempt("u int", array, 'u', [65])
attempt("u two chars", array, 'u', ['ab'])
attempt("bad typecode", array, 'x')
attempt("long typecode", array, 'ii')
attempt("int typecode", array, 3)
attempt("no args", array)
attempt("three args", array, 'i', [], 1)
attempt("keyword", array, 'i', initializer=[1])
attempt("str init", array, 'i', 'abc')
attempt("unicode array init", array, 'i', array('u', 'ab'))
attempt("bytes length", array, 'd', b'\x00' * 7)
attempt("not iterable", array, 'i', 5)
a = array('i', [1, 2, 3])
attempt("index", lambda: a[3])
attempt("neg index", lambda: a[-4])
attempt("str index", lambda: a['0'])
attempt("float index", lambda: a[1.0])
attempt("set index", a.__setitem__, 5, 1)
attempt("set wrong type", a.__setitem__, 0, 'x')
attempt("slice list", a.__setitem__, slice(0, 1), [1])
attempt("slice other code", a.__setitem__, slice(0, 1), array('h', [1]))
attempt("extended slice size", a.__setitem__, slice(None, None, 2), array('i', [1]))
attempt("del index", a.__delitem__, 10)
attempt("pop empty", array('i').pop)
attempt("pop range", a.pop, 5)
attempt("remove", a.remove, 42)
attempt("index missing", a.index, 42)
attempt("extend other", a.extend, array('d', [1.0]))
attempt("extend int", a.extend, 3)
attempt("fromlist tuple", a.fromlist, (1, 2))
attempt("fromlist bad", a.fromlist, [4, 'x'])
print(a)
attempt("frombytes str", a.frombytes, 'ab')
attempt("frombytes size", a.frombytes, b'\x00')
attempt("tounicode", a.tounicode)
attempt("fromunicode", a.fromunicode, 'x')
attempt("fromunicode int", array('u').fromunicode, 5)
attempt("concat list", lambda: a + [1])
attempt("concat code", lambda: a + array('h'))
attempt("iadd list", a.__iadd__, [1])
attempt("iadd code", a.__iadd__, array('h'))
attempt("mul float", lambda: a * 2.0)
attempt("rmul str", lambda: 'x' * a)
attempt("hash", hash, a)
attempt("lt other", lambda: a < [1])
attempt("lt mixed", lambda: array('i', [1]) < array('u', 'a'))
attempt("append none", a.append, None)
attempt("insert str", a.insert, 'x', 1)

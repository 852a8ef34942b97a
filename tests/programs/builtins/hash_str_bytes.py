# hash() of str, bytes and numbers under PYTHONHASHSEED=0 (CPython's
# SipHash-1-3 over the 1/2/4-byte representation of a str).

for s in ['', 'a', 'abc', 'hello world', 'x' * 7, 'x' * 8, 'x' * 9, 'a' * 100,
          'é', 'café', 'ÿ', '\x00', '\x80abc', 'Ā', 'ĀĀ', 'a\u0100', '中文',
          '\uffff', '😀', 'a😀', '😀é中', '\U0010ffff', 'naïve résumé']:
    print(repr(s), hash(s))
for b in [b'', b'a', b'ab', b'abcdefgh', b'abcdefghi', b'\x00', b'\xff' * 20,
          bytes(range(256))]:
    print(b[:10], hash(b))
print(hash('abc') == hash('ab' + 'c'), hash('é') == hash(b'\xe9'), hash('a') == hash(b'a'))
print(hash(-1), hash(-2), hash(2**61), hash(2**61 - 1), hash(-(2**61)), hash(2**100))
print(hash(1.5), hash(-0.5), hash(float('inf')), hash(float('-inf')), hash(1e300), hash(0.0))
print(hash((1, 'a', b'b')), hash(('', ())), hash(frozenset({'a', 'b', 'c'})))
print(hash(True), hash(complex(1.5, -2)))
d = {}
for w in ['apple', 'banana', 'cherry']:
    d[w] = hash(w) % 1000
print(d)


class S(str):
    pass


print(hash(S('abc')) == hash('abc'), hash(S('')))

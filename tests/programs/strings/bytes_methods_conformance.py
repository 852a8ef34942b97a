# bytes/bytearray methods: hex/fromhex, decode errors, translate, classification, split/strip,
# padding, search, construction, % formatting, and the bytearray mutators incl. slice assignment.
def T(*exprs):
    for s in exprs:
        try:
            r = eval(s)
            print(s, '->', repr(r))
        except Exception as e:
            print(s, '!!', type(e).__name__, e)
T("b'abc'.hex()","b'abcdef'.hex(':')","b'abcdef'.hex(':', 2)","b'abcdef'.hex(':', -2)","b'abcde'.hex(' ', 2)","b'abcde'.hex(b'-', -2)","b'abc'.hex('::')","b'abc'.hex('é')","b''.hex(':')","bytearray(b'ab').hex('.')","b'ab'.hex(sep='.', bytes_per_sep=1)",
  "bytes.fromhex('61 62')","bytes.fromhex('6162 ')","bytes.fromhex('6')","bytes.fromhex('zz')","bytes.fromhex(' 61\\t62\\n')","bytearray.fromhex('ff')","bytes.fromhex(b'61')",
  "b'\\xff'.decode()","b'\\xff'.decode('utf-8', 'replace')","b'\\xffab'.decode('ascii', 'ignore')","b'\\xffab'.decode('ascii', 'backslashreplace')","b'\\xff'.decode('latin-1')","b'\\xe9\\x00'.decode('utf-16-le')","b'\\xc3'.decode()","b'\\xc3\\xa9\\xff'.decode()","b'ab'.decode(errors='strict')","b'\\x80abc'.decode('utf-8', 'strict')",
  "b'abc'.translate(None, b'b')","b'abc'.translate(bytes(range(256))[::-1])","b'abc'.translate(b'x')","b'abc'.translate(None, delete=b'ac')","bytes.maketrans(b'ab', b'xy')[97:99]","bytes.maketrans(b'a', b'xy')","bytearray(b'abc').translate(None, b'a')",
  "b'abc'.isalpha()","b'ab1'.isalnum()","b'12'.isdigit()","b' \\t'.isspace()","b'Ab'.istitle()","b'AB'.isupper()","b'ab'.islower()","b'\\x80'.isascii()","b''.isalpha()",
  "b'a b  c'.split()","b'a,b,c'.split(b',', 1)","b'a,b,c'.rsplit(b',', 1)","b'a b c'.rsplit(None, 1)","b'  ab  '.strip()","b'xxabxx'.strip(b'x')","b'abc'.lstrip(b'a')","b'abc'.strip('a')","b'-'.join([b'a', bytearray(b'b'), memoryview(b'c')])","b'-'.join([b'a', 'b'])","b'ab'.center(6, b'*')","b'ab'.center(6, '*')","b'ab'.ljust(5)","b'ab'.rjust(5, b'x')","b'ab'.zfill(5)","b'-1'.zfill(4)",
  "b'ab\\ncd\\r\\n'.splitlines()","b'ab\\ncd\\r\\n'.splitlines(True)","b'a,b'.partition(b',')","b'a,b'.rpartition(b'x')","b'abc'.find(98)","b'abc'.index(b'c')","b'abc'.count(b'')","b'abc'.count(97)","b'abc'.replace(b'', b'-')","b'abcd'.removeprefix(b'ab')","b'abcd'.removesuffix(b'cd')","b'hello world'.title()","b'Hello'.swapcase()","b'hello'.capitalize()","b'a\\tb'.expandtabs(4)","b'abc'.startswith((b'a', b'x'))","b'abc'.endswith(b'c', 0, 2)","b'abc'.upper()","b'ABC'.lower()",
  "bytes(3)","bytes([1, 2])","bytes([256])","bytes(-1)","bytes('abc')","bytes('abc', 'ascii')","bytes(b'x')","bytes(bytearray(b'x'))","bytes(memoryview(b'xy'))","bytes(range(3))","bytes(1.5)","bytes(x for x in [65])","bytes.fromhex('41').decode()","bytes(encoding='ascii')",
  "b'abc'[1]","b'abc'[::-1]","b'abc'[-1:]","b'ab' + bytearray(b'c')","bytearray(b'c') + b'ab'","b'ab' * 3","b'%s %d %x %r' % (b'a', 3, 255, 'q')","b'%c' % 65","b'%c' % b'A'","b'%s' % 'str'","b'%a' % 'é'","b'%5b|' % b'ab'","b'ab' < b'b'","b'a' == bytearray(b'a')","b'a' in b'abc'","97 in b'abc'","256 in b'abc'","'a' in b'abc'",
  "bytearray(b'abc').pop()","bytearray(b'abc').pop(0)","bytearray().pop()","bytearray(b'abc').remove(98)","bytearray(b'abc').remove(120)",
)
def ba(code):
    b = bytearray(b'abcdef')
    try:
        exec(code, {'b': b})
        print(code, '=>', b)
    except Exception as e:
        print(code, '!!', type(e).__name__, e)
for c in ["b.append(65)", "b.append(256)", "b.append('a')", "b.extend(b'xy')", "b.extend([1,2])", "b.extend('ab')", "b.extend(range(3))", "b.insert(1, 66)", "b.insert(100, 66)", "b.insert(-100, 66)",
          "b.reverse()", "b.clear()", "b[1] = 255", "b[1] = 256", "b[1:3] = b'XYZ'", "b[1:3] = [1, 2, 3, 4]", "b[::2] = b'123'", "b[::2] = b'12'", "b[1:3] = 5", "b[1:2] = 'x'", "del b[::2]", "del b[1]", "del b[10]",
          "b += b'zz'", "b *= 2", "b *= 0", "b.remove(99)", "b[1:1] = bytearray(b'..')", "b[2:] = memoryview(b'mm')", "b[:] = b", "b.copy()", "b.__alloc__()", "b[-1] = -1", "b[0] = b'a'", "b.extend(5)", "b[1:4:-1] = b''", "b[4:1:-1] = b'xyz'", "b.__imul__(3)", "b.__iadd__(b'q')"]:
    ba(c)
print(bytearray(b'x').__alloc__() >= 2, bytearray().__alloc__())

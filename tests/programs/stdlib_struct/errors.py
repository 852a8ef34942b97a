# struct's error messages.
import struct


def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


for prefix in ['', '<', '>', '!', '=']:
    for code in 'bBhHiIlLqQ':
        for v in [-1, 256, 70000, 2 ** 32, 2 ** 63, 2 ** 64, -2 ** 63 - 1, 1.5, '1']:
            attempt(prefix + code + ' ' + repr(v), struct.pack, prefix + code, v)
for code in 'nNP':
    for v in [-1, 2 ** 63, 2 ** 64, -2 ** 63 - 1]:
        attempt(code + ' ' + repr(v), struct.pack, code, v)
    attempt('<' + code, struct.calcsize, '<' + code)
for fmt in ['e', '<e', 'f', '<f', 'd', '>d']:
    for v in [1e300, 65520.0, 'x', 10 ** 400]:
        attempt(fmt + ' ' + repr(v), struct.pack, fmt, v)
attempt("c str", struct.pack, 'c', 'a')
attempt("c long", struct.pack, 'c', b'ab')
attempt("c bytearray", struct.pack, 'c', bytearray(b'a'))
attempt("s str", struct.pack, '3s', 'abc')
attempt("p int", struct.pack, '3p', 5)
attempt("bad char", struct.calcsize, 'z')
attempt("repeat only", struct.calcsize, '12')
attempt("too long", struct.calcsize, '99999999999999999999i')
attempt("too many", struct.pack, 'i', 1, 2)
attempt("too few", struct.pack, 'ii', 1)
attempt("no format", struct.pack)
attempt("format int", struct.pack, 5)
attempt("Struct int", struct.Struct, 5)
attempt("Struct bad", struct.Struct, 'y')
attempt("Struct none", struct.Struct)
attempt("unpack size", struct.unpack, '<i', b'abc')
attempt("unpack str", struct.unpack, '<i', 'abcd')
attempt("unpack arity", struct.unpack, '<i')
attempt("unpack_from short", struct.unpack_from, '<i', b'\x00\x01\x02', 0)
attempt("unpack_from offset", struct.unpack_from, '<h', b'\x00\x01\x02\x03', 3)
attempt("unpack_from neg range", struct.unpack_from, '<h', b'\x00\x01\x02\x03', -5)
attempt("unpack_from neg data", struct.unpack_from, '<i', b'\x00\x01\x02\x03', -2)
buf = bytearray(8)
attempt("pack_into short", struct.pack_into, '<i', buf, 6, 1)
attempt("pack_into neg range", struct.pack_into, '<h', buf, -9, 7)
attempt("pack_into neg space", struct.pack_into, '<i', buf, -2, 7)
attempt("pack_into bytes", struct.pack_into, '<h', b'xxxx', 0, 1)
attempt("pack_into no buffer", struct.pack_into, '<h')
attempt("pack_into no offset", struct.pack_into, '<h', buf)
attempt("pack_into count", struct.pack_into, '<h', buf, 0)
attempt("iter_unpack size", struct.iter_unpack, '<h', b'\x01\x00\x02')
attempt("iter_unpack zero", struct.iter_unpack, '', b'')
attempt("calcsize none", struct.calcsize)

# pack/unpack/calcsize across byte orders and codes, with native
# alignment, repeat counts, strings and half floats.
import struct

print(struct.pack('<bBhHiIlLqQ', -1, 255, -2, 65535, -3, 2 ** 32 - 1, -4, 2 ** 32 - 2, -5, 2 ** 64 - 1))
print(struct.pack('>bBhHiIlLqQ', -1, 255, -2, 65535, -3, 2 ** 32 - 1, -4, 2 ** 32 - 2, -5, 2 ** 64 - 1))
print(struct.pack('!hi', 1, 2), struct.pack('=hi', 1, 2), struct.pack('@hi', 1, 2), struct.pack('hi', 1, 2))
print(struct.pack('nNP', -7, 7, 0))
print(struct.pack('<efd', 1.5, 0.1, 0.1), struct.pack('>efd', -2.0, 1e38, 1e300))
print(struct.pack('<e', 65504), struct.pack('<e', 6e-8), struct.pack('<e', 1e-8), struct.pack('<e', float('inf')), struct.pack('<e', -0.0))
print(struct.pack('?c3s4p2x', [], b'z', b'abcdef', b'xy'), struct.pack('5s', b'ab'), struct.pack('0s', b'q'))
print(struct.pack('<i', True), struct.pack('<?', 'nonempty'), struct.pack('<d', 3), struct.pack('f', 1e300))
for fmt in ['', 'c', 'ci', 'ic', '@ci', '=ci', '<ci', 'llh0l', 'c0i', 'bhilq', '3s', '10p', '5x', 'd c', ' i ', 'hhi', '!Q', 'e', '?', 'iic', 'cP']:
    print(repr(fmt), struct.calcsize(fmt))
data = struct.pack('<ihb3s?x', -1, 300, 7, b'abc', True)
print(data, struct.unpack('<ihb3s?x', data))
print(struct.unpack('>Q', b'\xff' * 8), struct.unpack('<q', b'\xff' * 8), struct.unpack('>h', b'\x80\x00'))
print(struct.unpack('<e', b'\x00\x3c'), struct.unpack('<e', b'\x01\x00'), struct.unpack('<e', b'\x00\xfc'), struct.unpack('<f', struct.pack('<f', 0.1)))
print(struct.unpack('5p', b'\x02abxx'), struct.unpack('3p', b'\x09ab'), struct.unpack('c?', b'a\x05'), struct.unpack('0s', b''))
print(struct.unpack('bi', struct.pack('bi', 1, 2)), struct.unpack('nN', struct.pack('nN', -1, 2 ** 64 - 1)))
print(struct.unpack('<4B', bytearray(b'\x01\x02\x03\x04')), struct.unpack(b'<H', b'\x01\x02'))
print(struct.unpack_from('<h', b'\x00\x01\x02\x03', 1), struct.unpack_from('<h', b'\x00\x01\x02\x03'), struct.unpack_from('<h', buffer=b'\x00\x01\x02\x03', offset=-2))
buf = bytearray(10)
struct.pack_into('<hh', buf, 2, 1, -1)
struct.pack_into('>I', buf, -4, 0xdeadbeef)
print(buf)
print(list(struct.iter_unpack('<hb', b'\x01\x00\x02\x03\x00\x04')))
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it))


class Idx:
    def __index__(self):
        return 9


print(struct.pack('<iB', Idx(), Idx()), struct.pack('<d', Idx()))
from array import array
print(struct.unpack('<hh', array('h', [5, -5])))
arr = array('b', [0, 0, 0, 0])
struct.pack_into('<h', arr, 1, 0x0102)
print(arr)

# array construction, reprs, typecodes, item sizes and conversions.
from array import array, typecodes, ArrayType

print(typecodes, ArrayType is array, array.__name__, array.__module__, array)
for tc in typecodes:
    a = array(tc)
    print(tc, a.typecode, a.itemsize, repr(a), len(a), a.tolist())
print(array('d', [1, 2.5, -0.0]), array('f', [0.1, 1e39, -1e39]), array('i', range(5)))
print(array('b', b'\x01\xff'), array('B', bytearray(b'xy')), array('h', iter([3, -3])))
print(array('u', 'héllo'), array('u', ['a', 'b']), array('d', array('i', [1, 2])))
print(array('Q', [2 ** 64 - 1]), array('q', [-2 ** 63]), array('L', [2 ** 63]), array('l', [-1]))
print(array('d', b'\x00\x00\x00\x00\x00\x00\xf0?'), array('H', b'\x01\x00\x02\x00'))
print(array('d', [float('inf'), float('nan'), 1e308]), array('f', [1 / 3])[0])
print(array('i', [True, False]), array('d', [True]), array('B', [0, 255]))
a = array('d', [1.0, 2.0, 3.5])
print(str(a), repr(a), a.tobytes(), a.tolist(), list(a), tuple(a))
print(array('u', 'xyz').tounicode(), array('u').tounicode(), array('B', b'abc').tobytes())
print(bool(array('i')), bool(array('i', [0])), len(array('h', [1, 2, 3])))
print(type(a).__name__, isinstance(a, array), a.buffer_info()[1])


class Samples(array):
    def mean(self):
        return sum(self) / len(self)


s = Samples('d', [1.0, 2.0, 4.5])
print(s, s.mean(), type(s[:2]).__name__, type(s + s).__name__, isinstance(s, array))
print(array('i', [1, 2]).__copy__(), array('i', [3]).__deepcopy__({}))

# The Struct class: format, size, methods; reuse across calls.
import struct

s = struct.Struct('<i2h')
print(s.format, s.size, type(s).__name__)
packed = s.pack(1, 2, 3)
print(packed, s.unpack(packed), s.unpack_from(b'xx' + packed, 2), s.unpack_from(buffer=packed))
buf = bytearray(12)
s.pack_into(buf, 4, -1, -2, -3)
print(buf, list(s.iter_unpack(packed * 3)))
print(struct.Struct(b'>q').format, struct.Struct('@ci').size, struct.Struct(format='xx').size)
records = [(i, i * i, -i) for i in range(4)]
blob = b''.join(s.pack(*r) for r in records)
print(len(blob), [s.unpack_from(blob, k * s.size) for k in range(4)] == records)


class Point(struct.Struct):
    def __init__(self):
        super().__init__('<dd')

    def encode(self, x, y):
        return self.pack(x, y)


p = Point()
print(p.size, p.encode(1.5, -2.0), p.unpack(p.encode(0.25, 8)))
print(struct.error.__name__, struct.error.__module__, issubclass(struct.error, Exception))
try:
    s.pack(1)
except struct.error as e:
    print("error:", e)

# memoryview over bytes and bytearray.
def T(*exprs):
    for s in exprs:
        try:
            print(s, '->', repr(eval(s)))
        except Exception as e:
            print(s, '!!', type(e).__name__, e)

m = memoryview(b'abcdef')
ba = bytearray(b'hello world')
w = memoryview(ba)
T("m[1]", "m[-1]", "m[1:4].tobytes()", "m[::2].tobytes()", "m[::-1].tobytes()", "m[::-2].tolist()", "len(m)",
  "m.nbytes", "m.readonly", "w.readonly", "m.format", "m.itemsize", "m.ndim", "m.shape", "m.strides", "m.suboffsets",
  "m.c_contiguous", "m[::2].contiguous", "m[::2].strides", "m.obj", "m == b'abcdef'", "m == bytearray(b'abcdef')",
  "m == m[:]", "m[1:3] == b'bc'", "m == 'abcdef'", "m != b'x'", "m.hex()", "m.hex(':')", "m.hex('-', 2)",
  "bytes(m[2:])", "bytearray(m[:2])", "b''.join([m[:1], b'-'])", "b'x' + m[:2]", "m[10]", "m[-10]", "m['a']",
  "m[1.5]", "m[1, 2]", "memoryview('abc')", "memoryview(5)", "memoryview(object=b'q').tobytes()", "list(m[:3])",
  "hash(m) == hash(b'abcdef')", "hash(w)", "m.tolist()", "m < m", "m * 2", "97 in m", "type(m).__name__",
  "memoryview(b'\\x01\\x00\\x02\\x00').cast('H').tolist()", "memoryview(b'\\x01\\x00\\x00\\x00').cast('i').tolist()",
  "memoryview(b'abc').cast('c').tolist()", "memoryview(b'\\xff').cast('b')[0]", "memoryview(b'abc').cast('I')",
  "memoryview(b'abcd').cast('I').cast('H')", "memoryview(b'abcd').cast('x')", "memoryview(b'abcd')[::2].cast('B')",
  "memoryview(b'abcd').cast('I').nbytes", "memoryview(b'abcd').cast('B', shape=[4]).shape",
  "memoryview(b'\\x00' * 8).cast('d').tolist()", "memoryview(b'\\x01\\x00').cast('?').tolist()",
  "int.from_bytes(memoryview(b'\\x01\\x02'), 'big')", "str(memoryview(b'abc'), 'ascii')", "b'%s' % memoryview(b'zz')",
)
w[0] = 72
print(ba)
w[1:3] = b'EL'
print(ba)
T("w.__setitem__(0, 300)", "w.__setitem__(0, 'a')", "w.__setitem__(slice(0, 2), b'abc')", "m.__setitem__(0, 1)",
  "w.__delitem__(0)")
w2 = w[:10].cast('H')
w2[0] = 0x4142
print(ba)
ro = w.toreadonly()
T("ro.readonly", "ro.__setitem__(0, 1)", "hash(ro) == hash(bytes(ro))")
with memoryview(b'xyz') as q:
    print(q.tobytes())
T("q.tobytes()", "q.nbytes", "len(q)", "q[0]", "q == q", "q == b'xyz'")
print(repr(q).startswith('<released memory at 0x'), repr(m).startswith('<memory at 0x'))
m.release()
m.release()
T("m.tolist()", "m.format", "m.__enter__()")

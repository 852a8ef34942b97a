b = b"hello world"
print(b[0], b[-1], b[1:5], b[::-1], type(b[0]).__name__, type(b[0:1]).__name__)
print(len(b), b.upper(), b.split(), b.split(b"o"), b.find(b"wor"), b.find(b"xyz"), b.count(b"o"))
print(b.replace(b"world", b"there"), b.startswith(b"he"), b.endswith(b"ld"), b.strip(b"hd"))
print(b" ".join([b"a", b"b", b"c"]), b"-".join([]), b.hex(), bytes.fromhex("48656c6c6f"), b"\x00\xff".hex())
print(list(b"abc"), bytes([65, 66, 67]), bytes(3), bytes(range(5)), bytes("é", "utf-8"))
print(b"abc" + b"def", b"ab" * 3, b"a" in b"abc", 97 in b"abc", b"abc" < b"abd", b"abc" == b"abc")
print(b"Hello".decode(), b"caf\xc3\xa9".decode("utf-8"), b"hello".index(b"l"), b"a,b".partition(b","))
print(repr(b"\n\t\\'\""), repr(b"\x7f\x80"), bytes(b"copy"), b"abc".isalpha(), b"123".isdigit())
ba = bytearray(b"abc")
ba.append(100)
ba[0] = 65
ba.extend(b"ef")
print(ba, len(ba), bytes(ba), ba.decode(), ba[1], ba[1:3])
ba2 = bytearray(3)
print(ba2, bytearray([1, 2]) + b"\x03")
del ba[0]
print(ba, ba.pop(), ba)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
print(b"%s-%d" % (b"x", 5), b"abc".center(7, b"*"), b"AbC".lower(), b"a b".title())
print(int.from_bytes(b"\x01\x00", "big"), (258).to_bytes(2, "little"), b"x".zfill(3))

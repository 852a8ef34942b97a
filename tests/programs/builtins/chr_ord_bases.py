print(chr(65), chr(97), chr(48), chr(0x1F600), repr(chr(0)), repr(chr(10)))
print(ord("A"), ord("a"), ord("0"), ord("€"), ord("\n"), ord(b"A"))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""), lambda: chr("a")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(2 ** 70))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
print(int(hex(12345), 16), int(bin(99), 2), int(oct(77), 8))
print((255).bit_length(), (0).bit_length(), (-256).bit_length(), (2 ** 100).bit_length())

# str classification and case mapping across the Unicode range (every 97th
# code point, plus known special cases), as CPython 3.11's Unicode 14 tables.
specials = [0xDF, 0x130, 0x131, 0x149, 0x17F, 0x1C4, 0x1C5, 0x1C6, 0x1F0, 0x345, 0x390, 0x3A3, 0x3C2, 0x587,
            0x10D1, 0x13F8, 0x1E9E, 0x1F80, 0x1F88, 0x1FB3, 0x1FBC, 0x2160, 0x2460, 0x24B6, 0x3007, 0x4E00,
            0xAB70, 0xFB00, 0xFB05, 0xFF10, 0x10400, 0x1D7CE, 0x1E900, 0x1F100, 0x0711, 0x093F, 0x0E31, 0x019B,
            0x0264, 0xA7C0, 0x1E030]
count = 0
for c in list(range(0, 0x30000, 97)) + specials:
    if 0xD800 <= c < 0xE000:
        continue
    ch = chr(c)
    flags = ''.join('1' if f() else '0' for f in (ch.isalpha, ch.isdigit, ch.isdecimal, ch.isnumeric, ch.isspace,
                                                  ch.isprintable, ch.isidentifier, ch.islower, ch.isupper,
                                                  ch.istitle, ch.isalnum))
    m = (ch.upper(), ch.lower(), ch.title(), ch.casefold(), ch.swapcase())
    if flags != '00000000000' or any(x != ch for x in m):
        count += 1
        print('%x %s %s' % (c, flags, ascii(m)))
print(count)
words = ['ΣΑΣ ΟΔΟΣ.', 'straße', 'ﬁne ﬂow', 'ǆemal ǉubav', 'İstanbul', 'ᾀ ᾈ', 'ბა', 'hello wORLD', "they're",
         'Σ', 'aΣ', 'aΣb', 'ΑΣ.', 'ŉ ǰ', 'ꭰꭱ', '𐐨𐐩']
for w in words:
    print(ascii((w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold(), w.istitle(),
                 w.isupper(), w.islower())))

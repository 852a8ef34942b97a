# The utf-16 / utf-32 (BOM, -le, -be) and cp1252 codecs and their errors.
def T(*exprs):
    for s in exprs:
        try:
            print(s, '->', repr(eval(s)))
        except Exception as e:
            print(s, '!!', type(e).__name__, e)

for s in ['abc', 'é€', '\U0001f600x', '']:
    for enc in ['utf-16', 'utf-16-le', 'UTF-16BE', 'utf-32', 'utf_32_le', 'utf-32-be', 'cp1252', 'windows-1252']:
        T(f"{s!r}.encode({enc!r})", f"{s!r}.encode({enc!r}, 'replace')", f"{s!r}.encode({enc!r}, 'xmlcharrefreplace')")
for b in [b'\xff\xfea\x00', b'\xfe\xff\x00a', b'a\x00b\x00', b'a\x00b', b'\x00\xd8\x00\xdc', b'\x00\xd8a\x00',
          b'\x00\xdc', b'=\xd8\x00\xde', b'\x80\x81\x9f\xe9', b'\xff\xfe\x00\x00a\x00\x00\x00',
          b'a\x00\x00\x00\x00\x00\x11\x00']:
    for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'cp1252']:
        T(f"{b!r}.decode({enc!r})", f"{b!r}.decode({enc!r}, 'replace')", f"{b!r}.decode({enc!r}, 'ignore')",
          f"{b!r}.decode({enc!r}, 'backslashreplace')")
T("'€'.encode('cp1252').decode('cp1252')", "str(b'a\\x00', 'utf-16-le')", "'ab'.encode('utf16')")
try:
    b'a\x00\xd8'.decode('utf-16-le')
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason, e.object)

s = "naïve café ☕"
b = s.encode("utf-8")
print(b, len(s), len(b), b.decode("utf-8") == s)
print("abc".encode(), "abc".encode("ascii"), "é".encode("latin-1"))
print(s.encode("ascii", "replace"), s.encode("ascii", "ignore"), s.encode("ascii", "backslashreplace"))
print(b"\xff\xfeab".decode("utf-8", "replace"), b"\xffab".decode("utf-8", "ignore"), b"\xe9".decode("latin-1"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e.reason, e.start, e.end)
try:
    b"\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(bytes("hi", "utf-8"), str(b"hi", "utf-8"), str(b"hi"))
print("€".encode("utf-8"), list("€".encode("utf-8")), bytes([226, 130, 172]).decode())
print(len("😀"), len("😀".encode("utf-8")), "😀".encode("utf-8"))

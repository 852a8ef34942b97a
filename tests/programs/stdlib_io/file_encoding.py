# Encodings and error handlers of text files.
import _tmpdir

_tmpdir.enter()
try:
    with open("u.txt", "w", encoding="utf-8") as f:
        print(f.encoding, f.write("héllo wörld €\n"), f.write("日本語\n"))
    print(open("u.txt", "rb").read())
    with open("u.txt", encoding="utf-8") as f:
        print(f.read(3), f.tell(), repr(f.readline()), f.tell(), repr(f.read()))

    with open("l.txt", "w", encoding="latin-1") as f:
        print(repr(f), f.write("café ÿ"))
    print(open("l.txt", "rb").read(), repr(open("l.txt", encoding="latin-1").read()))
    print(repr(open("l.txt", encoding="iso-8859-1").read()))

    try:
        open("l.txt").read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
    print(repr(open("l.txt", errors="replace").read()))
    print(repr(open("l.txt", errors="ignore").read()))
    try:
        open("l.txt", encoding="ascii").read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
    print(repr(open("l.txt", encoding="ascii", errors="replace").read()))

    for errors in ["strict", "replace", "ignore"]:
        try:
            with open("a.txt", "w", encoding="ascii", errors=errors) as f:
                print(errors, f.errors, f.write("naïve €"))
        except UnicodeEncodeError as e:
            print(errors, type(e).__name__, e)
        print(" ", open("a.txt", "rb").read())

    # Multi-byte characters across the read chunk boundary.
    text = ("a" * 8190 + "€é\n") * 3
    with open("big.txt", "w", encoding="utf-8") as f:
        f.write(text)
    with open("big.txt", encoding="utf-8") as f:
        lines = f.readlines()
    print(len(lines), [len(l) for l in lines], lines[1][-3:] == "€é\n")
    with open("big.txt", encoding="utf-8") as f:
        chunks = []
        while True:
            c = f.read(5000)
            if not c:
                break
            chunks.append(len(c))
        print(chunks, sum(chunks) == len(text))

    try:
        open("u.txt", encoding="no-such-codec")
    except LookupError as e:
        print(type(e).__name__, e)
    with open("u.txt", encoding="UTF8") as f:
        print(f.encoding, repr(f)[:28])
finally:
    _tmpdir.leave()

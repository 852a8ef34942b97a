"""String building: concatenation, join, formatting, slicing, methods."""


def build(n):
    parts = []
    for i in range(n):
        parts.append("item%d" % i)
        parts.append(f"<{i:05d}>")
        parts.append(str(i * 3).rjust(6, "."))
    return "".join(parts)


def churn(text):
    total = 0
    for word in text.split("<"):
        w = word.replace(">", "").upper()
        total += len(w) + w.count("ITEM") + (w.find("7") + 1)
    return total


def concat(n):
    s = ""
    for i in range(n):
        s += chr(97 + i % 26)
    return s


def main():
    checksum = 0
    for _ in range(5):
        text = build(20000)
        checksum += len(text) + churn(text)
        s = concat(50000)
        checksum += s.count("abc") + len(s[::7])
    print("strings checksum", checksum)


main()

text = "Mississippi"
counts = {}
for ch in text:
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
print([i for i, c in enumerate(text) if c == "s"])
vowels = sum(1 for c in text.lower() if c in "aeiou")
print("vowels:", vowels)
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
for p in ["A man, a plan, a canal: Panama", "hello", "No 'x' in Nixon", ""]:
    print(repr(p), is_palindrome(p))
def caesar(s, k):
    out = []
    for c in s:
        if c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append("%d%s" % (j - i, s[i]))
        i = j
    return "".join(out)
print(rle("aaabccddddde"), rle(""), rle("x"))
print(list(zip("abc", "xyz")), list(map(str.upper, "ab")), list(reversed("abc")))

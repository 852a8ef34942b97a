"""Word frequency counting over an embedded text, with a small report."""

TEXT = """
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair, we had
everything before us, we had nothing before us, we were all going direct to
Heaven, we were all going direct the other way -- in short, the period was so
far like the present period, that some of its noisiest authorities insisted on
its being received, for good or for evil, in the superlative degree of
comparison only.
"""

STOPWORDS = ("the", "of", "it", "was", "we", "in", "to", "or", "for", "so", "on", "its", "that", "us")

def words(text):
    out = []
    word = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            word.append(ch)
        elif word:
            out.append("".join(word))
            word = []
    if word:
        out.append("".join(word))
    return out

def count(ws):
    freq = {}
    for w in ws:
        freq[w] = freq.get(w, 0) + 1
    return freq

ws = words(TEXT)
freq = count(ws)
print("total words:", len(ws), "distinct:", len(freq))
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print("top 10:")
for w, n in top[:10]:
    print("  %-12s %3d %s" % (w, n, "#" * n))
content = [(w, n) for w, n in top if w not in STOPWORDS]
print("top content words:", content[:8])
by_length = {}
for w in freq:
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))
longest = max(freq, key=lambda w: (len(w), w))
print("longest:", longest)
bigrams = {}
for a, b in zip(ws, ws[1:]):
    key = a + " " + b
    bigrams[key] = bigrams.get(key, 0) + 1
print("top bigrams:", sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
lines = [l for l in TEXT.splitlines() if l.strip()]
print("lines:", len(lines), "avg words/line: %.2f" % (sum(len(words(l)) for l in lines) / len(lines)))
letters = count(c for c in TEXT.lower() if c.isalpha())
print("letters:", "".join(c for c, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:12]))
caps = [w for w in TEXT.split() if w[:1].isupper()]
print("capitalized:", caps)

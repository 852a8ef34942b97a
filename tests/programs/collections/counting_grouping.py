text = "the quick brown fox jumps over the lazy dog the end"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
by_len = {}
for w in sorted(set(text.split())):
    by_len.setdefault(len(w), []).append(w)
print(sorted(by_len.items()))
letters = {}
for ch in text.replace(" ", ""):
    letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
print(len(letters), sorted(set("abcdefghijklmnopqrstuvwxyz") - set(letters)))
pairs = [("fruit", "apple"), ("veg", "kale"), ("fruit", "fig"), ("veg", "leek"), ("nut", "pecan")]
groups = {}
for k, v in pairs:
    groups.setdefault(k, []).append(v)
print(groups)
inverted = {}
for k, vs in groups.items():
    for v in vs:
        inverted[v] = k
print(sorted(inverted.items()))
nums = [5, 3, 8, 1, 9, 2, 7]
print(sum(nums) / len(nums), sorted(nums)[len(nums) // 2], max(nums) - min(nums))
evens, odds = [], []
for n in nums:
    (evens if n % 2 == 0 else odds).append(n)
print(evens, odds)

records = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35), ("frank", 30)]
by_age = sorted(records, key=lambda r: r[1])
print(by_age)
by_age_desc = sorted(records, key=lambda r: r[1], reverse=True)
print(by_age_desc)
two_pass = sorted(sorted(records, key=lambda r: r[0], reverse=True), key=lambda r: r[1])
print(two_pass)
print(sorted(records, key=lambda r: (-r[1], r[0])))
data = [3, 1, 2]
print(sorted(data), data, sorted(data, reverse=True))
print(sorted("bca"), sorted((3, 2, 1)), sorted({3: "x", 1: "y"}), sorted({5, 2, 8}))
print(sorted([1.5, 1, True, 0, -2]))
print(sorted([[2, 1], [1, 2], [1, 1], [2]]))
class Item:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return "%d%s" % (self.k, self.tag)
items = [Item(2, "a"), Item(1, "b"), Item(2, "c"), Item(1, "d")]
print(sorted(items), sorted(items, reverse=True))
items.sort(key=lambda i: i.tag, reverse=True)
print(items)
print(sorted([], key=len), sorted([5]), sorted(["B", "a", "C"], key=str.lower))
try:
    sorted([1, 2], key=lambda x: None)
except TypeError as e:
    print("TypeError:", e)

"""Huffman coding: build a tree with a hand-written heap, encode, decode, report sizes."""

class Node:
    __slots__ = ("freq", "symbol", "left", "right", "order")
    def __init__(self, freq, symbol=None, left=None, right=None, order=0):
        self.freq, self.symbol, self.left, self.right, self.order = freq, symbol, left, right, order
    def __lt__(self, other):
        return (self.freq, self.order) < (other.freq, other.order)

class MinHeap:
    def __init__(self):
        self.items = []
    def push(self, x):
        items = self.items
        items.append(x)
        i = len(items) - 1
        while i > 0:
            p = (i - 1) // 2
            if items[i] < items[p]:
                items[i], items[p] = items[p], items[i]
                i = p
            else:
                break
    def pop(self):
        items = self.items
        top = items[0]
        last = items.pop()
        if items:
            items[0] = last
            i = 0
            n = len(items)
            while True:
                smallest = i
                for c in (2 * i + 1, 2 * i + 2):
                    if c < n and items[c] < items[smallest]:
                        smallest = c
                if smallest == i:
                    break
                items[i], items[smallest] = items[smallest], items[i]
                i = smallest
        return top
    def __len__(self):
        return len(self.items)

def build_tree(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    heap = MinHeap()
    order = 0
    for ch in sorted(freq):
        heap.push(Node(freq[ch], ch, order=order))
        order += 1
    if len(heap) == 1:
        only = heap.pop()
        return Node(only.freq, None, only, None, order), freq
    while len(heap) > 1:
        a = heap.pop()
        b = heap.pop()
        heap.push(Node(a.freq + b.freq, None, a, b, order))
        order += 1
    return heap.pop(), freq

def codes(node, prefix="", table=None):
    if table is None:
        table = {}
    if node is None:
        return table
    if node.symbol is not None:
        table[node.symbol] = prefix or "0"
        return table
    codes(node.left, prefix + "0", table)
    codes(node.right, prefix + "1", table)
    return table

def encode(text, table):
    return "".join(table[ch] for ch in text)

def decode(bits, root):
    out = []
    node = root
    for b in bits:
        node = node.left if b == "0" else node.right
        if node.symbol is not None:
            out.append(node.symbol)
            node = root
    return "".join(out)

def pack(bits):
    padded = bits + "0" * (-len(bits) % 8)
    return bytes(int(padded[i:i + 8], 2) for i in range(0, len(padded), 8))

for text in ["abracadabra", "aaaaaaa", "the quick brown fox jumps over the lazy dog",
             "mississippi river " * 3]:
    root, freq = build_tree(text)
    table = codes(root)
    bits = encode(text, table)
    assert decode(bits, root) == text
    print(repr(text[:30]), "distinct=%d bits=%d bytes=%d ratio=%.3f" % (
        len(freq), len(bits), len(pack(bits)), len(bits) / (8 * len(text))))
    for ch in sorted(table, key=lambda c: (len(table[c]), c))[:6]:
        print("   %r:%d %s" % (ch, freq[ch], table[ch]))
root, _ = build_tree("abracadabra")
print(pack(encode("abracadabra", codes(root))).hex(), decode(encode("cab", codes(root)), root))

"""Dict-heavy code: counting, grouping, lookups with string and int keys,
deletion and iteration."""


def word_counts(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def group_by_len(words):
    groups = {}
    for w in words:
        groups.setdefault(len(w), []).append(w)
    return groups


def main():
    words = ["w%d" % (i * 7919 % 5003) for i in range(60000)]
    checksum = 0
    for _ in range(5):
        counts = word_counts(words)
        checksum += len(counts) + max(counts.values())
        groups = group_by_len(words)
        checksum += sum(len(v) for v in groups.values())
        squares = {i: i * i for i in range(50000)}
        for i in range(0, 50000, 3):
            del squares[i]
        checksum += sum(squares[k] for k in squares if k % 5 == 0) % 1000003
    print("dicts checksum", checksum)


main()

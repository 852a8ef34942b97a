# Star patterns in sequence patterns capture a list of the middle items.
def split(x):
    match x:
        case [first, *middle, last]:
            return first, middle, last
        case [*everything]:
            return ("only", everything)
        case _:
            return None

for v in [[1], [1, 2], [1, 2, 3, 4], (5, 6, 7), range(4), "no"]:
    print(repr(v), split(v))

match (1, 2, 3):
    case [*head, tail]:
        print("head", head, type(head).__name__, "tail", tail)

match [1, 2, 3]:
    case [h, *t]:
        print("h", h, "t", t)

match []:
    case [*s]:
        print("empty star", s)

# *_ does not build a list; items are fetched by index (negative indices
# are computed from len()).
class Tracing(list):
    def __getitem__(self, i):
        print("  getitem", i)
        return list.__getitem__(self, i)
    def __len__(self):
        print("  len")
        return list.__len__(self)
    def __iter__(self):
        print("  iter")
        return list.__iter__(self)

print("star wildcard:")
match Tracing([10, 20, 30, 40]):
    case [a, *_, b]:
        print("a", a, "b", b)

print("named star:")
match Tracing([10, 20, 30, 40]):
    case [a, *m, b]:
        print("a", a, "m", m, "b", b)

print("only wildcards:")
match Tracing([1, 2]):
    case [_, _]:
        print("two items")

print("length too short:")
match Tracing([1]):
    case [a, *_, b]:
        print("unexpected")
    case _:
        print("no match")

# Star in different positions.
for pat_input in [[1, 2, 3, 4, 5]]:
    match pat_input:
        case [*_, 4, 5]:
            print("ends with 4, 5")
    match pat_input:
        case [1, *_, 3] if False:
            pass
        case [1, 2, *rest]:
            print("starts with 1, 2; rest", rest)

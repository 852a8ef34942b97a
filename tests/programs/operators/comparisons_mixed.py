print(1 == 1.0, 1 == True, 0 == False, 2 == 2 + 0j, 1 < 1.5, 2 > True)
print("a" == "a", "a" != "b", "abc" < "abd", "Z" < "a", "" < "a", "ab" < "abc")
print([1, 2] == [1, 2], [1, 2] == (1, 2), (1, 2) < (1, 2, 0), [3] > [2, 9])
print({1: 2} == {1: 2}, {1, 2} == {2, 1}, {1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, frozenset({1}) == {1})
print(None == None, None is None, None == 0, 1 != None)
print(float("nan") == float("nan"), 10 ** 30 == 1e30, 10 ** 30 < 1e30 + 1, 2 ** 53 + 1 > 2.0 ** 53)
for a, b in [(1, "1"), ("a", 1), ([], ()), (None, 0), ({}, {}), (1j, 1)]:
    try:
        print(repr(a), "<", repr(b), a < b)
    except TypeError as e:
        print("TypeError:", e)
print(1 == "1", [] == (), "a" != 1)
print(b"abc" == b"abc", b"a" < b"b", b"a" == "a")
print(max(1, 2.5, True), min([3, 1.5, 2]))
print(range(0) == range(2, 2), range(3) == range(0, 3, 1), [0, 1, 2] == list(range(3)))

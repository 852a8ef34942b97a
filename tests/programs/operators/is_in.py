a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a is b, a is c, a is not c, a == c)
print(None is None, True is True, type(1) is int)
print(2 in a, 5 in a, 5 not in a)
print("ell" in "hello", "" in "abc", "z" in "abc")
print(b"el" in b"hello", 101 in b"hello")
d = {"k": 1, 2: "two"}
print("k" in d, 1 in d, 2 in d, "two" in d, "two" in d.values(), ("k", 1) in d.items())
print(3 in range(0, 10, 3), 4 in range(0, 10, 3), -1 in range(-5, 0), 10 in range(10))
print(1 in {1, 2}, (1, 2) in {(1, 2)}, 1.0 in {1})
print([1] in [[1], [2]], (1,) in [(1,)])
nan = float("nan")
print(nan in [nan], nan == nan)
class Weird:
    def __eq__(self, other):
        return True
w = Weird()
print(w in [1], 5 in [w])
print(1 in iter([0, 1, 2]))
it = iter([1, 2, 3, 4])
print(2 in it, list(it))

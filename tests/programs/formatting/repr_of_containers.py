print([1, "a", 2.5, None, True, [2, [3]], (4,), {"k": "v"}])
print((1,), (), (1, 2), ((),), [()])
print({1: "one", "two": 2, (3,): [3]}, {}, dict())
print({1}, set(), frozenset(), frozenset({1}))
print(repr("x"), repr(["x", 'y"z', "w'v"]), str(["x"]))
print(range(5), range(1, 5), range(1, 10, 2), range(0))
print(slice(1, 2), slice(None), slice(1, None, -1))
print([1.0, 1e-5, 1e16, -0.0, float("inf")])
l = [1]
l.append(l)
print(l)
d = {"self": None}
d["self"] = d
print(d)
print(type(None), type(Ellipsis), NotImplemented, Ellipsis)
print(bytearray(b"x"), b"\x00a")
print(complex(1, 2), complex(0, -1), complex(-1.5, 0), 1j * 1j, complex(0, 0))
print(repr(True), repr(2 ** 100), repr(-7), repr(0o17), repr(0xff))

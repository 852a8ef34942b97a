print({x: x * x for x in range(5)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print(sorted({x % 5 for x in range(20)}))
print(sorted({c for c in "mississippi"}))
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
print({w[0]: len(w) for w in words})
print({len(w): w for w in words})
print({(i, j): i * j for i in range(2) for j in range(2)})
print(sorted({frozenset({i, i + 1}) for i in range(3)}, key=sorted))
nested = {k: {j: j * k for j in range(3)} for k in range(1, 3)}
print(nested)
print({k: [x for x in range(k)] for k in range(4)})
print(type({x for x in ()}).__name__, type({x: x for x in ()}).__name__, {1: 2 for _ in range(3)})

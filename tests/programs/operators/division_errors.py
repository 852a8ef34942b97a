cases = [("1 / 0", lambda: 1 / 0), ("1 // 0", lambda: 1 // 0), ("1 % 0", lambda: 1 % 0),
         ("1.0 / 0", lambda: 1.0 / 0), ("1 / 0.0", lambda: 1 / 0.0),
         ("1.0 // 0.0", lambda: 1.0 // 0.0), ("1.0 % 0.0", lambda: 1.0 % 0.0),
         ("divmod(1, 0)", lambda: divmod(1, 0)), ("0 ** -1", lambda: 0 ** -1),
         ("0.0 ** -1", lambda: 0.0 ** -1), ("2 ** 10000 * 1.0", lambda: 2 ** 10000 * 1.0),
         ("10.0 ** 400", lambda: 10.0 ** 400), ("pow(2, -1, 5)", lambda: pow(2, -1, 5)),
         ("pow(2, -1, 4)", lambda: pow(2, -1, 4)), ("pow(2, 3, 0)", lambda: pow(2, 3, 0)),
         ("1 << -1", lambda: 1 << -1), ("int(float('inf'))", lambda: int(float("inf"))),
         ("int(float('nan'))", lambda: int(float("nan"))), ("(2**2000) / 3", lambda: (2 ** 2000) / 3),
         ("float(2**2000)", lambda: float(2 ** 2000))]
for text, fn in cases:
    try:
        print(text, "=", fn())
    except Exception as e:
        print(text, "->", type(e).__name__ + ":", e)

# Padding, tab expansion and repetition with enormous sizes raise
# MemoryError/OverflowError instead of aborting the process.
import sys


def attempt(label, f):
    try:
        r = f()
        print(label, "->", len(r))
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__, e)


for n in (2**62, sys.maxsize, 2**63):
    for name in ("center", "ljust", "rjust", "zfill"):
        attempt("str.%s(%d)" % (name, n), lambda: getattr("ab", name)(n))
        attempt("bytes.%s(%d)" % (name, n), lambda: getattr(b"ab", name)(n))
for n in (2**31, 2**40, 2**62):
    attempt("str.expandtabs(%d)" % n, lambda: "a\tb".expandtabs(n))
    attempt("bytes.expandtabs(%d)" % n, lambda: b"a\tb".expandtabs(n))
attempt("'ab' * 2**62", lambda: "ab" * 2**62)
attempt("b'ab' * 2**62", lambda: b"ab" * 2**62)
attempt("[].__mul__(2**62)", lambda: [].__mul__(2**62))
attempt("() * sys.maxsize", lambda: () * sys.maxsize)
attempt("'' * sys.maxsize", lambda: "" * sys.maxsize)


def imul():
    x = [1, 2]
    x *= 2**62
    return x


attempt("x *= 2**62", imul)
print("ab".center(6, "*"), "-3".zfill(4), b"x".rjust(3, b"."), "a\tb".expandtabs(4))

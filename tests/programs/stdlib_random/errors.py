# random's error messages.
import random


def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


r = random.Random(0)
attempt("randrange 0", r.randrange, 0)
attempt("randrange empty", r.randrange, 5, 5)
attempt("randrange empty step", r.randrange, 5, 1, 2)
attempt("randrange zero step", r.randrange, 1, 5, 0)
attempt("randrange step no stop", r.randrange, 5, step=2)
attempt("randrange None", r.randrange, None)
attempt("randint reversed", r.randint, 5, 1)
attempt("choice empty", r.choice, [])
attempt("sample too many", r.sample, [1, 2], 3)
attempt("sample negative", r.sample, [1, 2], -1)
attempt("sample set", r.sample, {1, 2}, 1)
attempt("sample counts mismatch", r.sample, "ab", 1, counts=[1])
attempt("sample counts float", r.sample, "ab", 1, counts=[1, 1.5])
attempt("sample counts zero", r.sample, "ab", 1, counts=[0, 0])
attempt("choices both", r.choices, "ab", [1, 1], cum_weights=[1, 2])
attempt("choices mismatch", r.choices, "ab", [1])
attempt("choices zero total", r.choices, "ab", [0, 0])
attempt("choices inf total", r.choices, "ab", [1, float("inf")])
attempt("choices k positional", r.choices, "ab", 3)
attempt("choice no args", r.choice)
attempt("getrandbits negative", r.getrandbits, -1)
attempt("getrandbits float", r.getrandbits, 2.0)
attempt("seed list", r.seed, [1, 2])
attempt("setstate version", r.setstate, (9, (), None))
attempt("setstate short", r.setstate, (3, (1, 2), None))
attempt("setstate not tuple", r.setstate, (3, [0] * 625, None))
attempt("setstate bad index", r.setstate, (3, (0,) * 624 + (700,), None))
attempt("gammavariate", r.gammavariate, 0, 1)
attempt("expovariate zero", r.expovariate, 0)
attempt("Random two args", random.Random, 1, 2)
attempt("random args", r.random, 1)
attempt("state word", r.setstate, (3, ("x",) * 625, None))

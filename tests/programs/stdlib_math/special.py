# gamma, lgamma, erf, erfc: values, poles and overflow.
import math


def attempt(label, f, x):
    try:
        print(label, x, repr(f(x)))
    except Exception as e:
        print(label, x, type(e).__name__, e)


points = [0.5, 1.0, 1.5, 2.0, 3.0, 4.5, 10.0, 23.0, 24.0, 50.5, 100.25, 140.0, 141.5, 170.5, 171.0,
          1e-5, 1e-21, -0.5, -1.5, -2.5, -10.25, -140.5, -170.5, -180.5, -200.5, -250.25]
for x in points:
    attempt("gamma", math.gamma, x)
for x in points + [1e10, 1e300, -1e-30]:
    attempt("lgamma", math.lgamma, x)
for x in [0.0, 0.1, 0.5, 1.0, 2.0, 3.5, 6.0, 27.0, -0.3, -2.0, -30.0]:
    print("erf", x, math.erf(x), "erfc", math.erfc(x))
for x in [0.0, -0.0, -1.0, -2.0, -math.inf, 171.7, 1e6, math.inf, math.nan]:
    attempt("gamma", math.gamma, x)
for x in [0.0, -1.0, -3.0, math.inf, -math.inf, math.nan, 1e306]:
    attempt("lgamma", math.lgamma, x)
print(math.erf(math.inf), math.erfc(-math.inf), math.erf(math.nan))

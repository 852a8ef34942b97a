# Constants and the elementary float functions of math.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.isnan(math.nan), math.isinf(math.inf))

xs = [0.0, 0.25, 0.5, 1.0, 2.0, 3.5, 10.0, -0.75, -2.5]
for name in ["sin", "cos", "tan", "atan", "sinh", "cosh", "tanh", "asinh",
             "exp", "exp2", "expm1", "cbrt", "fabs", "degrees", "radians"]:
    f = getattr(math, name)
    print(name, [f(x) for x in xs])

for name in ["sqrt", "log", "log2", "log10", "log1p"]:
    f = getattr(math, name)
    print(name, [f(x) for x in [0.5, 1.0, 2.0, 10.0, 1e10, 1e-10, 123.456]])

print([math.asin(x) for x in [-1.0, -0.5, 0.0, 0.5, 1.0]])
print([math.acos(x) for x in [-1.0, -0.5, 0.0, 0.5, 1.0]])
print([math.acosh(x) for x in [1.0, 1.5, 10.0, 1e10]])
print([math.atanh(x) for x in [-0.9, 0.0, 0.5, 0.99]])
print([math.atan2(y, x) for y in (-1.0, 0.0, 2.0) for x in (-3.0, 0.0, 3.0)])
print(math.atan2(math.inf, -math.inf), math.atan2(-0.0, -1.0), math.atan2(0.0, -0.0))
print([math.pow(x, y) for x in (2.0, -2.0, 0.5) for y in (3.0, -1.0, 0.5) if not (x < 0 and y == 0.5)])
print(math.pow(math.inf, -3), math.pow(-math.inf, 3), math.pow(1.0, math.nan), math.pow(math.nan, 0))
print(math.log(8, 2), math.log(100, 10), math.log(2, 0.5), math.log(7, 7.5))
print(math.sqrt(2), math.sqrt(1e300), math.sqrt(5e-324), math.sqrt(-0.0))
print(math.exp(709), math.exp(-745), math.exp(-746), math.expm1(1e-10), math.log1p(1e-15))
print(math.hypot(3, 4), math.hypot(5, 12, 84), math.hypot(), math.hypot(-7))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(math.inf, -1))
print(math.isfinite(1e308), math.isfinite(math.inf), math.isnan(0.0), math.isinf(-math.inf))

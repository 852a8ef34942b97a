# floor/ceil/trunc return ints (and honour __floor__/__ceil__/__trunc__);
# modf, frexp, ldexp, fmod, remainder, copysign, nextafter, ulp.
import math


class Number:
    def __floor__(self):
        return "floored"

    def __ceil__(self):
        return "ceiled"

    def __trunc__(self):
        return "truncated"


class AsFloat:
    def __float__(self):
        return 2.75


class IntSub(int):
    pass


vals = [2.5, -2.5, 0.0, -0.0, 1e20, -1e20, 3.0, 7, -7, True, 2 ** 70, 1.5e300]
print([math.floor(v) for v in vals])
print([math.ceil(v) for v in vals])
print([math.trunc(v) for v in vals])
print([type(math.floor(v)).__name__ for v in (2.5, True, IntSub(3))])
print(math.floor(Number()), math.ceil(Number()), math.trunc(Number()))
print(math.floor(AsFloat()), math.ceil(AsFloat()))

print([math.modf(x) for x in [3.25, -3.25, 0.0, -0.0, 1e300, math.inf, -math.inf]])
print([math.frexp(x) for x in [1.0, 0.5, 8.0, -3.0, 0.1, 1e-310, 5e-324, 0.0, math.inf]])
print([math.ldexp(0.5, e) for e in [0, 1, -1, 1024, -1073, -1074, -1075, 10 ** 30 * -1]])
print(math.ldexp(1e-310, 5), math.ldexp(-0.75, 3), math.ldexp(math.inf, -5), math.ldexp(3.0, True))
print([math.fmod(x, y) for x in (7.5, -7.5) for y in (2.0, -2.0, math.inf)])
print([math.remainder(x, 2.0) for x in [1.0, 2.0, 3.0, 4.0, 5.0, -5.0, 6.5, -7.0]])
print(math.remainder(math.inf, 1.0) if False else math.remainder(1.0, math.inf), math.remainder(-0.0, 1.0))
print([math.copysign(1.0, y) for y in [0.0, -0.0, 3, -3, math.inf, -math.inf]])
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(5.0, 5.0))
print(math.ulp(1.0), math.ulp(-1e300), math.ulp(0.0), math.ulp(1.7976931348623157e308), math.ulp(math.inf))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan))
print(math.isclose(100, 101, rel_tol=0.05), math.isclose(a=1, b=1.0000001, rel_tol=1e-6))

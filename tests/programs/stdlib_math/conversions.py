# Arguments: bools, big ints, __float__ and __index__ objects, float
# subclasses; logarithms of ints beyond the float range.
import math


class Half:
    def __float__(self):
        return 0.5


class Seven:
    def __index__(self):
        return 7


class BadFloat:
    def __float__(self):
        return "nope"


class MyFloat(float):
    pass


def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


print(math.sqrt(True), math.exp(False), math.sin(Half()), math.sqrt(Seven()), math.cos(MyFloat(0.25)))
print(math.factorial(Seven()), math.gcd(Seven(), 21), math.comb(Seven(), 2), math.isqrt(Seven()))
print(math.hypot(Half(), Seven()), math.fsum([Half(), Seven(), True]), math.dist([Seven()], [Half()]))
print(math.log(Seven()), math.log(Half()), math.log2(Seven()), math.log(8, Seven()))
print(math.ldexp(Half(), 3), math.pow(Seven(), 2), math.copysign(Seven(), -1), math.atan2(Half(), Half()))
attempt("bad __float__", math.sqrt, BadFloat())
attempt("ldexp __index__", math.ldexp, 1.0, Seven())

big = 10 ** 400
print(math.log(big), math.log10(big), math.log2(2 ** 5000), math.log(big, 10), math.log(3 ** 1000, 3))
print(math.log(2 ** 1024), math.log2(2 ** 1023 * 3), math.log10(10 ** 308 * 7), math.log1p(10 ** 20))
print(math.log(True), math.log10(10 ** 22), math.log(2 ** 2000 - 1, 2 ** 1000))
attempt("log neg big", math.log, -big)
attempt("log2 zero", math.log2, 0)
attempt("exp big", math.exp, big)
attempt("isinf big", math.isinf, big)
print(math.floor(big) == big, math.ceil(-big) == -big, math.trunc(big) == big)
print(math.fabs(-3), math.fabs(-2 ** 60), type(math.fabs(-3)).__name__)
print(math.degrees(math.pi), math.radians(180), math.degrees(1))

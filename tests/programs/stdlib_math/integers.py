# math's integer functions on small and big ints, with their errors.
import math


def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


print([math.factorial(n) for n in range(0, 25)])
print(math.factorial(70))
print(len(str(math.factorial(1000))), math.factorial(1000) % (10 ** 12 + 39))
print([math.comb(10, k) for k in range(12)])
print([math.perm(7, k) for k in range(9)], math.perm(6), math.perm(6, None))
print(math.comb(100, 50), math.comb(10 ** 20, 3), math.perm(10 ** 15, 3))
print(math.comb(2 ** 70, 2 ** 70 - 2), math.comb(5, 5), math.comb(0, 0))
print(math.gcd(), math.gcd(-12), math.gcd(12, 18), math.gcd(12, -18, 27), math.gcd(0, 0))
print(math.gcd(2 ** 100 * 3 ** 5, 2 ** 80 * 3 ** 7 * 5), math.gcd(True, 4))
print(math.lcm(), math.lcm(-6), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(3, 0, -4))
print(math.lcm(2 ** 64, 3 ** 40, 10))
print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 2 ** 52 + 1]])
print(math.isqrt(2 ** 64 - 1), math.isqrt(2 ** 64), math.isqrt(10 ** 100), math.isqrt(10 ** 101))
print(math.isqrt(True), type(math.isqrt(7)).__name__, type(math.factorial(True)).__name__)

attempt("factorial -1", math.factorial, -1)
attempt("factorial 2.0", math.factorial, 2.0)
attempt("factorial 2.5", math.factorial, 2.5)
attempt("factorial str", math.factorial, "3")
attempt("factorial huge", math.factorial, 10 ** 20)
attempt("factorial very negative", math.factorial, -10 ** 20)
attempt("comb neg n", math.comb, -5, 2)
attempt("comb neg k", math.comb, 5, -2)
attempt("comb float", math.comb, 5.0, 2)
attempt("comb k > n", math.comb, 3, 10)
attempt("comb huge k", math.comb, 10 ** 30, 10 ** 25)
attempt("comb one arg", math.comb, 5)
attempt("perm neg", math.perm, 5, -1)
attempt("perm k > n", math.perm, 3, 4)
attempt("perm huge k", math.perm, 10 ** 30, 10 ** 25)
attempt("perm three args", math.perm, 1, 2, 3)
attempt("perm no args", math.perm)
attempt("gcd float", math.gcd, 4, 2.0)
attempt("lcm str", math.lcm, "4")
attempt("isqrt neg", math.isqrt, -1)
attempt("isqrt float", math.isqrt, 4.0)
attempt("gcd keyword", math.gcd, a=4)

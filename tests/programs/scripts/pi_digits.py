"""Digits of pi and e with big-integer arithmetic (Machin's formula and a series for e)."""

def arccot(x, unity):
    total = term = unity // x
    x2 = x * x
    n = 3
    sign = -1
    while term:
        term //= x2
        total += sign * (term // n)
        sign = -sign
        n += 2
    return total

def pi_digits(digits):
    unity = 10 ** (digits + 10)
    pi = 4 * (4 * arccot(5, unity) - arccot(239, unity))
    return str(pi // 10 ** 10)

def e_digits(digits):
    unity = 10 ** (digits + 10)
    total = 0
    term = unity
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 10)

def spigot_pi(n):
    out = []
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return "".join(map(str, out))

p = pi_digits(300)
print(p[0] + "." + p[1:61])
print(p[61:121])
print("digit sum of 300 digits:", sum(int(d) for d in p[:301]))
e = e_digits(200)
print(e[0] + "." + e[1:61])
s = spigot_pi(60)
print(s, s == p[:60])
counts = [p.count(str(d)) for d in range(10)]
print("digit counts:", counts, sum(counts))
print("position of '999999':", p.find("999999"))
sqrt2 = 0
scale = 10 ** 100
lo, hi = 0, 2 * scale
while lo < hi:
    mid = (lo + hi + 1) // 2
    if mid * mid <= 2 * scale * scale:
        lo = mid
    else:
        hi = mid - 1
print("sqrt(2) =", str(lo)[0] + "." + str(lo)[1:51])

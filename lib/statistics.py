"""Basic statistics of numeric data: mean, fmean, geometric_mean,
harmonic_mean, median (and median_low/high/grouped), mode, multimode,
quantiles, variance, pvariance, stdev, pstdev, and StatisticsError.

Like CPython's module, sums are computed exactly over the integer ratios
of the data and rounded once at the end, so results match CPython's to
the last bit. Square roots are computed exactly with integer arithmetic
and correctly rounded.
"""

__all__ = [
    'StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean', 'mean',
    'median', 'median_grouped', 'median_high', 'median_low', 'mode',
    'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
]

_MANT_DIG = 53
_SQRT_BIT_WIDTH = 2 * _MANT_DIG + 3


class StatisticsError(ValueError):
    """Raised for statistically invalid input (e.g. empty data)."""


def _gcd(a, b):
    a = abs(a)
    b = abs(b)
    while b:
        a, b = b, a % b
    return a


def _isqrt(n):
    """The integer square root of the non-negative int n."""
    if n < 0:
        raise ValueError('isqrt() argument must be nonnegative')
    if n == 0:
        return 0
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


class _Ratio:
    """An exact rational number num/den (den > 0) in lowest terms."""
    __slots__ = ('num', 'den')

    def __init__(self, num, den=1):
        if den < 0:
            num, den = -num, -den
        g = _gcd(num, den)
        if g > 1:
            num //= g
            den //= g
        self.num = num
        self.den = den

    def __add__(self, other):
        return _Ratio(self.num * other.den + other.num * self.den,
                      self.den * other.den)

    def __sub__(self, other):
        return _Ratio(self.num * other.den - other.num * self.den,
                      self.den * other.den)

    def __mul__(self, other):
        return _Ratio(self.num * other.num, self.den * other.den)

    def div_int(self, n):
        return _Ratio(self.num, self.den * n)

    def to_float(self):
        return self.num / self.den


def _exact_ratio(x):
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        msg = f"can't convert type '{type(x).__name__}' to numerator/denominator"
        raise TypeError(msg)


def _coerce(T, S):
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if T.__name__ == 'Fraction' and issubclass(S, float):
        return S
    if issubclass(T, float) and S.__name__ == 'Fraction':
        return T
    msg = "don't know how to coerce %s and %s"
    raise TypeError(msg % (T.__name__, S.__name__))


def _sum(data):
    """(type, exact total as _Ratio or a non-finite float, count)."""
    count = 0
    T = int
    seen = []
    partials = {}
    for x in data:
        typ = type(x)
        if typ not in seen:
            seen.append(typ)
            T = _coerce(T, typ)
        n, d = _exact_ratio(x)
        count += 1
        partials[d] = partials.get(d, 0) + n
    if None in partials:
        return T, partials[None], count
    total = _Ratio(0)
    for d, n in partials.items():
        total = total + _Ratio(n, d)
    return T, total, count


def _convert(value, T):
    """Convert an exact _Ratio (or a non-finite float) to type T."""
    if not isinstance(value, _Ratio):
        return T(value) if T is not int else value
    if issubclass(T, int):
        if value.den == 1:
            return T(value.num) if T is not bool else value.num
        T = float
    if T is float or issubclass(T, float):
        return T(value.to_float())
    if T.__name__ == 'Fraction':
        return T(value.num, value.den)
    try:
        return T(value.num) / T(value.den)
    except TypeError:
        return T(value.to_float())


def _ss(data, c=None):
    """(type, sum of squared deviations, mean, count), all exact."""
    if c is not None:
        T, ssd, count = _sum((x - c) * (x - c) for x in data)
        return T, ssd, c, count
    count = 0
    T = int
    seen = []
    sx_partials = {}
    sxx_partials = {}
    for x in data:
        typ = type(x)
        if typ not in seen:
            seen.append(typ)
            T = _coerce(T, typ)
        n, d = _exact_ratio(x)
        count += 1
        sx_partials[d] = sx_partials.get(d, 0) + n
        if d is None:
            sxx_partials[d] = sxx_partials.get(d, 0) + n
        else:
            sxx_partials[d] = sxx_partials.get(d, 0) + n * n
    if not count:
        ssd = c = _Ratio(0)
    elif None in sx_partials:
        ssd = c = sx_partials[None]
    else:
        sx = _Ratio(0)
        for d, n in sx_partials.items():
            sx = sx + _Ratio(n, d)
        sxx = _Ratio(0)
        for d, n in sxx_partials.items():
            sxx = sxx + _Ratio(n, d * d)
        ssd = (_Ratio(count) * sxx - sx * sx).div_int(count)
        c = sx.div_int(count)
    return T, ssd, c, count


def _integer_sqrt_of_frac_rto(n, m):
    a = _isqrt(n // m)
    return a | (a * a * m != n)


def _float_sqrt_of_frac(n, m):
    """Square root of n/m as a correctly rounded float."""
    q = (n.bit_length() - m.bit_length() - _SQRT_BIT_WIDTH) // 2
    if q >= 0:
        numerator = _integer_sqrt_of_frac_rto(n, m << 2 * q) << q
        denominator = 1
    else:
        numerator = _integer_sqrt_of_frac_rto(n << -2 * q, m)
        denominator = 1 << -q
    return numerator / denominator


# A running sum at least this large rounds to infinity as a float.
_OVERFLOW_AT = (1 << 1024) - (1 << 970)


def _fsum(values):
    """Correctly rounded float sum (math.fsum), computed exactly."""
    total = 0
    den_shift = 0
    special = None
    for x in values:
        x = float(x)
        if x != x or x in (float('inf'), float('-inf')):
            special = x if special is None else special + x
            continue
        n, d = x.as_integer_ratio()
        shift = d.bit_length() - 1
        if shift > den_shift:
            total <<= shift - den_shift
            den_shift = shift
        total += n << (den_shift - shift)
        if abs(total) >= _OVERFLOW_AT << den_shift:
            raise OverflowError('intermediate overflow in fsum')
    if special is not None:
        return special
    return total / (1 << den_shift)


def mean(data):
    """The arithmetic mean of data (exact, then converted to the data's
    type)."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    if isinstance(total, _Ratio):
        return _convert(total.div_int(n), T)
    return _convert(total / n, T)


def fmean(data, weights=None):
    """The arithmetic mean of data as a float (faster than mean())."""
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    if weights is None:
        total = _fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = _fsum(x * w for x, w in zip(data, weights))
    if n != num_weights:
        raise StatisticsError('data and weights must be the same length')
    den = _fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """The geometric mean of positive data, as a float."""
    import math
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def _fail_neg(values, errmsg='negative value'):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def harmonic_mean(data, weights=None):
    """The harmonic mean of non-negative data (optionally weighted)."""
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)) or hasattr(x, 'denominator'):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = _Ratio(n)
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data '
                                  'size')
        _, sum_weights, _ = _sum(w for w in _fail_neg(weights, errmsg))
    try:
        data = _fail_neg(data, errmsg)
        T, total, count = _sum(w / x if w else 0
                               for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if isinstance(total, _Ratio):
        if total.num <= 0:
            raise StatisticsError('Weighted sum must be positive')
        return _convert(_Ratio(sum_weights.num * total.den,
                               sum_weights.den * total.num), T)
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights.to_float() / total, T)


def median(data):
    """The median of data, averaging the two middle values when the
    count is even."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """The low median of data (always a data point)."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """The high median of data (always a data point)."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """The median of data grouped in bins of width interval, found by
    interpolating within the median bin."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    i = 0
    while data[i] < x:
        i += 1
    j = i
    while j < n and data[j] == x:
        j += 1
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    L = x - interval / 2.0
    cf = i
    f = j - i
    return L + interval * (n / 2 - cf) / f


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    """The most common data point (the first one seen, on ties)."""
    counts = _counts(iter(data))
    if not counts:
        raise StatisticsError('no mode for empty data')
    best = None
    best_count = 0
    for value, count in counts.items():
        if count > best_count:
            best = value
            best_count = count
    return best


def multimode(data):
    """The list of the most common values, in order of first appearance."""
    counts = _counts(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def quantiles(data, *, n=4, method='exclusive'):
    """The n-1 cut points dividing data into n equal-probability
    intervals."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError(f'Unknown method: {method!r}')


def _ratio_or_float_div(ss, n):
    if isinstance(ss, _Ratio):
        return ss.div_int(n)
    return ss / n


def variance(data, xbar=None):
    """The sample variance of data (n - 1 in the denominator)."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(_ratio_or_float_div(ss, n - 1), T)


def pvariance(data, mu=None):
    """The population variance of data."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(_ratio_or_float_div(ss, n), T)


def _sqrt_of(mss):
    if not isinstance(mss, _Ratio):
        return mss ** 0.5
    if mss.num < 0:
        raise ValueError('math domain error')
    return _float_sqrt_of_frac(mss.num, mss.den)


def stdev(data, xbar=None):
    """The sample standard deviation of data."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _sqrt_of(_ratio_or_float_div(ss, n - 1))


def pstdev(data, mu=None):
    """The population standard deviation of data."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _sqrt_of(_ratio_or_float_div(ss, n))

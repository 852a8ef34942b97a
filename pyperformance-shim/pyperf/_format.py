"""Numbers for people: mean and standard deviation of timings, and times
written with a unit the way pyperf writes them ("12.3 ms +- 0.4 ms").

Only builtins are used, so this works on a runtime without `math` or
`statistics`.
"""

# (threshold in seconds, unit name), largest first.
_UNITS = ((1.0, "sec"), (1e-3, "ms"), (1e-6, "us"), (1e-9, "ns"))


def mean(values):
    """Arithmetic mean of a non-empty sequence of numbers."""
    return sum(values) / len(values)


def stdev(values):
    """Sample standard deviation (n - 1 in the denominator); 0.0 for fewer
    than two values."""
    n = len(values)
    if n < 2:
        return 0.0
    m = mean(values)
    return (sum((x - m) * (x - m) for x in values) / (n - 1)) ** 0.5


def _unit_for(seconds):
    magnitude = abs(seconds)
    for scale, name in _UNITS:
        if magnitude >= scale:
            return scale, name
    return _UNITS[-1]


def format_times(seconds_list):
    """Formats several durations in the unit and precision chosen for the
    first one: three significant digits for it (two decimals below 10,
    one below 100, none above), the same number of decimals for the rest.
    Returns a list of strings such as ['9.40 us', '0.21 us']."""
    first = seconds_list[0]
    scale, name = _unit_for(first)
    scaled_first = abs(first) / scale
    if scaled_first < 10:
        decimals = 2
    elif scaled_first < 100:
        decimals = 1
    else:
        decimals = 0
    return ["%.*f %s" % (decimals, s / scale, name) for s in seconds_list]


def format_time(seconds):
    """One duration, e.g. format_time(0.0123) == '12.3 ms'."""
    return format_times([seconds])[0]


def format_summary(values):
    """The result line pyperf prints for a list of timings: the value alone
    when there is one, otherwise 'Mean +- std dev: M +- S'."""
    if len(values) == 1:
        return format_time(values[0])
    text_mean, text_stdev = format_times([mean(values), stdev(values)])
    return "Mean +- std dev: %s +- %s" % (text_mean, text_stdev)

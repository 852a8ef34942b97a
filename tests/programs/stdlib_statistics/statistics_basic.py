import statistics as st

datasets = [
    [1, 2, 3, 4, 4],
    [2.5, 3.25, 5.5, 11.25, 11.75],
    [1, 2, 3, 4],
    [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7],
    [1e308, 1e308, -1e308],
    [3, 1.5, 2, 7.25, -4],
    [10 ** 20, 10 ** 20 + 1, 10 ** 20 + 3],
    [True, False, True],
    [5],
    [1.0000000000000002, 1.0, 0.9999999999999999],
]
for data in datasets:
    print(data)
    for name in ('mean', 'fmean', 'median', 'median_low', 'median_high', 'mode', 'multimode', 'pvariance', 'pstdev',
                 'variance', 'stdev', 'harmonic_mean', 'median_grouped'):
        try:
            r = getattr(st, name)(data)
            print('  %s: %r' % (name, r))
        except Exception as e:
            print('  %s: %s %s' % (name, type(e).__name__, e))

seq = [x * 0.37 + (x % 5) * 1.3 for x in range(60)]
print(st.mean(seq), st.stdev(seq), st.pstdev(seq), st.variance(seq), st.fmean(seq))
print(st.variance(seq, st.mean(seq)), st.pvariance([1, 2, 3, 4], 2.5), st.stdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), st.mean(iter([1, 2, 3])), st.median([3, 1, 2, 'x'.__len__()]))
print(st.mode(['red', 'blue', 'blue', 'red', 'green']), st.multimode('aabbbbccddddeeffffgg'), st.multimode([]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 11), n=10, method='inclusive'))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91], n=5))
print(st.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.mean([float('inf'), 1.0]), st.fmean([float('inf'), 1.0]), st.median_grouped([52, 52, 53, 54], interval=2))
for bad in (lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.variance([]), lambda: st.pvariance([]),
            lambda: st.pstdev([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.fmean([]),
            lambda: st.harmonic_mean([1, -1]), lambda: st.quantiles([1]), lambda: st.mean(['a', 'b']),
            lambda: st.quantiles([1, 2], n=0), lambda: st.harmonic_mean([])):
    try:
        print(bad())
    except (st.StatisticsError, TypeError) as e:
        print(type(e).__name__, e, isinstance(e, ValueError))

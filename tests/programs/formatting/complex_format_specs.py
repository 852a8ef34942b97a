# complex.__format__ for every presentation type, alignment, sign and the errors.
vals = [3 + 4j, -3 - 4j, 1j, -1j, 0j, -0j, complex(0.0, -0.0), complex(-0.0, 0.0), 1.5 + 0j, 1e20 + 1e-20j,
        complex(float('nan'), float('inf')), complex(float('-inf'), -2), 123456.789 + 9876.54321j, 2.5 - 0.5j]
specs = ['', '.2f', '10', '>20.1f', 'g', '.3', '.3g', 'e', 'E', 'F', '#g', '+', ' ', '-', '<25', '^25',
         '*^25.2f', ',.2f', '_', 'n', '.0f', '#.0f', 'z.1f', '%', '010', '=', '0<5', 'x', '.0', '+.1e', '20']
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append('%s: %s' % (type(e).__name__, e))
    print(repr(v))
    for s, o in zip(specs, out):
        print('   %-8r %r' % (s, o))
print('{:.1f}'.format(1 + 2j), f'{1 + 2j:>12}', f'{-1.5j:^10.2}')

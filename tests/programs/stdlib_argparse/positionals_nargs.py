import argparse
from _harness import parse, known

def parser(*specs, **kw):
    p = argparse.ArgumentParser(prog='pos', **kw)
    for args, opts in specs:
        p.add_argument(*args, **opts)
    return p

cases = [
    (parser((['src'], {}), (['dst'], {})), [['a', 'b'], ['a'], [], ['a', 'b', 'c']]),
    (parser((['x'], {'nargs': '?', 'default': 'dx'}), (['y'], {'nargs': '*'})),
     [[], ['1'], ['1', '2', '3']]),
    (parser((['files'], {'nargs': '+'}), (['last'], {})), [['a'], ['a', 'b'], ['a', 'b', 'c'], []]),
    (parser((['pair'], {'nargs': 2, 'type': int}), (['rest'], {'nargs': '*'})),
     [['1', '2'], ['1'], ['1', '2', '3', '4'], ['1', 'x']]),
    (parser((['one'], {'nargs': 1})), [['a'], []]),
    (parser((['a'], {'nargs': '?'}), (['b'], {'nargs': '?'}), (['c'], {'nargs': '+'})),
     [['1'], ['1', '2'], ['1', '2', '3'], ['1', '2', '3', '4']]),
    (parser((['cmd'], {}), (['args'], {'nargs': argparse.REMAINDER})),
     [['run', '-x', '--y', 'z'], ['run'], ['run', '--', 'q']]),
    (parser((['--opt'], {}), (['words'], {'nargs': '*'})),
     [['a', '--opt', 'v', 'b'], ['--', '--opt', 'x'], ['a', '--', '-b'], ['--opt', '--', 'x']]),
    (parser((['n'], {'type': int}),), [['-1'], ['-2.5'], ['--', '-3'], ['-x']]),
    (parser((['-1'], {'dest': 'one', 'action': 'store_true'}), (['n'], {'nargs': '?'})),
     [['-1'], ['-2'], ['x']]),
    (parser((['--x'], {'type': float}), (['vals'], {'nargs': '*', 'type': float})),
     [['-1', '-2'], ['--x', '-1.5', '3'], ['1e3', '-4']]),
    (parser((['choice'], {'choices': ['a', 'b']}), (['--n'], {'type': int, 'choices': range(1, 4)})),
     [['a'], ['z'], ['b', '--n', '3'], ['b', '--n', '7']]),
    (parser((['mode'], {'nargs': '?', 'choices': ['x', 'y'], 'default': 'x'}),), [[], ['y'], ['q']]),
    (parser((['v'], {'nargs': '*', 'default': [1]}),), [[], ['a']]),
    (parser((['--o'], {'nargs': '?', 'const': 'C', 'default': 'D'}), (['p'], {'nargs': '?'})),
     [[], ['--o'], ['--o', 'v'], ['p1', '--o']]),
    (parser((['--two'], {'nargs': 2}), (['--any'], {'nargs': '*'}), (['--rem'], {'nargs': '...'})),
     [['--two', 'a', 'b'], ['--two', 'a'], ['--any'], ['--any', 'x', 'y', '--two', '1', '2'],
      ['--rem', '--two', 'x', 'y'], ['--two=1']]),
]
for p, arglists in cases:
    print('==', p.format_usage().strip())
    for args in arglists:
        parse(p, args)

p = parser((['a'], {}), (['--x'], {}))
known(p, ['A', '--y', '3', '--x', '1', 'B'])
known(p, ['--x', '1', 'A', '-z'])
known(p, [])

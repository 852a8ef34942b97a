# Unusual command-line strings: single-dash long options, values that look
# like options, negative-number-like options, spaces, empty strings, '=' forms.
import argparse
from _harness import parse

p = argparse.ArgumentParser(prog='odd')
p.add_argument('-foo', type=int)
p.add_argument('-f', action='store_true')
p.add_argument('--bar')
p.add_argument('rest', nargs='*')
for args in [['-foo', '3'], ['-fo', '4'], ['-foo=5'], ['-f'], ['-f', '-foo', '1'],
             ['--bar', '-x'], ['--bar=-x'], ['--bar', '-5'], ['--bar', '-f'],
             ['-x y'], ['--bar', 'a b', '-not an option'], [''], ['--bar', ''],
             ['--bar='], ['-'], ['--'], ['--', '--'], ['a', '--', 'b', '--', 'c'],
             ['--bar=x=y'], ['-f=1'], ['-ffoo']]:
    parse(p, args)

n = argparse.ArgumentParser(prog='neg')
n.add_argument('-1', dest='one', action='store_true')
n.add_argument('-5', dest='five')
n.add_argument('vals', nargs='*')
for args in [['-1'], ['-5', 'x'], ['-2'], ['--', '-2'], ['-1', '-5', '7'], ['-1.5'], ['-15']]:
    parse(n, args)

m = argparse.ArgumentParser(prog='negval')
m.add_argument('-x', type=float)
m.add_argument('nums', nargs='*', type=int)
for args in [['-x', '-1'], ['-x', '-1e3'], ['-3', '-4'], ['-x-2'], ['-x', '-.5', '-7'], ['-1x']]:
    parse(m, args)

# an option that takes several values stops at the next option
k = argparse.ArgumentParser(prog='multi')
k.add_argument('--pair', nargs=2)
k.add_argument('--many', nargs='+')
k.add_argument('-q', action='store_true')
for args in [['--pair', 'a', '-q'], ['--many', 'a', 'b', '-q', 'c'], ['--many', '-q'],
             ['--pair', 'a', 'b', 'c'], ['--pair=a', 'b']]:
    parse(k, args)

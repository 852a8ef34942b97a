import argparse
from _harness import parse

p = argparse.ArgumentParser(prog='mx')
g = p.add_mutually_exclusive_group()
g.add_argument('-a', action='store_true')
g.add_argument('-b', action='store_true')
g.add_argument('--cc', type=int)
p.add_argument('--other')
for args in [[], ['-a'], ['-a', '-b'], ['-b', '--cc', '1'], ['-ab'], ['--other', 'x', '-a']]:
    parse(p, args)
print(p.format_help())

r = argparse.ArgumentParser(prog='rmx')
rg = r.add_mutually_exclusive_group(required=True)
rg.add_argument('--json', action='store_true', help='json output')
rg.add_argument('--xml', action='store_true', help='xml output')
rg.add_argument('--hidden', action='store_true', help=argparse.SUPPRESS)
r.add_argument('file')
for args in [['f'], ['--json', 'f'], ['--xml', '--json', 'f']]:
    parse(r, args)
print(r.format_usage(), end='')

one = argparse.ArgumentParser(prog='one')
og = one.add_mutually_exclusive_group(required=True)
og.add_argument('--only')
print(one.format_usage(), end='')
parse(one, [])

# positional in a mutex group, default quirks
q = argparse.ArgumentParser(prog='posmx')
qg = q.add_mutually_exclusive_group()
qg.add_argument('--flag', action='store_true')
qg.add_argument('name', nargs='?', default='dflt')
print(q.format_usage(), end='')
for args in [[], ['--flag'], ['n'], ['--flag', 'n']]:
    parse(q, args)

# an option group holding a mutex group, in help sections
h = argparse.ArgumentParser(prog='sect')
sec = h.add_argument_group('output')
mg = sec.add_mutually_exclusive_group()
mg.add_argument('--quiet', action='store_true', help='say less')
mg.add_argument('--loud', action='store_true', help='say more')
h.add_argument('--z')
print(h.format_help())
parse(h, ['--quiet', '--loud'])

try:
    p.add_mutually_exclusive_group().add_argument('pos')
except ValueError as e:
    print('ValueError:', e)
try:
    g.add_argument('--req', required=True)
except ValueError as e:
    print('ValueError:', e)

import argparse
import sys


def run(parser, argv):
    try:
        print(argv, '->', parser.parse_args(argv))
    except SystemExit as e:
        print(argv, '-> SystemExit', e.code)


sys.stderr = sys.stdout

p = argparse.ArgumentParser(prog='calc')
p.add_argument('x', type=int)
p.add_argument('--op', choices=['add', 'mul'], default='add')
p.add_argument('--scale', type=float)
p.add_argument('--name')
p.add_argument('--names')
p.add_argument('--pair', nargs=2)
p.add_argument('--flag', action='store_true')
g = p.add_mutually_exclusive_group()
g.add_argument('--up', action='store_true')
g.add_argument('--down', action='store_true')

run(p, [])
run(p, ['abc'])
run(p, ['1', '2'])
run(p, ['1', '--op', 'div'])
run(p, ['1', '--scale', 'big'])
run(p, ['1', '--scale'])
run(p, ['1', '--pair', 'a'])
run(p, ['1', '--nam', 'z'])
run(p, ['1', '--bogus'])
run(p, ['1', '--up', '--down'])
run(p, ['1', '--flag=yes'])
run(p, ['-h'] if False else ['1', '--name=a=b'])
run(p, ['--', '-3'])
run(p, ['-3'])

q = argparse.ArgumentParser(prog='req', exit_on_error=False)
q.add_argument('--level', type=int)
try:
    q.parse_args(['--level', 'x'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e)

for args, kwargs in [(('--a', '--a'), {}), (('x',), {'required': True}), (('--c',), {'action': 'store', 'nargs': 0}),
                     (('--d',), {'action': 'bogus'}), (('bad',), {'dest': 'other'}), (('-',), {}),
                     (('--e',), {'type': 'int'}), (('--f',), {'nargs': 2, 'metavar': ('A', 'B', 'C')})]:
    r = argparse.ArgumentParser(prog='r')
    r.add_argument('--a')
    try:
        r.add_argument(*args, **kwargs)
        print(args, 'ok')
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(args, type(e).__name__, e)


def typed(s):
    if not s.startswith('t'):
        raise argparse.ArgumentTypeError('must start with t: %r' % s)
    return s.upper()


t = argparse.ArgumentParser(prog='typed')
t.add_argument('val', type=typed)
run(t, ['top'])
run(t, ['nope'])

v = argparse.ArgumentParser(prog='ver')
v.add_argument('--version', action='version', version='%(prog)s 2.5')
run(v, ['--version'])
run(v, ['-h'])

m = argparse.ArgumentParser(prog='mut')
mg = m.add_mutually_exclusive_group(required=True)
mg.add_argument('--a', action='store_true')
mg.add_argument('--b', action='store_true')
run(m, [])
p.error('custom failure')

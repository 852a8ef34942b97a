import argparse
import sys
from _harness import parse, known, show_exit

# Namespace
ns = argparse.Namespace(a=1, b='x')
print(ns, ns == argparse.Namespace(a=1, b='x'), ns == argparse.Namespace(b='x', a=1),
      ns != argparse.Namespace(a=2, b='x'), ns == {'a': 1}, 'a' in ns, 'z' in ns)
ns.c = [1]
print(repr(ns), vars(ns))
print(argparse.Namespace(**{'not valid': 1, 'ok': 2}))
print(argparse.Namespace())
try:
    hash(ns)
except TypeError as e:
    print('TypeError:', e)

# reprs
p = argparse.ArgumentParser(prog='reprs', description='d')
print(repr(p))
act = p.add_argument('--foo', type=int, default=3, help='h')
print(repr(act))
print(repr(p.add_argument('bar', nargs='+')))
print(repr(p.add_argument('-c', action='count')))
print(repr(argparse.FileType('w')), repr(argparse.FileType()), repr(argparse.FileType('rb', 0, encoding='utf-8', errors='strict')))
print(argparse.SUPPRESS, argparse.OPTIONAL, argparse.ZERO_OR_MORE, argparse.ONE_OR_MORE,
      argparse.PARSER, argparse.REMAINDER)

# custom Action subclass
class Upper(argparse.Action):
    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, **kwargs)
        print('Upper created for', option_strings, dest, kwargs.get('nargs'))

    def __call__(self, parser, namespace, values, option_string=None):
        print('  Upper called with', values, option_string)
        setattr(namespace, self.dest, values.upper() if isinstance(values, str)
                else [v.upper() for v in values])

c = argparse.ArgumentParser(prog='custom')
c.add_argument('--name', action=Upper)
c.add_argument('words', action=Upper, nargs='*')
parse(c, ['--name', 'bob', 'x', 'y'])
parse(c, [])

# type callables and their errors
def even(text):
    n = int(text)
    if n % 2:
        raise argparse.ArgumentTypeError('%d is odd' % n)
    return n

def picky(text):
    raise TypeError('nope')

class Named:
    def __call__(self, text):
        raise ValueError(text)

    def __repr__(self):
        return 'Named()'

t = argparse.ArgumentParser(prog='types')
t.add_argument('--even', type=even)
t.add_argument('--picky', type=picky)
t.add_argument('--named', type=Named())
t.add_argument('--cplx', type=complex)
for args in [['--even', '4'], ['--even', '3'], ['--even', 'x'], ['--picky', '1'],
             ['--cplx', '1+2j'], ['--cplx', 'zz']]:
    parse(t, args)
r = show_exit('named', lambda: t.parse_args(['--named', 'q']))

# parents and conflicts
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--shared', default='s')
pg = parent.add_argument_group('parent group')
pg.add_argument('--pgopt')
parent.set_defaults(extra=1)
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('--own')
parse(child, ['--shared', 'x', '--pgopt', 'y'])
print(child.format_help())
try:
    argparse.ArgumentParser(prog='dup', parents=[parent, parent])
except argparse.ArgumentError as e:
    print('ArgumentError:', e)

res = argparse.ArgumentParser(prog='res', conflict_handler='resolve')
res.add_argument('-f', '--foo', help='old foo')
res.add_argument('--foo', help='new foo')
res.add_argument('-h', '--host')
print(res.format_help())
parse(res, ['-f', '1', '--foo', '2', '-h', 'H'])

e = argparse.ArgumentParser(prog='errs')
e.add_argument('--x')
for make in [lambda: e.add_argument('--x'),
             lambda: e.add_argument('-y', '--x'),
             lambda: e.add_argument('x', dest='y'),
             lambda: e.add_argument('pos', required=True),
             lambda: e.add_argument('bad', action='nosuch'),
             lambda: e.add_argument('--b', type='int'),
             lambda: e.add_argument('--c', nargs=0),
             lambda: e.add_argument('--d', const=1),
             lambda: e.add_argument('--e', nargs=2, metavar=('A',)),
             lambda: e.add_argument('--f', nargs='+', metavar=('A', 'B', 'C')),
             lambda: e.add_argument('--g', type=argparse.FileType),
             lambda: e.add_argument('-'),
             lambda: e.add_argument('--', action='store_true'),
             lambda: e.add_argument('y', 'z'),
             lambda: e.add_argument('--n', nargs='x'),
             lambda: argparse.ArgumentParser(conflict_handler='nope'),
             lambda: e.add_argument('--t', action='store_true', type=int)]:
    try:
        print('ok?', make())
    except (ValueError, TypeError, argparse.ArgumentError) as exc:
        print(type(exc).__name__ + ':', exc)

# exit_on_error=False raises ArgumentError instead
q = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
q.add_argument('--n', type=int)
q.add_argument('--c', choices=['a'])
for args in [['--n', 'x'], ['--c', 'b'], ['--n']]:
    try:
        print(q.parse_args(args))
    except argparse.ArgumentError as err:
        print('ArgumentError:', err, '|', err.argument_name, '|', err.message)
show_exit('noexit unknown', lambda: q.parse_args(['--zzz']))

# namespace= argument and defaults already present
target = argparse.Namespace(n=99, keep='k')
print(q.parse_args([], namespace=target), q.parse_args(['--n', '1'], namespace=target))

# exit / error / print_usage
show_exit('exit', lambda: q.exit(3, 'bye\n'))
show_exit('exit0', lambda: q.exit())
show_exit('error', lambda: q.error('custom problem'))
q.print_usage()
q.print_help(sys.stdout)
show_exit('version', lambda: argparse.ArgumentParser(prog='ver').add_argument('--version', action='version', version='1.2   spaced') and None)
v = argparse.ArgumentParser(prog='ver')
v.add_argument('--version', action='version', version='%(prog)s version    1.2')
show_exit('--version', lambda: v.parse_args(['--version']))
show_exit('-h', lambda: v.parse_args(['-h']))

# prog from sys.argv[0]
saved = sys.argv
sys.argv = ['/some/dir/script-name.py', '--n', '5']
d = argparse.ArgumentParser()
d.add_argument('--n', type=int)
print(d.prog, d.parse_args(), d.format_usage(), end='')
sys.argv = saved

# intermixed
im = argparse.ArgumentParser(prog='mix')
im.add_argument('--foo')
im.add_argument('cmd')
im.add_argument('rest', nargs='*', type=int)
parse(im, ['doit', '1', '--foo', 'bar', '2', '3'])
print(im.parse_intermixed_args(['doit', '1', '--foo', 'bar', '2', '3']))
print(im.parse_known_intermixed_args(['x', '--zz', '4', '--foo', 'f', '5']))
show_exit('intermixed missing', lambda: im.parse_intermixed_args(['--foo', 'f']))

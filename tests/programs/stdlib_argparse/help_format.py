import argparse

def show(p):
    print('-' * 20)
    print(p.format_help(), end='')
    print('~~ usage only:')
    print(p.format_usage(), end='')

p = argparse.ArgumentParser(prog='tool', description='Does things with files. '
                            'This description is long enough that it has to be wrapped over several lines.',
                            epilog='See the manual for more.   Spaces   collapse.')
p.add_argument('input', help='the input file')
p.add_argument('outputs', nargs='*', metavar='OUT', help='output files')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('-n', '--number', type=int, default=5, help='how many (default: %(default)s)')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast', help='one of %(choices)s; prog %(prog)s')
p.add_argument('--point', nargs=2, metavar=('X', 'Y'), type=float, help='a point')
p.add_argument('--secret', help=argparse.SUPPRESS)
p.add_argument('--no-help')
p.add_argument('--a-very-long-option-name-indeed', metavar='VALUE', help='long invocation goes on its own line')
p.add_argument('--empty', help='')
p.add_argument('--type-name', type=int, help='type is %(type)s, dest %(dest)s')
p.add_argument('--maybe', nargs='?', const=1)
p.add_argument('--plus', nargs='+')
p.add_argument('--star', nargs='*', metavar=('A', 'B'))
p.add_argument('--rest', nargs=argparse.REMAINDER)
show(p)

g = argparse.ArgumentParser(prog='grouped', add_help=False)
g.add_argument('pos')
net = g.add_argument_group('network', 'Options about the network, described at length so that wrapping happens here too.')
net.add_argument('--host', default='localhost', help='host name')
net.add_argument('--port', type=int, help='port number')
g.add_argument_group('empty group')
auth = g.add_argument_group(title='auth')
auth.add_argument('--user')
show(g)

# a long usage that wraps, with positionals
w = argparse.ArgumentParser(prog='wrapper')
for name in ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta']:
    w.add_argument('--' + name, metavar=name.upper() + '_VALUE')
for name in ['first', 'second', 'third', 'fourth']:
    w.add_argument(name)
show(w)

# long prog name: usage starts on a new line
lp = argparse.ArgumentParser(prog='a-program-with-an-extremely-long-name-that-takes-most-of-the-line')
lp.add_argument('--one', help='first')
lp.add_argument('--two', help='second')
lp.add_argument('--three')
lp.add_argument('positional_argument')
show(lp)
lp2 = argparse.ArgumentParser(prog='p' * 60)
for i in range(8):
    lp2.add_argument('--opt%d' % i)
lp2.add_argument('pos1')
lp2.add_argument('pos2')
show(lp2)

# only positionals, wrapped
po = argparse.ArgumentParser(prog='onlypos', add_help=False)
for i in range(12):
    po.add_argument('positional_number_%d' % i)
show(po)

# custom usage and %(prog)s in texts
cu = argparse.ArgumentParser(prog='custom', usage='%(prog)s [options] FILE', description='%(prog)s is great')
cu.add_argument('file')
show(cu)
print(repr(argparse.ArgumentParser(prog='nothing', add_help=False).format_help()))
print(repr(argparse.ArgumentParser(prog='nothing', add_help=False, usage=argparse.SUPPRESS).format_help()))

# formatter classes
text = '''First line
    indented line

second paragraph   with  spaces'''
for cls in [argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
            argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter,
            argparse.MetavarTypeHelpFormatter]:
    f = argparse.ArgumentParser(prog=cls.__name__, description=text, epilog=text,
                                formatter_class=cls)
    f.add_argument('--count', type=int, default=3, help='a count\n  with a second line')
    f.add_argument('--name', type=str, default='x', help='name (default: %(default)r)')
    f.add_argument('--off', type=str, default=argparse.SUPPRESS, help='no default shown')
    f.add_argument('--nohelp', type=int, default=1)
    f.add_argument('items', type=str, nargs='*', default=[], help='items')
    f.add_argument('req', type=int, help='required positional')
    show(f)

# width and help position via a formatter factory
narrow = argparse.ArgumentParser(prog='narrow', formatter_class=lambda prog: argparse.HelpFormatter(prog, width=40, max_help_position=10),
                                 description='A description that needs wrapping at forty columns.')
narrow.add_argument('--option', help='some help text that is long enough to wrap around')
narrow.add_argument('-x', action='store_true', help='short')
show(narrow)
wide = argparse.ArgumentParser(prog='wide', formatter_class=lambda prog: argparse.HelpFormatter(prog, width=120, max_help_position=40))
wide.add_argument('--an-option-name', metavar='SOMETHING', help='help text ' * 12)
wide.add_argument('pos', help='positional')
show(wide)

# BooleanOptionalAction and version
b = argparse.ArgumentParser(prog='bools')
b.add_argument('--color', action=argparse.BooleanOptionalAction, default=True, help='use colour')
b.add_argument('--feature', action=argparse.BooleanOptionalAction)
b.add_argument('-V', '--version', action='version', version='%(prog)s 1.0')
show(b)
print(b.parse_args([]), b.parse_args(['--no-color', '--feature']), b.parse_args(['--color', '--no-feature']))

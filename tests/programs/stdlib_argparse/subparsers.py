import argparse
from _harness import parse, known, show_exit

class Command:
    def __init__(self, name):
        self.name = name

    def __call__(self, ns):
        return '%s ran with %r' % (self.name, sorted(vars(ns)))

    def __repr__(self):
        return '<command %s>' % self.name

cmd_add = Command('add')
cmd_commit = Command('commit')

p = argparse.ArgumentParser(prog='git')
p.add_argument('--verbose', action='store_true')
sub = p.add_subparsers(dest='command', help='sub-command help')
a = sub.add_parser('add', help='add files', aliases=['ad'])
a.add_argument('files', nargs='+')
a.add_argument('-f', '--force', action='store_true')
a.set_defaults(func=cmd_add)
c = sub.add_parser('commit', help='record changes')
c.add_argument('-m', '--message', required=True)
c.add_argument('--verbose', type=int, default=7)
c.set_defaults(func=cmd_commit)
sub.add_parser('status')

for args in [['add', 'x', 'y'], ['ad', '-f', 'z'], ['--verbose', 'commit', '-m', 'msg'],
             ['commit', '-m', 'hi', '--verbose', '2'], ['status'], [], ['push'],
             ['commit'], ['add'], ['add', 'a', '--bogus']]:
    ns = parse(p, args)
    if ns is not None and hasattr(ns, 'func'):
        print('   ', ns.func(ns))
known(p, ['status', 'extra', '--x'])

print(p.format_help())
print(a.format_help())
print(c.format_usage())
show_exit('add -h', lambda: p.parse_args(['add', '-h']))

# required subparsers, title/description, metavar, no dest
r = argparse.ArgumentParser(prog='req')
r.add_argument('pre')
subs = r.add_subparsers(title='commands', description='available commands', required=True, metavar='CMD')
subs.add_parser('one', help='first')
subs.add_parser('two', help='second')
subs.add_parser('three')
print(r.format_help())
parse(r, ['p'])
parse(r, ['p', 'one'])
parse(r, ['p', 'four'])
print(subs.choices['one'].prog)

n = argparse.ArgumentParser(prog='nodest')
ns_sub = n.add_subparsers()
x = ns_sub.add_parser('x')
x.add_argument('--val', default='v')
parse(n, [])
parse(n, ['x'])
parse(n, ['y'])

# nested subcommands
top = argparse.ArgumentParser(prog='top')
level1 = top.add_subparsers(dest='l1', required=True)
mid = level1.add_parser('mid')
level2 = mid.add_subparsers(dest='l2', required=True)
leaf = level2.add_parser('leaf')
leaf.add_argument('n', type=int)
parse(top, ['mid', 'leaf', '5'])
parse(top, ['mid', 'leaf', 'q'])
parse(top, ['mid'])
print(leaf.prog)

# errors creating subparsers
try:
    sub.add_parser('add')
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
try:
    sub.add_parser('new', aliases=['commit'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
show_exit('second add_subparsers', lambda: p.add_subparsers())

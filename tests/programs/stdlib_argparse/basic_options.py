import argparse
from _harness import parse

p = argparse.ArgumentParser(prog='basic')
p.add_argument('-v', '--verbose', action='store_true')
p.add_argument('-q', action='store_false', dest='loud')
p.add_argument('-n', '--num', type=int, default=3)
p.add_argument('--name', default='anon')
p.add_argument('--ratio', type=float)
p.add_argument('-c', action='count', default=0)
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--tag', action='append')
p.add_argument('--flag', dest='flags', action='append_const', const='F')
p.add_argument('--ext', action='extend', nargs='+')

for args in [[], ['-v'], ['--verbose', '-q'], ['-n', '7'], ['-n7'], ['--num=8'],
             ['--num', '-5'], ['-vcc'], ['-cvc', '-c'], ['--name', 'bob', '--name', 'al'],
             ['--ratio', '2.5'], ['--ratio', '-.5'], ['--const'], ['--tag', 'a', '--tag', 'b'],
             ['--flag', '--flag'], ['--ext', 'a', 'b', '--ext', 'c'], ['--na', 'x'],
             ['--verb'], ['--nu', '4'], ['--nu=4'], ['-vn9'], ['-n', '3', 'extra'],
             ['-n'], ['-n', 'x'], ['--ratio', 'abc'], ['--num', '1.5'], ['--bogus'],
             ['-x'], ['--verbose=1'], ['--const=3'], ['-vx'], ['--ext'], ['--name=']]:
    parse(p, args)

# abbreviations: ambiguous, exact wins, disabled
p2 = argparse.ArgumentParser(prog='abbr')
p2.add_argument('--foo')
p2.add_argument('--fox')
p2.add_argument('--foobar')
for args in [['--fo', '1'], ['--foo', '1'], ['--foob', '2'], ['--fox=3'], ['--f=1'], ['--fooba=9']]:
    parse(p2, args)
p3 = argparse.ArgumentParser(prog='noabbr', allow_abbrev=False)
p3.add_argument('--long')
p3.add_argument('-a', action='store_true')
p3.add_argument('-b', action='store_true')
for args in [['--lo', 'x'], ['--long', 'x'], ['-ab'], ['--long=y']]:
    parse(p3, args)

# prefix_chars
p4 = argparse.ArgumentParser(prog='plus', prefix_chars='+/')
p4.add_argument('+f', action='store_true')
p4.add_argument('++bar')
p4.add_argument('/x', type=int)
for args in [['+f'], ['++bar', 'z', '/x', '3'], ['++b=q'], ['-f']]:
    parse(p4, args)

# argument_default and set_defaults before/after
p5 = argparse.ArgumentParser(prog='defs', argument_default=argparse.SUPPRESS)
p5.add_argument('--a')
p5.add_argument('--b', default=1)
parse(p5, [])
parse(p5, ['--a', 'x'])
p6 = argparse.ArgumentParser(prog='defs2')
p6.set_defaults(x=5, y='why')
p6.add_argument('--x', type=int)
p6.set_defaults(z=[1])
parse(p6, [])
parse(p6, ['--x', '2'])
print(p6.get_default('x'), p6.get_default('y'), p6.get_default('nothing'))

# string defaults go through type=
p7 = argparse.ArgumentParser(prog='conv')
p7.add_argument('--n', type=int, default='10')
p7.add_argument('--m', type=int, default=2.5)
parse(p7, [])
parse(p7, ['--n', '3'])

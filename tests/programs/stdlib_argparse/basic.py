import argparse
import sys

parser = argparse.ArgumentParser(prog='tool', description='Process some integers and files.',
                                 epilog='See the manual for more.')
parser.add_argument('integers', metavar='N', type=int, nargs='+', help='an integer for the accumulator')
parser.add_argument('--sum', dest='accumulate', action='store_const', const=sum, default=max,
                    help='sum the integers (default: find the max)')
parser.add_argument('-v', '--verbose', action='count', default=0, help='increase verbosity')
parser.add_argument('-o', '--output', metavar='FILE', help='where to write the result')
parser.add_argument('--mode', choices=['fast', 'slow', 'auto'], default='auto', help='run mode')
parser.add_argument('--tag', action='append', help='tags (repeatable)')
parser.add_argument('-q', action='store_true', help='quiet')
parser.add_argument('--no-color', action='store_false', dest='color')
parser.add_argument('--ratio', type=float, default=0.5)
parser.add_argument('--pair', nargs=2, metavar=('KEY', 'VALUE'))
parser.add_argument('--opt', nargs='?', const='CONST', default='DEF')
parser.add_argument('--many', nargs='*')
parser.add_argument('--version', action='version', version='%(prog)s 1.0')

parser.print_help()
print('---')
print(parser.format_usage(), end='')
print('---')

for argv in [['1', '2', '3'],
             ['1', '2', '3', '--sum'],
             ['--sum', '4', '5', '-vv'],
             ['7', '-v', '--verbose', '-o', 'out.txt'],
             ['7', '--output=x.txt', '--mode', 'fast'],
             ['7', '--mo', 'slow', '--verb'],
             ['7', '--tag', 'a', '--tag=b', '-q', '--no-color'],
             ['7', '--ratio', '2.5', '--pair', 'k', 'v'],
             ['7', '--opt'], ['7', '--opt', 'given'], ['7'],
             ['7', '--many'], ['--many', 'a', 'b', '--', '8', '9'],
             ['-ofile', '3'], ['-vvq', '3'], ['--', '-5', '6'],
             ['-1'] if False else ['10']]:
    ns = parser.parse_args(argv)
    print(argv, '->', ns)
    print('   result:', ns.accumulate(ns.integers))

ns, extra = parser.parse_known_args(['1', '--unknown', 'x', '2', '-z'])
print(ns.integers, extra)
print(argparse.Namespace(a=1, b='x'), argparse.Namespace() == argparse.Namespace(), 'a' in argparse.Namespace(a=1))
print(vars(argparse.Namespace(x=[1], y=None)))
ns = argparse.Namespace(**{'with-dash': 1, 'ok': 2})
print(ns)
print(repr(parser.add_argument('--extra', type=int, default=3, help='extra')))
print(parser.get_default('ratio'), parser.get_default('nothing'))
parser.set_defaults(ratio=9.0, newkey='nv')
print(parser.parse_args(['1']))
sys.argv = ['prog.py', '5', '6']
print(parser.parse_args())

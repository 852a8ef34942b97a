# The shapes of argparse use in pyperf's Runner: typed options with
# converters that rename themselves, ArgumentTypeError messages,
# set_defaults after the options, error() for cross-option checks, and a
# benchmark script adding its own options to runner.argparser.
import argparse
from _harness import parse, show_exit


def count(minimum):
    def convert(text):
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError('expected an integer, got %r' % text)
        if value < minimum:
            raise argparse.ArgumentTypeError('must be at least %d, got %d' % (minimum, value))
        return value
    convert.__name__ = 'integer >= %d' % minimum
    return convert


def seconds(text):
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError('must be positive, got %r' % text)
    return value


p = argparse.ArgumentParser(prog='bench', description='Benchmark')
add = p.add_argument
add('--rigorous', action='store_true', help='spend longer measuring')
add('--fast', action='store_true', help='get rough answers quickly')
add('-p', '--processes', type=count(1), default=None, help='number of runs (default: %d)' % 20)
add('-n', '--values', type=count(1), default=None, help='values per run')
add('-l', '--loops', type=count(0), default=0, help='loops per value (default: 0)')
add('--min-time', type=seconds, default=0.1, help='minimum seconds (default: %s)' % 0.1)
add('-o', '--output', metavar='FILENAME', help='write the results into FILENAME')
add('--append', metavar='FILENAME', help='append to FILENAME')
add('--worker-task', type=int, metavar='TASK_ID', help='ignored')
p.set_defaults(min_time=0.5)
# what a benchmark script adds
p.add_argument('--iterations', type=int, default=20000, help='Number of iterations (default: 20000)')
p.add_argument('benchmark', nargs='?', choices=sorted(['float', 'int', 'str']))

for args in [[], ['--fast'], ['--rigorous', '-p', '3', '-n2', '--loops=4'],
             ['--min-time', '0.01', 'float'], ['-p', '0'], ['-p', 'many'], ['-l', '-1'],
             ['--min-time', '-1'], ['--min-time', 'x'], ['bogus'], ['--iterations', '5', 'int'],
             ['--fas'], ['-o', 'out.json', '--append', 'x.json']]:
    ns = parse(p, args)
    if ns is not None and ns.output and ns.append:
        show_exit('check', lambda: p.error('-o/--output and --append cannot be used together'))
print(p.format_help())

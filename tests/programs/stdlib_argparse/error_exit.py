# An uncaught parse error: usage and message go to stderr, exit status 2.
import argparse

p = argparse.ArgumentParser(prog='failing')
p.add_argument('--count', type=int, required=True)
p.add_argument('name')
print('parsing')
p.parse_args(['--count', 'seven'])
print('not reached')

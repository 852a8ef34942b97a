# -h prints help to stdout and exits with status 0 through SystemExit.
import argparse

p = argparse.ArgumentParser(prog='helper', description='Shows help.', epilog='Bye.')
p.add_argument('--x', help='the x value')
p.parse_args(['--x', '1', '-h', '--unknown'])
print('not reached')

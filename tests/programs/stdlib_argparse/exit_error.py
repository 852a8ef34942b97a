import argparse

parser = argparse.ArgumentParser(prog='strict')
parser.add_argument('count', type=int)
parser.add_argument('--mode', choices=['a', 'b'])
print('parsing')
parser.parse_args(['3', '--mode', 'c'])
print('not reached')

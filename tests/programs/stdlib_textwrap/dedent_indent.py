import textwrap

samples = [
    "    a\n      b\n    c\n",
    "\ta\n\t\tb\n",
    "  a\n\tb\n",
    "    a\n\n      \n    b",
    "  x\n   y\n z\n",
    "no indent\n  some\n",
    "   \n  \n",
    "",
    "    only one line",
    "  \ta\n  \tb\n  c",
    "\n\n    text after blanks\n    more\n",
    "  trailing spaces   \n  kept   ",
]
for s in samples:
    print(repr(textwrap.dedent(s)))

def code():
    return textwrap.dedent('''\
        def f(x):
            return x * 2

        print(f(3))
        ''')
print(code(), end='')

for s in ["a\nb\n", "a\n\n  \nb", "single", "", "x\r\ny\rz", "  \n"]:
    print(repr(textwrap.indent(s, '> ')))
print(repr(textwrap.indent("a\n\nb\n", '+ ', lambda line: True)))
print(repr(textwrap.indent("keep\nskip\nkeep\n", '# ', lambda line: line.startswith('k'))))
print(textwrap.__all__)

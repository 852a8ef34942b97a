# str methods on ASCII and non-ASCII text: case mapping, expandtabs, partition/split,
# splitlines, zfill/center, prefixes, classification, format_map, encode, maketrans/translate,
# find/count, join/strip/replace, %-formatting, slicing.
def T(*exprs):
    for s in exprs:
        try:
            r = eval(s)
            print(s, '->', repr(r))
        except Exception as e:
            print(s, '!!', type(e).__name__, e)
T("'ß'.casefold()","'ﬁ'.casefold()","'ΣΑΣ'.lower()","'ΑΣ Σ'.lower()","'ß'.upper()","'ǅ'.title()","'ǆ'.capitalize()","'ǅ'.swapcase()","'ﬁx'.title()","'hello wORLD'.title()","\"they're bill's\".title()","'ΣΣ'.capitalize()","'İ'.lower()","'ŉ'.upper()","'aBc'.swapcase()","'ß'.swapcase()","'µ'.upper()",
  "'a\\tb\\tc'.expandtabs()","'a\\tb'.expandtabs(4)","'ab\\ncd\\tx'.expandtabs(3)","'a\\tb'.expandtabs(0)","'a\\tb'.expandtabs(-1)","'a\\r\\tb'.expandtabs(4)","'a\\tb'.expandtabs(tabsize=2)",
  "'a,b,c'.partition(',')","'abc'.partition('x')","'abc'.rpartition('x')","'a,b,c'.rpartition(',')","'abc'.partition('')","'a b  c '.rsplit(None, 1)","'a b  c '.rsplit(maxsplit=1)","'  a b c'.rsplit(' ', 1)","'a,b,c'.rsplit(',', 0)","'a,b,c'.rsplit(',', -1)","'abc'.split('')","'  a  b  '.split()","'  a  b  '.split(None, 0)","'a\\x1cb\\x85c\\u2028d'.split()","'a  b'.split(' ')","'a,b'.split(sep=',', maxsplit=1)",
  "'a\\nb\\r\\nc\\rd'.splitlines()","'a\\nb\\r\\nc\\rd\\n'.splitlines(True)","'a\\x0bb\\x0cc\\x1cd\\x1de\\x1ef\\x85g\\u2028h\\u2029i'.splitlines()","''.splitlines()","'\\n'.splitlines()","'a'.splitlines(keepends=True)",
  "'42'.zfill(5)","'-42'.zfill(5)","'+42'.zfill(5)","'abc'.zfill(2)","''.zfill(3)","'-'.zfill(3)","'ab'.center(7, '*')","'ab'.center(7, '**')","'ab'.center(7, '')","'ab'.center(6)","'abc'.center(6)","'abc'.ljust(5,'é')","'abc'.rjust(5, 1)","'a'.center(2**70)",
  "'abc'.removeprefix('ab')","'abc'.removesuffix('bc')","'abc'.removeprefix('x')","'abc'.removeprefix(1)","'é'.isascii()","''.isascii()","'²'.isdigit()","'²'.isdecimal()","'½'.isnumeric()","'½'.isdigit()","'٣'.isdecimal()","'一'.isnumeric()","''.isdigit()",
  "'{a}{b}'.format_map({'a':1,'b':2})","'{a}'.format_map({})","'{0}'.format_map({})","'é'.encode('ascii')","'é'.encode('ascii', 'ignore')","'é'.encode('ascii', 'replace')","'é€'.encode('ascii', 'xmlcharrefreplace')","'é\\U0001f600'.encode('ascii', 'backslashreplace')","'é'.encode('latin-1')","'€'.encode('latin-1')","'é'.encode('utf-16')","'é'.encode('utf-16-le')","'é'.encode('utf-32-be')","'é'.encode(encoding='UTF8')","'é'.encode('bogus')","'a'.encode('ascii', 'strict')","'é'.encode('ascii', 'bogus')","'é'.encode('cp1252')","'é'.encode('namereplace')",
  "str.maketrans('abc', 'xyz')","str.maketrans({'a': 'b', 98: None})","str.maketrans('ab', 'xy', 'c')","str.maketrans('ab', 'x')","str.maketrans({'ab': 1})","str.maketrans(1)","str.maketrans({1.5: 1})","str.maketrans('a')","'abcabc'.translate(str.maketrans('ab', 'xy', 'c'))","'abc'.translate({97: 'XX', 98: None, 99: 100})","'abc'.translate({97: 1.5})","'abc'.translate({97: 0x110000})","'abc'.translate([ 'q' ] * 100)","'abc'.translate({})",
  "'abc'.find('c', -1)","'abc'.index('d')","'abcabc'.rindex('b', 0, 4)","'abc'.count('')","'abc'.count('', 1, 2)","'aaa'.count('aa')","'abc'.find('', 5)","'abc'.find('', 3)","'abc'.startswith(('x','a'))","'abc'.startswith('b', 1)","'abc'.endswith('b', 0, 2)","'abc'.startswith(['a'])","'abc'.startswith('', 4)","'abc'.startswith('', 3)",
  "'a'.join(['b', 1])","''.join(x for x in 'abc')","'x'.join([])","'abc'.strip('ac')","'  abc  '.lstrip()","'\\u3000abc\\x85'.strip()","'abc'.strip(None)","'abc'.strip(1)",
  "'abc'.replace('', '-')","'abc'.replace('', '-', 2)","'aaa'.replace('a', 'b', -1)","'aaa'.replace('a', 'b', 0)","'abc'.replace('b', 'x', count=1)",
  "'Hello'.istitle()","'HeLLo'.istitle()","'A1'.isupper()","'1'.isupper()","'ǅ'.istitle()","'abc1'.isalnum()","'a b'.isalpha()","''.isspace()","'\\x1c'.isspace()","'abc'.isidentifier()","'1a'.isidentifier()","'\\x7f'.isprintable()","'\\xa0'.isprintable()","' '.isprintable()",
  "'%s %d %5.2f %x %o %r %a %c %%' % ('s', 5, 3.14159, 255, 8, 'r', 'é', 65)","'%(a)s %(b)05d' % {'a': 1, 'b': 2}","'%*d' % (5, 3)","'%-*.*f' % (8, 2, 3.14159)","'%d' % 3.7","'%d' % '3'","'%s %s' % (1,)","'%s' % (1, 2)","'%c' % 'ab'","'%c' % 1114112","'%#x %#o %#X' % (255, 8, 255)","'%+d % d' % (5, 5)","'%e %E %g %G' % (1e10, 1e-10, 1e10, 1e-10)","'%i %u' % (3, 4)","'%.3s' % 'abcdef'","'%5s|%-5s|' % ('a', 'b')","'%z' % 3","'%' % ()","'%(a)s' % 5","'abc' % ()","'abc' % 5","'abc' % []","'abc' % {}","'%s' % [1]","'%x' % 3.5","'%d' % 2**100","'%.0f %.1f' % (2.5, 0.25)","'%r' % b'x'","'%a' % 'é'","'%%%s' % 'x'",
  "'abc'[::-1]","'abc'[5:]","'abc'[-10:2]","'abc'[1::2]","'abc'[10]","'ab' * -1","'ab' * 2**70","'a' < 'b'","'a' < 1","'abc'.__getnewargs__()","str(b'abc', 'ascii')","str(b'\\xff', 'utf-8', 'replace')","str(b'\\xff', errors='ignore')","str(1, 'ascii')","str(encoding='ascii')","str(object=5)",
  "'aXbXc'.split('X', maxsplit=1)","'abc'.rjust(5, 'xy')","'abc'.index('b', 1, 2)","'abc'.rfind('b', -5)","'abc'.encode()","'abc'.__mod__(1)","'abc'.__rmod__(1)",
  "'ab\\x00c'.split('\\x00')","'ﬀ'.upper()","'ﬀ'.lower()","'ǰ'.upper()","'Straße'.casefold()","'ΐ'.upper()","'ΰ'.upper()",
)

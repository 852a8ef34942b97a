# Argument-count and argument-type errors of builtin functions and methods.
def T(*exprs):
    for s in exprs:
        try:
            r = eval(s)
            print(s, '->', repr(r))
        except Exception as e:
            print(s, '!!', type(e).__name__, e)
T("[].append()","[].append(1, 2)","[].insert(1)","[].pop(1)","[1].pop(5)","[].pop()","[].remove(1)","[].index(1)","[].count()","[].extend()","[].extend(1)","[].reverse(1)","[].copy(1)","[].clear(1)","[].sort(key=1)",
  "''.split(1)","''.join(1)","''.join([1])","'a'.replace(1, 2)","'a'.startswith(1)","'a'.find(1)","'a'.count(1)","'a'.center()","'a'.center(1, 2)","'a'.ljust('a')","'a'.strip(1)","'a'.encode(1)","'a'.split(maxsplit='a')","'a'.splitlines(1.5)","'a'.expandtabs('a')","'a'.zfill('a')","'a'.partition('')","'a'.rpartition(1)","'a'.index('b')","'a'.rindex('b')","'ab'.split('')","'a'.upper(1)","'a'.format_map(1)","str.join('a')","'a'.title(1)","'a'.translate()","'a'.removeprefix()",
  "b''.split(1)","b''.join([1])","b'a'.replace('a', 'b')","b'a'.startswith('a')","b'a'.find('a')","b'a'.center(3, 'a')","b'a'.strip('a')","b'a'.decode(1)","bytearray().append(256)","bytearray().insert(0, -1)","bytearray(b'a').remove(1)","bytearray().pop()","bytes.fromhex(1)","b'a'.hex('', 1)","b'a'.hex('ab')",
  "{}.update(1)","{}.update([1])","{}.update([(1,)])","{}.fromkeys()","dict(1)","dict([[1, 2, 3]])","{}.items(1)","{}.keys(1)","{}.popitem(1)","{}.copy(1)","{}.clear(1)","dict.get({}, )",
  "set().add()","set().add([])","set().remove(1)","set().update(1)","set().union(1)","set(1)","frozenset(1)","set([], [])","set().issubset(1)","set().isdisjoint(1)","set().symmetric_difference()","set().pop(1)",
  "tuple(1)","list(1)","tuple([], [])","().index()","().count()","range()","range(1, 2, 3, 4)","range('a')","range(0, 1, 0)","range(1).index('a')","slice()","slice(1, 2, 3, 4)",
  "int('a', 'b')","int(1, 2)","int('1', base=40)","float(1, 2)","float([])","complex('1', 1)","complex(1, '1')","complex('x')","bool(1, 2)","str(1, 2)","bytes('a')","bytes(1, 2)","bytearray('a')","bytes([1], 'a')",
  "len()","len(1)","abs()","abs('a')","sum()","sum(1)","sum([1], 2, 3)","min()","max(1)","sorted(1)","reversed(1)","reversed([], 1)","enumerate()","enumerate(1)","zip(1)","map(len)","map(len, 1)","filter(1)","filter(None, 1)","iter()","iter(1, 2)","next()","isinstance(1)","issubclass(int)","hasattr(1)","getattr(1)","getattr(1, 2)","setattr(1, 'a')","chr()","chr('a')","ord(1)","hex('a')","round()","round(1, 'a')","divmod(1)","format()","format(1, 2)","repr()","ascii()","hash([])","id()","callable()","vars(1, 2)","dir(1, 2)",
)

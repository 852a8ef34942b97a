# dict views and set algebra, dict/list/tuple/set/range/slice methods with their errors,
# enumerate/zip/map/iter(callable, sentinel), min/max/sum/sorted, and small builtins.
def T(*exprs):
    for s in exprs:
        try:
            r = eval(s)
            print(s, '->', repr(r))
        except Exception as e:
            print(s, '!!', type(e).__name__, e)
d = {'a': 1, 'b': 2, 'c': 3}
T("d.keys() & {'a', 'x'}","{'a', 'x'} & d.keys()","['a', 'z'] - d.keys()","d.keys() & 5","d.keys().isdisjoint({'x'})","d.keys().isdisjoint(['a'])",
  "d.items() & {('a', 1)}","{'a': []}.items() & {('a', 1)}","{'a': []}.items() - {('a', 1)}","('a', 1) in d.items()","('a', []) in d.items()","(1,) in d.items()","d.items().isdisjoint([('a', 1)])","{'a': [1]}.items() | {('a', [1])}",
  "list(reversed(d.keys()))","list(reversed(d.values()))","list(reversed(d.items()))","list(reversed(d))","d.items().mapping is d","d.keys() == {'a','b','c'}","d.keys() == ['a','b','c']","d.values() == d.values()","d.items() == {('a',1),('b',2),('c',3)}","d.keys() < {'a','b','c','d'}","d.keys() <= d.keys()","d.keys() > {'a'}","len(d.keys())","repr(d.keys())","repr(d.items())","repr({}.values())","hash(d.keys())",
  "{1: 2} | {3: 4}","{1: 2} | [(3, 4)]","dict.fromkeys('ab')","dict.fromkeys('ab', 0)","dict.fromkeys([], 0, 1)","{1:2}.copy()","d.get()","dict(a=1, **{'b': 2})","dict([(1, 2)], a=3)","dict([1, 2])","dict([(1,2,3)])","dict({1: 2}.items())","{}.popitem()","d.pop('z')","d.pop()","dict.fromkeys(range(3)).keys()","list({1:2,3:4}.__reversed__())",
  "{1: 2} == {1: 2.0}","{1: 2} < {1: 2}","dict.__or__({}, 5)","dict.__ior__({}, 5)","dict.__ior__({}, [(1,2)])","{} | 5",
  "[3,1,2].sort()","sorted([3,1,2], reverse=True)","sorted('bca', key=str.upper)","sorted([(1,'b'),(0,'c'),(1,'a')], key=lambda x: x[0])","sorted([(1,'b'),(0,'c'),(1,'a')], key=lambda x: x[0], reverse=True)","sorted([1,'a'])","sorted([3,1], None)","sorted()","sorted([1], cmp=1)","[].sort(1)","sorted([float('nan'), 1, 0])",
  "[1,2,3,2].index(2, 2)","[1,2,3,2].index(2, -1)","[1,2,3].index(3, 0, 2)","[1,2,3].index(4)","(1,2,3,2).index(2, 2)","(1,2).index(5)","[1,2].count(1)","(1,1).count(1)","[1,2,3].index(2, -100, 100)","[1,2].index(1, 2**70)","[1].index()","[1,2].index(1, 'a')",
  "list(reversed([1,2,3]))","[1,2].__iadd__([3])","[1,2].__iadd__((3,))","[1,2].__iadd__(5)","[1,2].__imul__(2)","[1].__imul__('a')","[1,2] * -1","[1,2].__mul__(2)","[1,2].__rmul__(2)","[1].__add__((2,))","list.__class_getitem__(int)",
  "{1,2}.union([3], (4,))","{1,2}.intersection([2,3], {2})","{1,2,3}.difference([1], [2])","{1,2}.symmetric_difference([2,3])","{1}.union()","{1}.intersection()","{1,2}.issubset([1,2,3])","{1,2}.issuperset([1])","{1}.isdisjoint([2])","frozenset([1,2]).union([3])","frozenset([1]) | {2}","{2} | frozenset([1])","type(frozenset([1]) | {2})","type({2} | frozenset([1]))","{1} | [2]","{1}.__ior__({2})","{1,2}.__iand__({2})","{1,2}.__isub__({2})","{1,2}.__ixor__({2,3})","{1}.__ior__([2])",
  "{1,2} < {1,2,3}","{1,2} <= [1,2]","frozenset({1}) == {1}","hash(frozenset()) ","hash(frozenset([1,2])) == hash(frozenset([2,1]))","{1}.pop()","set().pop()","{1}.remove(2)","{1}.discard(2)","{[]}", "set([[]])","{1}.add([])","[] in {1}","{1} == frozenset({1})","repr(frozenset())","repr(set())","repr({frozenset()})",
  "(1,2,3)[::2]","(1,2)+(3,)","(1,)*3","(1,2).__getnewargs__()","tuple.__class_getitem__(int)","(1,2) < (1,3)","(1,2) + [3]","tuple([1,2]) is tuple([1,2])","hash((1,2)) == hash((1,2))","hash((1,[]))",
  "range(10)[2:8:2]","range(0,10,3)[-1]","range(10).index(5)","range(10).count(3)","range(5).start","range(1,5,2).stop","range(1,5,2).step","bool(range(0))","bool(range(3))","list(reversed(range(1,10,3)))","range(10)[::-1]","range(3) == range(0,3,1)","range(0) == range(5,5)","hash(range(3)) == hash(range(0,3))","range(1,2**70)[-1]","len(range(2**70))","5 in range(1,10,2)","6 in range(1,10,2)","5.0 in range(10)","range(1.5)","range(0,10,0)","repr(range(1,5,2))","range(10).index(11)","range(3)[5]","list(range(3).__reversed__())","range(-5, 5, -1)[0]",
  "slice(1,2,3)","slice(5)","slice(1,10,2).indices(5)","slice(None,None,-1).indices(5)","slice(1,2) == slice(1,2)","hash(slice(1,2))","slice(0,10,0).indices(3)","slice(1,2,3).start",
  "list(enumerate('ab', 5))","list(enumerate('ab', start=-1))","list(enumerate(iterable='ab'))","list(zip('ab', 'cd', strict=True))","list(zip('ab', 'c', strict=True))","list(zip('a', 'cd', strict=True))","list(zip('ab', 'cd', 'e', strict=True))","list(zip(strict=True))","list(map(pow, [2, 3], [3, 2]))","list(map(pow, [2, 3], [3]))","list(map(lambda *a: a, 'ab', 'c', 'de'))","list(iter([1,2,3,4].pop, 2))","list(iter(iter([1,2,0,3]).__next__, 0))","iter(5, 1)","iter(len)",
  "min([3,1,2], key=lambda x: -x)","max([], default=5)","min([], default=None)","min([])","max(1, 2, key=lambda x: -x)","max(1, 2, default=3)","min(5)","min([1, 1.0])","max([1.0, 1])","max('abc')","min((1,'a'), (1,'b'))","max([[1], [1, 2]])","max(iter([]), default='x')","min(1)","max()","min(a=1)","max([1,2], key=None)",
  "sum([1,2], start=3)","sum(range(10**3))","sum([], 0.0)","sum([True, True])","sum(['a', 'b'], '')","sum([[1]], [])","sum([1.5, 2**100])",
  "ascii('é\\n\\U0001f600')","ascii([1, 'é'])","ascii(b'\\xff')","format(5)","format(5, 'x')","format([1], '')","format([1], 'x')","format(object(), '')[:8]",
  "all([])","any([0, None, ''])","abs(-5)","abs(-2.5)","abs(3+4j)","abs(True)","abs('a')","chr(0x110000)","chr(-1)","ord('ab')","ord(b'a')","ord(bytearray(b'z'))","ord('')","callable(len)","isinstance(1, (int, str))","isinstance(1, [int])","issubclass(bool, (str, (int,)))","issubclass(1, int)","isinstance(1, int | str)","issubclass(bool, int | None)",
)

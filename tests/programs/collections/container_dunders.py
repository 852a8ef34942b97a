# Named special methods of the containers: in-place operators, __reversed__,
# range attributes, dict views (mapping, set operations, hashing), __length_hint__.
def T(*exprs):
    for s in exprs:
        try:
            print(s, '->', repr(eval(s)))
        except Exception as e:
            print(s, '!!', type(e).__name__, e)

T("[1, 2].__iadd__([3])", "[1, 2].__iadd__((3,))", "[1, 2].__iadd__(5)", "[1, 2].__imul__(2)", "[1].__imul__('a')",
  "[1].__add__((2,))", "(1,).__add__([2])", "'a'.__add__(1)", "b'a'.__add__(1)", "bytearray(b'a').__add__(1)",
  "[1].__mul__('a')", "'a'.__rmul__(2)", "'%s'.__mod__(1)", "'a'.__rmod__(1)", "b'%d'.__rmod__(1)",
  "{1}.__ior__({2})", "{1, 2}.__iand__({2})", "{1, 2}.__isub__({2})", "{1, 2}.__ixor__({2, 3})", "{1}.__ior__([2])",
  "{1}.__or__([1])", "{1: 2}.__or__([1])", "dict.__ior__({}, [(1, 2)])", "dict.__ior__({}, 5)",
  "bytearray(b'ab').__imul__(2)", "bytearray(b'ab').__iadd__(b'c')", "bytearray(b'x').__alloc__() > 1", "bytearray().__alloc__()",
  "list(list.__reversed__([1, 2, 3]))", "type(reversed([1])).__name__", "list(range(1, 10, 3).__reversed__())",
  "type(reversed(range(3))).__name__", "list(reversed(range(0)))", "list(reversed(range(5, 0, -2)))",
  "range(5).start", "range(1, 5, 2).stop", "range(1, 5, 2).step", "range(0).__bool__()", "range(3).__bool__()", "None.__bool__()",
  "(1, 2).__getnewargs__()", "list.__class_getitem__(int)",
)
d = {'a': 1, 'b': 2}
T("d.keys().mapping", "d.items().mapping['a']", "type(d.values().mapping).__name__", "d.keys().mapping is d",
  "sorted(d.keys() & ['a', 'z'])", "d.keys() & 5", "d.keys().isdisjoint(['z'])", "d.items().isdisjoint([('a', 1)])",
  "('a', 1) in d.items()", "('a', []) in d.items()", "{'x': []}.items() & {('x', 1)}", "len(d.keys())",
  "d.keys().__len__()", "d.keys().__contains__('a')", "list(d.values().__iter__())", "hash(d.keys())", "hash(d.items())",
  "list(reversed(d.items()))", "d.keys() == {'a', 'b'}", "d.keys() < {'a', 'b', 'c'}",
  "d.get()", "d.pop()", "d.setdefault()", "d.get('a', 0, 1)",
)
it = iter([1, 2, 3, 4])
next(it)
T("it.__length_hint__()", "iter(range(10)).__length_hint__()", "iter('héllo').__length_hint__()",
  "iter({1: 2}).__length_hint__()", "iter({1, 2}).__length_hint__()", "reversed([1, 2]).__length_hint__()",
  "iter((1,)).__length_hint__()")
T("slice(1, 2) == slice(1, 2)", "slice(1, 2) < slice(1, 3)", "slice(1, 2, None) != slice(1, 2, 3)", "hash(slice(1))")
m = type.__dict__['__dict__'] if False else type(int.__dict__)
T("type(int.__dict__).__name__", "int.__dict__['real']", "'bit_length' in int.__dict__", "len(m({'q': 1}))",
  "m({'q': 1})['q']", "m([1])", "m({'q': 1}).get('z', 9)", "list(m({'a': 1}).items())", "m({1: 2}) | {3: 4}",
  "m({1: 2}) == {1: 2}", "hash(m({}))")

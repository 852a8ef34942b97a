# types.GenericAlias (list[int]) and types.UnionType (int | None).
def T(*exprs):
    for s in exprs:
        try:
            print(s, '->', repr(eval(s)))
        except Exception as e:
            print(s, '!!', type(e).__name__, e)

class A: pass
def f(): pass
T("list[int]", "dict[str, list[int]]", "tuple[int, ...]", "tuple[()]", "list['X']", "type[int]", "set[A]", "list[f]",
  "frozenset[int]", "enumerate[str]", "list[int].__origin__", "list[int].__args__", "list[int].__parameters__",
  "list[int]()", "list[int]([1, 2])", "dict[str, int](a=1)", "type(list[int]).__name__", "type(list[int]).__module__",
  "list[int] == list[int]", "list[int] == list[str]", "list[int] != list", "hash(list[int]) == hash(list[int])",
  "list[int].append is list.append", "list[int].__name__", "list[int][0]", "list[int].__class__.__name__",
  "isinstance([], list[int])", "issubclass(list, list[int])", "isinstance([], list)", "int[int]",
  "list[int].__mro_entries__(())", "list[int].__reduce__()[1]", "list[1]",
)
class B(list[int]): pass
print(B.__bases__, B([1]))
T("int | None", "int | str", "None | int", "int | str | int", "int | (str | float)", "int | list[int]",
  "type(int | str).__name__", "(int | str).__args__", "(int | str) == (str | int)", "(int | None) == (int | str)",
  "hash(int | str) == hash(str | int)", "int | int", "int | 3", "3 | int", "int | 'str'",
  "isinstance(3, int | str)", "isinstance('a', int | None)", "isinstance(None, int | None)", "issubclass(bool, int | str)",
  "issubclass(list, int | str)", "isinstance(1, int | list[int])", "isinstance([], int | list[int])",
  "(int | str)[0]", "int.__or__(str)", "int.__ror__(str)", "int.__or__(3)", "A | None", "(A | int).__args__",
  "type.__or__(int, None)", "isinstance(1, (str, int | None))",
)
T("type.__instancecheck__(int, 3)", "type.__subclasscheck__(int, bool)", "isinstance(1, 5)", "issubclass(int, 5)", "issubclass(1, int)")

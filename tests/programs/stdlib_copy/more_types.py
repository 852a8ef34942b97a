import copy
e = ValueError('x', 2)
c = copy.copy(e)
print(type(c).__name__, c.args, c is e)
class MyErr(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg, code)
        self.code = code
m = copy.deepcopy(MyErr('boom', 3))
print(type(m).__name__, m.args, m.code)
import collections
print(copy.deepcopy(collections.ChainMap({'a': [1]})), copy.copy(collections.UserList([1])), copy.deepcopy(collections.UserDict(a=[1])))
print(copy.copy(range(3)), copy.deepcopy(slice(1, [2])), copy.copy(complex(1, 2)))
class E: pass
import types
print(copy.deepcopy(types.SimpleNamespace(a=[1])))
print(copy.copy(1 << 100), sorted(copy.deepcopy(frozenset({1, 2}))))
print(copy.deepcopy({1: E}) [1] is E)

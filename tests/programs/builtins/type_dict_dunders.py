print('__hash__' in list.__dict__, list.__hash__, dict.__hash__, set.__hash__, bytearray.__hash__)
d = {1: 2, 3: 4}
print(type(d.keys()).__len__(d.keys()), d.keys().__contains__(1), list(d.items().__iter__()), d.keys().__eq__({1, 3}), d.values().__len__())
print('__call__' in type(len).__dict__, '__call__' in type(lambda: 0).__dict__)
print((lambda x: x + 1).__call__(2), len.__call__([1, 2]))
class L(list): pass
try: hash(L())
except TypeError as e: print(e)
class H(list):
    def __hash__(self): return 7
print(hash(H()))
try: hash([])
except TypeError as e: print(e)
print(d.keys() == {1, 3}, d.items() == {(1, 2), (3, 4)}, d.keys() < {1, 3, 5})

from collections import UserDict, UserList, UserString


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


d = LowerDict({'A': 1}, B=2)
d['C'] = 3
print(d, d.data, len(d), d['a'], 'b' in d, d.get('z', 0), list(d), sorted(d.items()))
d.update(D=4)
print(d.pop('d'), d.setdefault('e', 5), d)
del d['e']
print(d, d.copy(), type(d.copy()).__name__, d | {'z': 0}, UserDict.fromkeys('ab', 1))
try:
    d['nope']
except KeyError as e:
    print('KeyError', e)


class Missing(UserDict):
    def __missing__(self, key):
        return key * 2


print(Missing()['ab'])

ul = UserList([3, 1, 2])
ul.append(5)
ul.sort()
print(ul, ul[0], ul[1:3], type(ul[1:3]).__name__, len(ul), ul.data)
ul.extend(UserList([7]))
ul.insert(0, 0)
print(ul, ul.pop(), ul.index(3), ul.count(1), ul + [9], [8] + ul, ul * 2)
ul.reverse()
ul.remove(3)
print(ul, ul == [5, 2, 1, 0], ul < [6], 2 in ul, UserList(), UserList('ab'))
ul += (4,)
ul *= 2
print(ul)
del ul[0]
ul[0] = 'x'
print(ul, ul.copy(), list(reversed(ul)))

us = UserString('Hello')
print(us, repr(us), len(us), us[1], us[1:3], type(us[1:3]).__name__)
print(us.upper(), type(us.upper()).__name__, us.lower(), us + ' there', 'Oh ' + us, us * 2)
print(us.startswith('He'), us.find('l'), us.count('l'), us.split('l'), us.replace('l', 'L'))
print(us == 'Hello', us < 'World', 'ell' in us, us.center(9, '*'), us.isalpha(), us.join('ab'))
print(UserString(42), UserString('%s-%s') % ('a', 'b'), int(UserString('7')) + 1, us.format())
print(hash(us) == hash('Hello'), sorted([UserString('b'), UserString('a')]))

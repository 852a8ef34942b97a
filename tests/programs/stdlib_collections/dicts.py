from collections import defaultdict, OrderedDict, Counter, ChainMap


def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


dd = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'cherry', 'blueberry']:
    dd[word[0]].append(word)
print(dd)
print(dd['z'], 'z' in dd, len(dd), dd.default_factory)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()), repr(defaultdict()), defaultdict(None, a=1))
print(defaultdict(lambda: 'x', {'k': 1})['q'])
cp = dd.copy()
print(type(cp).__name__, cp == dd, cp is not dd, cp.default_factory)
print(defaultdict(list, a=[1]) | {'b': [2]}, isinstance(dd, dict))
nd = defaultdict(set)
nd.get('missing')
print('missing' in nd, nd.setdefault('s', {1}), nd)
check(lambda: defaultdict(1))
check(lambda: defaultdict()['x'])
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 2
print(nested['a'], dict(nested['a']))

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), od.keys(), od.values(), od.items())
od.move_to_end('b')
print(od)
od.move_to_end('b', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
od.update([('x', 9), ('y', 8)], z=7)
print(od, list(reversed(od)), list(reversed(od.items())))
o1 = OrderedDict([('a', 1), ('b', 2)])
o2 = OrderedDict([('b', 2), ('a', 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == o2, o1 != o2)
print(OrderedDict.fromkeys('abc', 0), OrderedDict(), o1.copy(), o1 | {'c': 3})
print(o1.pop('a'), o1.pop('zz', 'dflt'), o1.setdefault('n', 5), o1)
check(lambda: OrderedDict().popitem())
check(lambda: OrderedDict().move_to_end('x'))
check(lambda: OrderedDict(a=1).pop('b'))
print(o1.keys() & {'b', 'q'}, 'b' in o1.keys(), ('b', 2) in o1.items(), 2 in o1.values())
rec = OrderedDict()
rec['self'] = rec
print(rec)

c = Counter('abracadabra')
print(c, c['a'], c['z'], c.most_common(2), c.total())
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
c.update('aaz')
c.update({'b': 10})
print(c)
c.subtract(a=100)
print(c)
c.subtract(['b', 'b'])
print(c['b'], c['a'])
x, y = Counter(a=3, b=1, c=0), Counter(a=1, b=2, d=-2)
print(x + y, x - y, x | y, x & y, +y, -y)
x += Counter(c=5)
print(x)
x -= Counter(a=10)
print(x)
x |= Counter(b=7)
x &= Counter(b=3, c=9)
print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=3) > Counter(a=1))
del c['z']
del c['nonexistent']
print('z' in c, Counter(), Counter({'x': 2}), Counter(cats=4, dogs=8).most_common())
print(Counter('aab').most_common(0), Counter('aab').most_common(10), repr(Counter(a=1).copy()))
check(lambda: Counter.fromkeys('ab'))
check(lambda: Counter('ab') + 1)
print(sum([Counter(a=1), Counter(a=2, b=1)], Counter()))

base = {'colour': 'red', 'size': 1}
override = {'colour': 'blue'}
cm = ChainMap(override, base)
print(cm['colour'], cm['size'], len(cm), sorted(cm), cm.get('none', 0), 'size' in cm)
cm['size'] = 2
print(override, base, cm.maps)
child = cm.new_child()
child['extra'] = True
print(child, child.parents, cm.new_child({'m': 1}))
del cm['colour']
print(cm['colour'], dict(cm), ChainMap(), bool(ChainMap({})))
check(lambda: cm.__delitem__('size'))
check(lambda: cm.pop('size'))
check(lambda: ChainMap({}).popitem())
check(lambda: ChainMap()['q'])
print(cm.copy(), ChainMap({'a': 1}) | {'b': 2}, list(ChainMap({'a': 1, 'b': 2}, {'c': 3, 'a': 4}).items()))

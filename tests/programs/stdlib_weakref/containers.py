import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Obj(%s)' % self.name

    def method(self):
        return 'method of ' + self.name


a = Obj('a')
r = weakref.ref(a)
print(r() is a, weakref.ref is weakref.ReferenceType)
del a
print(r())

events = []
b = Obj('b')
rb = weakref.ref(b, lambda w: events.append(('dead', w is rb)))
del b
print(events)

wvd = weakref.WeakValueDictionary()
x, y = Obj('x'), Obj('y')
wvd['x'] = x
wvd['y'] = y
wvd['x2'] = x
print(sorted(wvd.keys()), len(wvd), wvd['x'], 'y' in wvd, wvd.get('zz', 'none'))
del x
print(sorted(wvd), len(wvd), 'x' in wvd, wvd.get('x'))
try:
    wvd['x']
except KeyError as e:
    print('KeyError', e)
z = Obj('z')
wvd['y'] = z
del y
print(sorted(wvd.items()), list(wvd.values()))
print(wvd.pop('y'), len(wvd), wvd.setdefault('q', z), dict(wvd.items()))
wvd2 = weakref.WeakValueDictionary({'k': z})
print(len(wvd2), isinstance(wvd2.copy(), weakref.WeakValueDictionary))

wkd = weakref.WeakKeyDictionary()
k1, k2 = Obj('k1'), Obj('k2')
wkd[k1] = 1
wkd[k2] = 2
wkd[k1] += 10
print(sorted(wkd.values()), len(wkd), k1 in wkd, wkd.get(k2), wkd[k1])
del k2
print(len(wkd), list(wkd.items()), list(wkd.keys()))
del wkd[k1]
print(len(wkd), k1 in wkd, 5 in wkd)


class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


ka = Key(1)
wkd[ka] = 'one'
print(wkd[Key(1)], Key(1) in wkd, Key(2) in wkd)
try:
    wkd[Key(3)]
except KeyError:
    print('KeyError')

ws = weakref.WeakSet()
m1, m2, m3 = Obj('m1'), Obj('m2'), Obj('m3')
ws.add(m1)
ws.add(m2)
ws.add(m1)
print(len(ws), m1 in ws, m3 in ws, sorted(o.name for o in ws))
del m2
print(len(ws), [o.name for o in ws])
ws.update([m3])
ws.discard(m1)
print([o.name for o in ws], len(ws | weakref.WeakSet([m1])), ws == weakref.WeakSet([m3]))
ws.remove(m3)
try:
    ws.remove(m3)
except KeyError:
    print('KeyError')
print(len(ws), bool(ws))

calls = []
target = Obj('t')
fin = weakref.finalize(target, calls.append, 'finalized')
print(fin.alive, fin.peek()[2:] == (('finalized',), {}))
del target
print(calls, fin.alive, fin.peek(), fin())
t2 = Obj('t2')
f2 = weakref.finalize(t2, lambda *a, **k: calls.append((a, k)), 1, 2, key='v')
print(f2(), f2(), calls[-1], f2.alive)
t3 = Obj('t3')
f3 = weakref.finalize(t3, calls.append, 'never')
print(f3.detach()[0], f3.alive)
del t3
print(calls[-1])

p_target = Obj('p')
p = weakref.proxy(p_target)
print(p.name, p.method(), p, str(p))
p.name = 'renamed'
print(p_target.name)
lst = [1, 2, 3]


class L(list):
    pass


lp_target = L([3, 1, 2])
lp = weakref.proxy(lp_target)
print(len(lp), lp[0], 2 in lp, sorted(lp), list(lp))
del p_target
try:
    p.name
except ReferenceError as e:
    print('ReferenceError:', e)

o = Obj('wm')
wm = weakref.WeakMethod(o.method)
print(wm()(), wm() == o.method)
del o
print(wm())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print('TypeError')

kt = Obj('keyed')
kr = weakref.KeyedRef(kt, None, 'the-key')
print(kr.key, kr() is kt, isinstance(kr, weakref.ref))
extra = weakref.ref(kt)
print(weakref.getweakrefcount(kt) >= 1, extra in weakref.getweakrefs(kt))

import types
import sys


def f():
    pass


def g():
    yield 1


async def c():
    pass


class K:
    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), types.FunctionType is types.LambdaType)
print(isinstance(g(), types.GeneratorType), isinstance(f, types.GeneratorType))
co = c()
print(isinstance(co, types.CoroutineType))
co.close()
print(isinstance(K().m, types.MethodType), isinstance(K.m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(sys, types.ModuleType), isinstance(f.__code__, types.CodeType))
print(types.NoneType is type(None), types.EllipsisType is type(...), types.NotImplementedType is type(NotImplemented))
print(isinstance(None, types.NoneType), types.NoneType.__name__, types.EllipsisType.__name__)
try:
    raise ValueError
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType), isinstance(e.__traceback__.tb_frame, types.FrameType))

ns = types.SimpleNamespace(x=1, y='two')
print(ns, ns.x, ns.y)
ns.z = [3]
del ns.x
print(ns, vars(ns), repr(types.SimpleNamespace()))
print(types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1), types.SimpleNamespace(a=1) == types.SimpleNamespace(a=2))
rec = types.SimpleNamespace()
rec.me = rec
print(rec)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('TypeError:', e)
try:
    hash(types.SimpleNamespace())
except TypeError as e:
    print('TypeError')


class NS(types.SimpleNamespace):
    pass


print(NS(q=1), isinstance(NS(), types.SimpleNamespace))

mp = types.MappingProxyType({'a': 1, 'b': 2})
print(mp, mp['a'], len(mp), list(mp), 'b' in mp, mp.get('z', 0), sorted(mp.items()), mp.copy())
try:
    mp['c'] = 3
except TypeError as e:
    print('TypeError:', e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print('TypeError:', e)
print(mp == {'a': 1, 'b': 2}, mp | {'c': 3})

Dyn = types.new_class('Dyn', (K,), {}, lambda ns: ns.update(attr=42))
print(Dyn.__name__, Dyn.attr, issubclass(Dyn, K), type(Dyn).__name__)


class Meta(type):
    pass


D2 = types.new_class('D2', (), {'metaclass': Meta})
print(type(D2).__name__, types.resolve_bases((K, int)) == (K, int))
meta, nsd, kw = types.prepare_class('X', (K,), {'metaclass': Meta, 'flag': 1})
print(meta.__name__, dict(nsd), kw)


@types.coroutine
def legacy():
    yield 'tick'
    return 'done'


async def runner():
    return await legacy()


r = runner()
print(r.send(None))
try:
    r.send(None)
except StopIteration as e:
    print('StopIteration', e.value)

import sys
class B: pass
B.__abstractmethods__ = frozenset({'f', 'a'})
try: B()
except TypeError as e: print(e)
B.__abstractmethods__ = frozenset()
print(type(B()).__name__)
ModuleType = type(sys)
print(ModuleType('x'), ModuleType('x','d').__doc__)
for a in [(), (1,), ('a','b','c')]:
  try: ModuleType(*a)
  except TypeError as e: print(e)
class A:
    def m(self): pass
MT = type(A().m)
for a in [(1,2), (len,), ()]:
  try: MT(*a)
  except TypeError as e: print(e)
m=MT(lambda s,x:(s,x), 5); print(m(3), m.__self__)
m=ModuleType('q'); print(m.__dict__)
class Lazy(ModuleType):
    def __getattr__(self, n): return n * 2
l = Lazy('lazy'); print(l.ab, l.__name__)

print(int.__repr__(True), int.__repr__(False), bool.__repr__(True), repr(True))
class I(int):
    def __str__(self): return "Istr"
print(format(I(5)), "{}".format(I(5)), f"{I(5)}", format(I(5), 'd'), format(True), format(1.5))
class F(float):
    def __str__(self): return "Fstr"
print(format(F(2.0)), f"{F(2.0):.2f}")
class D:
    def __set_name__(self, owner, name): raise TypeError('boom')
try:
    class C:
        x = D()
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__))
class S:
    __slots__ = ('__c', '__d__', '_e')
    def __init__(self): self.__c = 1
print(S()._S__c, S.__slots__, [k for k in S.__dict__ if 'c' in k or 'd' in k or 'e' in k])
class _U:
    __slots__ = ('__p',)
print('_U__p' in _U.__dict__)
l = []
print(l.append == l.append, l.append == [].append, (1).__add__ == (1).__add__)
d = {}
for i in range(100):
    if i in d: print("?")
    d[i] = 1
    del d[i]
s = set()
for i in range(100):
    if i in s: print("?")
    s.add(i); s.discard(i)
print("done", len(d), len(s))

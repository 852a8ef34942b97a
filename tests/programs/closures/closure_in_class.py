def make_class(prefix):
    class Greeter:
        def greet(self, name):
            return prefix + name
        @classmethod
        def pfx(cls):
            return prefix
    return Greeter
G = make_class("Hi, ")
print(G().greet("Al"), G.pfx())
class Outer:
    value = 5
    def method(self):
        def helper():
            return self.value * 2
        return helper()
print(Outer().method())
class Scope:
    x = 10
    y = [x * 2]
    try:
        z = [x for _ in range(2)]
    except NameError as e:
        err = str(e)
print(Scope.y, Scope.err)
def factory():
    items = []
    class Registry:
        def add(self, v):
            items.append(v)
            return len(items)
    return Registry, items
R, items = factory()
R().add(1)
R().add(2)
print(items)

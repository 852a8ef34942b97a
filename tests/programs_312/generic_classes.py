# PEP 695 generic classes: the implicit Generic base, __type_params__,
# subscription, subclassing generic classes, super() and metaclasses.


class Box[T]:
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item

    def param(self):
        return T


print(Box.__type_params__)
print(Box.__mro__)
print(Box.__bases__)
b = Box(3)
print(b.get(), b.param(), Box.get.__qualname__)
print(Box.get.__annotations__)
alias = Box[int]
print(alias, alias.__origin__ is Box, alias.__args__)
print(type(alias))
print(Box[str].__args__)


class Pair[K, V](Box[K]):
    pass


print(Pair.__type_params__)
print(Pair.__mro__)
print(Pair.__orig_bases__)
print(Pair[int, str])


class Base:
    def hello(self):
        return "base"


class Child[T](Base):
    def hello(self):
        return "child+" + super().hello()


print(Child().hello())
print(Child.__mro__)

bases = (Base,)


class Starred[T](*bases):
    pass


print(Starred.__mro__)


class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("Meta.__new__", name, bases, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)


class WithMeta[T](metaclass=Meta):
    x = 1


print(type(WithMeta).__name__, WithMeta.__type_params__)


class Variadic[*Ts, **P]:
    pass


print(Variadic.__type_params__)


def make():
    class Local[T]:
        def show(self):
            return T
    return Local


Local = make()
print(Local.__qualname__, Local.__type_params__, Local().show())


class Plain(Box[int]):
    pass


print(Plain.__mro__)
print(Plain.__orig_bases__)
print("__type_params__" in Box.__dict__)
print(Plain.__type_params__, object.__type_params__)

try:
    Box[int, str]
except TypeError as e:
    print("TypeError:", e)

# PEP 695 `type` statements: TypeAliasType objects whose value is computed
# lazily, on first access of __value__, and then cached.


def trace(label, value):
    print("evaluating", label)
    return value


type Number = trace("Number", int)
print("defined")
print(Number, type(Number), Number.__name__, Number.__module__)
print(Number.__type_params__)
print(Number.__value__)
print(Number.__value__)

type Forward = Later
Later = "defined later"
print(Forward.__value__)

type Rec = (int, Rec)
print(Rec.__value__)
print(Rec.__value__[1] is Rec)

type Pair[K, V] = (K, V)
print(Pair, Pair.__type_params__, Pair.__value__)
k, v = Pair.__type_params__
print(Pair.__value__[0] is k, Pair.__value__[1] is v)
print(Pair[int, str])
print(Pair[int, str].__origin__ is Pair, Pair[int, str].__args__)

type Bounded[T: int, *Ts, **P] = (T, Ts, P)
T, Ts, P = Bounded.__type_params__
print(T.__bound__, Bounded.__value__)

type Missing = not_defined_anywhere
try:
    Missing.__value__
except NameError as e:
    print("NameError:", e)


def scope():
    local = "function local"
    type Alias = local
    return Alias


print(scope().__value__)


class Namespace:
    attr = "class attribute"
    type Alias = attr
    type Generic[T] = (attr, T)


print(Namespace.Alias.__value__)
print(Namespace.Generic.__value__)

try:
    Number[int]
except TypeError as e:
    print("TypeError:", e)

type Last = int
Last[str]

# PEP 695 generic functions: type parameters, lazily evaluated bounds and
# constraints, annotations and defaults evaluated around the annotation scope.


def ident[T](x: T) -> T:
    return x


print(ident(3), ident("s"))
print(ident.__type_params__)
print(ident.__annotations__)
(T,) = ident.__type_params__
print(ident.__annotations__["x"] is T)
print(type(T), T.__name__, T.__bound__, T.__constraints__)
print(T.__covariant__, T.__contravariant__, T.__infer_variance__)


def trace(label, value):
    print("evaluating", label)
    return value


def many[A: trace("bound", int), B: (str, bytes), *Ts, **P](
    a: A, b: B = "b", *rest: int, c: int = 3, **kw: str
) -> None:
    pass


print(many.__type_params__)
print(many.__defaults__, many.__kwdefaults__)
A, B, Ts, P = many.__type_params__
print(type(A).__name__, type(Ts).__name__, type(P).__name__)
print("before bound")
print(A.__bound__)
print(A.__bound__)
print(A.__constraints__, B.__bound__, B.__constraints__)
print(P.args, P.kwargs, P.__name__, Ts.__name__)
print(sorted(many.__annotations__))


def deco(f):
    print("decorating", f.__name__, f.__type_params__)
    return f


@deco
def decorated[T, U](x: T, y: U) -> tuple:
    return (x, y)


print(decorated(1, 2))


def outer():
    def inner[T](x: T) -> list:
        def innermost():
            return T
        return [x, innermost()]
    return inner


inner = outer()
print(inner.__name__, inner.__qualname__)
print(inner(5))


class Holder:
    def method[T](self, x: T) -> T:
        return x

    @staticmethod
    def static[T](x: T) -> T:
        return x


print(Holder.method.__qualname__, Holder().method(7), Holder.static(8))
print(Holder.method.__type_params__, Holder.static.__type_params__)


def kwonly_defaults[T](*, k: T = 10):
    return k


print(kwonly_defaults(), kwonly_defaults(k=11), kwonly_defaults.__kwdefaults__)


async def agen[T](x: T) -> T:
    return x


coro = agen(42)
try:
    coro.send(None)
except StopIteration as e:
    print("async result", e.value)
print(agen.__type_params__)


def not_generic():
    pass


print(not_generic.__type_params__)

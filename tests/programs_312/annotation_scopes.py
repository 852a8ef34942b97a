# Annotation scopes (PEP 695): the scopes of type parameters can see the
# names of an enclosing class body, unlike ordinary functions in it.

x = "global x"


class A:
    x = "class x"

    def method[T](self, a: x) -> T:
        return x

    def plain(self, a: x):
        return x


print(A.method.__annotations__)
print(A().method(1))
print(A.plain.__annotations__, A().plain(1))


def outer():
    z = "outer z"
    q = "outer q"

    class K:
        z = "class z"

        def m[T](self, a: z, b: q) -> T:
            pass

        def body(self):
            return z

    return K


K = outer()
print(K.m.__annotations__["a"], "|", K.m.__annotations__["b"])
print(K().body())


class B:
    Base = dict

    class Inner[T](Base):
        pass

    def bound[U: Base](self):
        pass

    type Alias[V] = (Base, V)


print(B.Inner.__mro__)
print(B.bound.__type_params__[0].__bound__)
print(B.Alias.__value__)
print(B.Inner.__qualname__, B.bound.__qualname__)


class C[T]:
    class Nested[U]:
        def both(self):
            return (T, U)

    def generic_method[U](self, x: T, y: U) -> tuple:
        return (T, U)


print(C.Nested().both(), C().generic_method(1, 2))
print(C.generic_method.__annotations__)
print(C.Nested.__qualname__, C.generic_method.__qualname__)

g = "global g"


def uses_global[T]() -> g:
    return g


print(uses_global.__annotations__, uses_global())


def counter():
    count = 0

    def bump[T](x: T) -> T:
        nonlocal count
        count += 1
        return x

    bump(1)
    bump(2)
    return count


print(counter())

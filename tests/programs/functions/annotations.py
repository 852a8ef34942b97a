x: int = 5
y: "str"
def f(a: int, b: str = "s", *args: float, c: bool = True, **kw: dict) -> list:
    return [a, b]
print(sorted(f.__annotations__.items(), key=lambda kv: kv[0]))
print(f.__annotations__["return"] is list, f.__annotations__["a"].__name__)
class Point:
    x: int
    y: int = 0
    label: "str" = "p"
    def m(self) -> None:
        pass
print(Point.__annotations__)
print(Point.y, hasattr(Point, "x"))
print(Point.m.__annotations__)
print(__annotations__)
def no_ann(a, b):
    pass
print(no_ann.__annotations__)
def local_ann():
    z: int = 3
    w: str
    return z
print(local_ann())
print((lambda q: q).__annotations__)
def expr_ann(a: 1 + 2, b: [int, str]) -> "ret":
    pass
print(expr_ann.__annotations__)

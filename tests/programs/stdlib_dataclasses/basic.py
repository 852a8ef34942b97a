from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, MISSING


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), Point(3))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__)
print(Point.__hash__)
print(Point.__match_args__)
print(Point.__doc__)
print([f.name for f in fields(Point)], [f.type for f in fields(p)])
print(fields(Point)[1].default, fields(Point)[0].default is MISSING)
print(asdict(p), astuple(p))
print(replace(p, y=10), p)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(int), is_dataclass(3))
print(Point.__annotations__)
print(Point.__init__.__annotations__)


@dataclass()
class Inventory:
    name: str
    unit_price: float
    quantity: int = 0
    tags: list = field(default_factory=list)
    secret: str = field(default="s", repr=False, compare=False)

    def total(self):
        return self.unit_price * self.quantity


a = Inventory("widget", 2.5, 4)
b = Inventory("widget", 2.5, 4, secret="other")
print(a, a.total(), a == b)
a.tags.append("x")
print(a.tags, b.tags, Inventory("w", 1.0).tags is Inventory("w", 1.0).tags)
print(asdict(a))


class Outer:
    @dataclass
    class Inner:
        v: str = "in"


print(Outer.Inner(), Outer.Inner.__qualname__)


@dataclass
class Tree:
    value: int
    children: list = field(default_factory=list)


t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(t)
print(asdict(t))
print(astuple(t))
t.children.append(t)
print(t)


@dataclass
class WithDict:
    d: dict = field(default_factory=dict)
    tup: tuple = (1, 2)


w = WithDict({"k": Point(1, 1)})
print(asdict(w), astuple(w))
print(asdict(p, dict_factory=lambda kv: sorted(kv, reverse=True)))
print(astuple(p, tuple_factory=list))


@dataclass(init=False, repr=False, eq=False)
class Bare:
    a: int = 1


bare = Bare()
print(bare.a, Bare.__init__ is object.__init__, Bare.__eq__ is object.__eq__)


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return "Custom!"

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == Custom(2), Custom.__hash__)


@dataclass
class SelfField:
    self: int
    other: str = "o"


print(SelfField(5))


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), fields(Empty), asdict(Empty()))

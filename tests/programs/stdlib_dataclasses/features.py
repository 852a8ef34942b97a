from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, FrozenInstanceError, replace
from typing import ClassVar, List


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(0, 9), Version(1, 0, "rc"), Version(1, 2, "b")]
print(sorted(vs))
print(Version(1, 2) < Version(1, 3), Version(2) >= Version(1, 9), Version(1) <= Version(1))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True)
class Frozen:
    x: int
    y: str = "y"


f = Frozen(1)
print(f, hash(f) == hash(Frozen(1)), {f: 1}[Frozen(1)])
try:
    f.x = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del f.y
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    f.z = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(replace(f, y="new"))


@dataclass(unsafe_hash=True)
class Hashy:
    a: int
    b: list = field(default_factory=list, hash=False)


print(hash(Hashy(1)) == hash(Hashy(1, [1])))


@dataclass
class Unhashable:
    a: int


print(Unhashable.__hash__ is None)
try:
    hash(Unhashable(1))
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Post:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.b = self.a * scale


print(Post(3), Post(3, 10), [x.name for x in fields(Post)])
print(Post.__init__.__annotations__['scale'])
print(replace(Post(1), scale=5))


@dataclass
class WithClassVar:
    x: int
    count: ClassVar[int] = 0
    items: List[int] = field(default_factory=list)


print(WithClassVar(1), [x.name for x in fields(WithClassVar)], WithClassVar.count)


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int


print(KW(1, c=3), KW(1, b=5, c=6))
try:
    KW(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


@dataclass(kw_only=True)
class AllKW:
    a: int
    b: int = 0
    c: int = field(kw_only=False, default=9)


print(AllKW(a=1), AllKW(4, a=2))


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 5
    x: int = 10


print(Derived(), Derived(1, 2, 3), [x.name for x in fields(Derived)])


class Plain(Base):
    pass


print(Plain(7))


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "b"


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError")


@dataclass(match_args=False)
class NoMatch:
    a: int


print(hasattr(NoMatch, "__match_args__"))


@dataclass
class Meta:
    a: int = field(default=1, metadata={"unit": "m"})


print(fields(Meta)[0].metadata["unit"], len(fields(Meta)[0].metadata))

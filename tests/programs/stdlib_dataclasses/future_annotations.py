from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY
from typing import ClassVar


@dataclass
class Config:
    name: str
    retries: int = 3
    registry: ClassVar[dict] = {}
    counter: typing.ClassVar[int] = 0
    seed: InitVar[int] = 0
    tags: list[str] = field(default_factory=list)
    _: KW_ONLY
    verbose: bool = False

    def __post_init__(self, seed):
        self.retries += seed


c = Config("svc", seed=2, verbose=True)
print(c)
print([(f.name, f.type) for f in fields(Config)])
print(Config.__dataclass_fields__['seed']._field_type, Config.__dataclass_fields__['registry']._field_type)
print(Config.__init__.__annotations__)


@dataclasses.dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str = dataclasses.field(compare=False)


print(sorted([Card(3, 'h'), Card(1, 's'), Card(2, 'd')]))
print(dataclasses.astuple(Card(5, 'c')), Card.__doc__)

Dyn = dataclasses.make_dataclass('Dyn', ['c', ('a', int), ('b', str, dataclasses.field(default='x'))],
                                 namespace={'hello': lambda self: 'hi ' + self.b})
d = Dyn(3, 1)
print(d, d.hello(), [f.type for f in fields(Dyn)])

import json
from dataclasses import dataclass, asdict, field
from enum import Enum, IntEnum, StrEnum, IntFlag


class Level(IntEnum):
    LOW = 1
    HIGH = 2


class Color(StrEnum):
    RED = 'red'


class Perm(IntFlag):
    R = 4
    W = 2


class Plain(Enum):
    A = 1


@dataclass
class Item:
    name: str
    level: Level
    tags: list = field(default_factory=list)


print(json.dumps([Level.LOW, Level.HIGH, Color.RED, Perm.R | Perm.W, True, False]))
print(json.dumps({Level.HIGH: 'int key', Color.RED: 'str key'}))
print(json.dumps(asdict(Item('x', Level.HIGH, ['a']))))
try:
    json.dumps(Plain.A)
except TypeError as e:
    print('TypeError:', e)
print(json.dumps(Plain.A, default=lambda o: o.name))


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Item):
            return {'__item__': asdict(o)}
        if isinstance(o, Enum):
            return o.value
        return super().default(o)


text = json.dumps([Item('y', Level.LOW), Plain.A], cls=Encoder, indent=1)
print(text)
back = json.loads(text, object_hook=lambda d: Item(**d['__item__']) if '__item__' in d else d)
print(back)

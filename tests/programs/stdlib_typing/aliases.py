import typing as t
from typing import (Any, Optional, Union, List, Dict, Set, FrozenSet, Tuple, Type, Callable,
                    Iterable, Iterator, Generator, Sequence, Mapping, MutableMapping, Awaitable,
                    Coroutine, AsyncIterator, ClassVar, Final, Literal, Annotated, TypeVar,
                    Concatenate, ParamSpec, Self, Never, NoReturn, AnyStr, Text, get_origin, get_args)

T = TypeVar('T')
K = TypeVar('K')
P = ParamSpec('P')

exprs = [
    'Any', 'Optional[int]', 'Optional[Union[int, str]]', 'Union[int, str]', 'Union[int]',
    'Union[int, None, str]', 'Union[int, Union[str, float], int]', 'Union[str, None]',
    'Union[None, str]', 'List', 'List[int]', 'List[List[str]]', 'Dict[str, int]', 'Set[bytes]',
    'FrozenSet[int]', 'Tuple', 'Tuple[int, str]', 'Tuple[int, ...]', 'Tuple[()]', 'Type[int]',
    'Type', 'Callable', 'Callable[[int, str], bool]', 'Callable[..., int]', 'Callable[[], None]',
    'Iterable[int]', 'Iterator[str]', 'Generator[int, None, None]', 'Sequence[float]',
    'Mapping[str, Any]', 'MutableMapping[str, List[int]]', 'Awaitable[int]',
    'Coroutine[Any, Any, int]', 'AsyncIterator[bytes]', 'ClassVar[int]', 'Final[str]',
    "Literal['a', 1, None, True]", 'Literal[1, 1, 2]', "Annotated[int, 'meta', 3]",
    'Concatenate[int, P]', 'Self', 'Never', 'NoReturn', 'AnyStr', 'Text', 'T', 'Dict[K, T]',
    'List[T][int]', 'Dict[str, T][float]', 'Callable[[T], T]', 'List["Forward"]',
    'Optional["Forward"]', 'Union[int, "str"]', 'Dict[str, Callable[..., None]]',
    'Optional', 'Union', 'ClassVar', 'Final', 'Literal', 't.Deque[int]', 't.DefaultDict[str, int]',
    't.Counter[str]', 't.OrderedDict[str, int]', 't.ChainMap[str, int]', 't.AbstractSet[int]',
    't.Hashable', 't.Sized', 't.ContextManager[int]', 't.Pattern[str]', 't.Match[bytes]',
    't.TypeGuard[int]', 't.Required[int]', 't.NotRequired[str]',
]
for e in exprs:
    print(e, '->', repr(eval(e)))

print(get_origin(List[int]), get_origin(Dict[str, int]), get_origin(Union[int, str]) is Union)
print(get_origin(Literal[1]) is Literal, get_origin(Annotated[int, 1]) is Annotated, get_origin(int))
print(get_origin(ClassVar[int]) is ClassVar, get_origin(Tuple[int]), get_origin(List))
print(get_args(Dict[str, int]), get_args(Union[int, str]), get_args(Callable[[int], str]))
print(get_args(Callable[..., str]), get_args(Annotated[int, 'x']), get_args(int), get_args(Tuple[()]))
print(List[int] == List[int], List[int] == List[str], Union[int, str] == Union[str, int])
print(Optional[int] == Union[int, None], Literal[1, 2] == Literal[2, 1], Tuple[int] == Tuple[int])
print(hash(List[int]) == hash(List[int]), List[int] is List[int], len({Dict[str, int], Dict[str, int]}))
print(List[int].__origin__, List[int].__args__, Dict[K, T].__parameters__, Tuple.__origin__)
print(Union[int, str].__args__, Callable[[int, str], bool].__args__, Literal['x'].__args__)
print(Annotated[int, 'm'].__metadata__, Annotated[Annotated[int, 1], 2].__metadata__)
print(T.__name__, T, TypeVar('B', bound=int).__bound__, TypeVar('C', int, str).__constraints__)
print(TypeVar('Co', covariant=True), TypeVar('Contra', contravariant=True))
print(t.TYPE_CHECKING, t.Text is str, t.cast(int, 'not an int'), t.cast('List[int]', 5))

def attempt(code):
    try:
        print(code, '->', repr(eval(code)))
    except Exception as e:
        print(code, '->', type(e).__name__ + ':', e)

for code in ['Optional[int, str]', 'ClassVar[int, str]', 'Final[int, str]', 'Union[()]', 'List[int, str]',
             'Dict[int]', 'List[int][str]', 'Tuple[int][str]', 'Annotated[int]', 'Callable[int]',
             'Callable[int, str]', 'Callable[[int]]', 't.Hashable[int]', 't.Generic[int]',
             't.Generic[T, T]', 'List()', 'Any()', 'Union()', 'Optional()', 'Concatenate[int]',
             'Concatenate[()]', 'Self[int]', 'NoReturn[int]', 'Union[ClassVar[int], str]',
             'Union[Final, int]', 'List[ClassVar[int]]', 'isinstance(1, Any)', 'Annotated(1)']:
    attempt(code)


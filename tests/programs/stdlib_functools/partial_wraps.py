from functools import partial, partialmethod, wraps, update_wrapper, reduce, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES
import operator


def power(base, exp, *, mod=None):
    """Raise base to exp."""
    r = base ** exp
    return r % mod if mod else r


square = partial(power, exp=2)
print(square(5), square(5, mod=7), square.func is power, square.args, square.keywords)
cube_of_2 = partial(power, 2)
print(cube_of_2(3), cube_of_2.args)
p = partial(partial(power, 3), 4, mod=5)
print(p(), p.func is power, p.args, p.keywords)
print(repr(partial(operator.add, 1)).startswith('functools.partial(<'))
print(repr(partial(max, 1, 2, key=abs)) == 'functools.partial(%r, 1, 2, key=%r)' % (max, abs))


class MyPartial(partial):
    pass


mp = MyPartial(operator.mul, 3)
print(mp(4), repr(mp).startswith('MyPartial('), type(MyPartial(mp, 2)).__name__, MyPartial(mp, 2)())
p2 = partial(power)
p2.attr = 'x'
print(partial(p2, 2).func is p2, p2.attr)
print(partial(power, 2, 3)(mod=3), partial(power, exp=1)(4, exp=3))


def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


check(lambda: partial())
check(lambda: partial(1))
check(lambda: partial(power)())


class Cell:
    def __init__(self):
        self._alive = False

    def set_state(self, state, note=''):
        self._alive = state
        return (state, note)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note='dead')


c = Cell()
print(c.set_alive(), c._alive, c.set_dead(), c._alive, c.set_alive('x'))
print(repr(Cell.__dict__['set_dead']).startswith('functools.partialmethod(<function Cell.set_state'))

print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)


def deco(f):
    @wraps(f)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return f(*args, **kwargs) * 2
    return wrapper


@deco
def greet(name: str) -> str:
    """Return a greeting."""
    return 'hi ' + name


greet.extra = 1
print(greet('bob'), greet.__name__, greet.__qualname__, greet.__doc__, greet.__annotations__)
print(greet.__wrapped__('x'), greet.__module__)


def raw(a):
    return a


raw.tag = 'T'


def shell(*a):
    return raw(*a)


update_wrapper(shell, raw)
print(shell.__name__, shell.tag, shell.__wrapped__ is raw, shell(3))
update_wrapper(shell, raw, assigned=(), updated=())
print(shell.__name__)

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6), 10))
print(reduce(lambda a, b: a + [b], 'abc', []), reduce(max, [7], 0), reduce(max, [], 9))
check(lambda: reduce(operator.add, []))
check(lambda: reduce(operator.add, 5))
check(lambda: reduce(operator.add))
check(lambda: reduce(operator.add, [1], 2, initial=3))

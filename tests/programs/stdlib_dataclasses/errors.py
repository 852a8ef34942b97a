from dataclasses import dataclass, field, fields, asdict, astuple, replace, KW_ONLY, InitVar


def attempt(label, fn):
    try:
        r = fn()
        print(label, "OK", r)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


def mutable_list():
    @dataclass
    class A:
        x: list = []


def mutable_dict():
    @dataclass
    class A:
        x: dict = {}


def mutable_set():
    @dataclass
    class A:
        x: set = set()


def non_default():
    @dataclass
    class A:
        x: int = 0
        y: int


def both_defaults():
    return field(default=1, default_factory=list)


def order_without_eq():
    @dataclass(order=True, eq=False)
    class A:
        x: int


def no_annotation():
    @dataclass
    class A:
        x = field(default=1)


def frozen_from_nonfrozen():
    @dataclass
    class A:
        x: int

    @dataclass(frozen=True)
    class B(A):
        y: int


def nonfrozen_from_frozen():
    @dataclass(frozen=True)
    class A:
        x: int

    @dataclass
    class B(A):
        y: int


def double_kw_only():
    @dataclass
    class A:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY


def overwrite_order():
    @dataclass(order=True)
    class A:
        x: int

        def __lt__(self, other):
            return True


def overwrite_hash():
    @dataclass(unsafe_hash=True)
    class A:
        x: int

        def __hash__(self):
            return 1


def overwrite_setattr():
    @dataclass(frozen=True)
    class A:
        x: int

        def __setattr__(self, k, v):
            pass


@dataclass
class P:
    x: int
    y: int = field(init=False, default=0)
    iv: InitVar[int] = None


attempt("mutable list", mutable_list)
attempt("mutable dict", mutable_dict)
attempt("mutable set", mutable_set)
attempt("non-default", non_default)
attempt("both defaults", both_defaults)
attempt("order without eq", order_without_eq)
attempt("no annotation", no_annotation)
attempt("frozen from non-frozen", frozen_from_nonfrozen)
attempt("non-frozen from frozen", nonfrozen_from_frozen)
attempt("double KW_ONLY", double_kw_only)
attempt("overwrite order", overwrite_order)
attempt("overwrite hash", overwrite_hash)
attempt("overwrite setattr", overwrite_setattr)
attempt("fields(int)", lambda: fields(int))
attempt("fields(obj)", lambda: fields(object()))
attempt("asdict(class)", lambda: asdict(P))
attempt("asdict(1)", lambda: asdict(1))
attempt("astuple(1)", lambda: astuple(1))
attempt("replace(1)", lambda: replace(1))
attempt("replace init=False", lambda: replace(P(1), y=2))
attempt("replace unknown", lambda: replace(P(1), z=2))
attempt("missing arg", lambda: P())
attempt("too many", lambda: P(1, 2, 3))
attempt("unknown kw", lambda: P(1, q=2))
attempt("ok", lambda: P(1, iv=3))

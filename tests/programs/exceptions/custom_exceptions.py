class AppError(Exception):
    """Base application error."""
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message
    def __str__(self):
        return "%s: %s" % (self.field, self.message)
class NotFound(AppError):
    def __init__(self, key):
        self.key = key
class WithCode(AppError):
    code = 500
    def __init__(self, msg, code=None):
        super().__init__(msg)
        if code is not None:
            self.code = code
for exc in [ValidationError("age", "must be positive"), NotFound("user42"), WithCode("boom"), WithCode("teapot", 418), AppError("plain")]:
    try:
        raise exc
    except ValidationError as e:
        print("validation", e.field, "|", e, "|", e.args, "|", repr(e))
    except NotFound as e:
        print("notfound", e.key, "| args:", e.args, "| str:", repr(str(e)))
    except WithCode as e:
        print("withcode", e.code, e)
    except AppError as e:
        print("app", e, AppError.__doc__)
print(issubclass(ValidationError, AppError), ValidationError.__mro__[2].__name__)
class Multi(KeyError, AppError):
    pass
try:
    raise Multi("both")
except AppError as e:
    print("caught Multi as AppError:", repr(e), str(e))
class ReprExc(Exception):
    def __repr__(self):
        return "ReprExc<custom>"
print(repr(ReprExc("x")), str(ReprExc("x")))
try:
    raise NotFound
except NotFound as e:
    print("raised class without instance, key missing:", hasattr(e, "key"))
except TypeError as e:
    print("TypeError:", e)
class Attrs(Exception):
    pass
e = Attrs("m")
e.extra = [1, 2]
print(e.extra, e.args)

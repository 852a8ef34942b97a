# BaseExceptionGroup / ExceptionGroup construction and validation.
def attempt(label, make):
    try:
        eg = make()
        print(label, "->", type(eg).__name__, repr(eg))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("basic", lambda: ExceptionGroup("msg", [ValueError(1), TypeError(2)]))
attempt("tuple", lambda: ExceptionGroup("msg", (ValueError(1),)))
attempt("not a sequence", lambda: ExceptionGroup("msg", 1))
attempt("a set", lambda: ExceptionGroup("msg", {ValueError(1)}))
attempt("a dict", lambda: ExceptionGroup("msg", {1: ValueError(1)}))
attempt("empty", lambda: ExceptionGroup("msg", []))
attempt("non-exception", lambda: ExceptionGroup("msg", [1]))
attempt("second non-exception", lambda: ExceptionGroup("msg", [ValueError(), "x"]))
attempt("a class, not an instance", lambda: ExceptionGroup("msg", [ValueError]))
attempt("str items", lambda: ExceptionGroup("msg", "ab"))
attempt("message not str", lambda: ExceptionGroup(1, [ValueError()]))
attempt("one argument", lambda: ExceptionGroup("msg"))
attempt("no arguments", lambda: ExceptionGroup())
attempt("three arguments", lambda: ExceptionGroup("msg", [ValueError()], 3))
attempt("keywords", lambda: ExceptionGroup("msg", [ValueError()], x=1))
attempt("only keywords", lambda: ExceptionGroup(message="m", exceptions=[ValueError()]))
attempt("BaseException inside ExceptionGroup", lambda: ExceptionGroup("msg", [KeyboardInterrupt()]))
attempt("BaseExceptionGroup of Exceptions", lambda: BaseExceptionGroup("msg", [ValueError()]))
attempt("BaseExceptionGroup with a BaseException",
        lambda: BaseExceptionGroup("msg", [ValueError(), SystemExit(2)]))
attempt("nested groups", lambda: ExceptionGroup("outer", [ExceptionGroup("inner", [OSError()])]))
attempt("nested base group", lambda: BaseExceptionGroup("outer", [BaseExceptionGroup("inner", [GeneratorExit()])]))
attempt("ExceptionGroup holding a BaseExceptionGroup",
        lambda: ExceptionGroup("outer", [BaseExceptionGroup("inner", [GeneratorExit()])]))
attempt("__new__ on a non-group", lambda: BaseExceptionGroup.__new__(ValueError, "a", [ValueError()]))
attempt("__new__ on a non-type", lambda: BaseExceptionGroup.__new__(3, "a", [ValueError()]))

class Seq:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i < 2:
            return ValueError(i)
        raise IndexError(i)

attempt("custom sequence", lambda: ExceptionGroup("custom", Seq()).exceptions)
attempt("range", lambda: ExceptionGroup("range", range(2)))

class StrSub(str):
    pass

eg = ExceptionGroup(StrSub("sub"), [ValueError()])
print(type(eg.message).__name__, eg.message)

# The exceptions are stored as a tuple; args keep what was passed.
items = [ValueError("a")]
eg = ExceptionGroup("keep", items)
items.append(TypeError("b"))
print(eg.exceptions, eg.args, eg.args[1] is items)

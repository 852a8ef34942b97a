# Invalid except* clauses are TypeErrors at run time.
def attempt(label, f):
    try:
        f()
        print(label, "no error")
    except TypeError as e:
        print(label, "TypeError:", e)
        print("   context:", repr(e.__context__))

def star_group():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ExceptionGroup:
        pass

def star_base_group():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* BaseExceptionGroup:
        pass

def star_tuple_with_group():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* (ValueError, ExceptionGroup):
        pass

def star_not_exception():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* int:
        pass

def star_instance():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ValueError():
        pass

class SubGroup(ExceptionGroup):
    pass

def star_subgroup_type():
    try:
        raise ValueError("naked")
    except* SubGroup:
        pass

attempt("except* ExceptionGroup:", star_group)
attempt("except* BaseExceptionGroup:", star_base_group)
attempt("tuple holding ExceptionGroup:", star_tuple_with_group)
attempt("except* int:", star_not_exception)
attempt("except* an instance:", star_instance)
attempt("except* a group subclass:", star_subgroup_type)

# The type is checked even when an earlier clause handled everything.
def checked_late():
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ValueError:
        print("   first clause ran")
    except* 42:
        pass

attempt("late invalid clause:", checked_late)

# Without an exception no clause type is evaluated.
def never_evaluated():
    try:
        pass
    except* undefined_name:
        pass

attempt("no exception:", never_evaluated)

# os.environ (a mapping over the process environment) and os.getenv.
import os

KEY = "STRATA_OS_TEST_VAR"
print(KEY in os.environ, os.environ.get(KEY), os.getenv(KEY), os.getenv(KEY, "default"))
os.environ[KEY] = "value 1"
print(KEY in os.environ, os.environ[KEY], os.getenv(KEY), os.environ.get(KEY, "x"))
os.environ[KEY] = ""
print(repr(os.environ[KEY]), repr(os.getenv(KEY, "unused")))
print(os.environ.setdefault(KEY, "ignored"), os.environ.setdefault(KEY + "_2", "set"))
print(os.environ.pop(KEY + "_2"), os.environ.pop(KEY + "_2", "gone"))
del os.environ[KEY]
print(KEY in os.environ, os.getenv(KEY))
os.environ.update({KEY: "u1"}, **{KEY + "_3": "u3"})
print(os.environ[KEY], os.environ[KEY + "_3"])
print(sorted(k for k in os.environ if k.startswith(KEY)))
print(sorted(v for k, v in os.environ.items() if k.startswith(KEY)))
print(len(os.environ) == len(list(os.environ.keys())) == len(dict(os.environ)))
print(type(os.environ.copy()).__name__, os.environ.copy()[KEY])
del os.environ[KEY]
del os.environ[KEY + "_3"]
print([k for k in os.environ if k.startswith(KEY)])

os.environ["PATH"] = "/bin"
print(os.environ["PATH"], os.getenv("PATH"))

try:
    os.environ["STRATA_NO_SUCH_VARIABLE"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del os.environ["STRATA_NO_SUCH_VARIABLE"]
except KeyError as e:
    print(type(e).__name__, e)
for call in [lambda: os.environ.__setitem__(KEY, 1),
             lambda: os.environ.__setitem__(1, "x"),
             lambda: os.environ.__setitem__("A=B", "x"),
             lambda: os.environ.__setitem__("", "x"),
             lambda: os.putenv(KEY, None),
             lambda: os.getenv()]:
    try:
        call()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
for call in [lambda: 1 in os.environ, lambda: os.environ.get(1), lambda: os.unsetenv(""),
             lambda: os.unsetenv("A=B"), lambda: os.putenv("", "x")]:
    try:
        call()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)

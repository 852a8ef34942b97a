# os constants, process facts and small helpers.
import os
import sys

print(os.name, os.sep, repr(os.linesep), os.altsep, os.extsep, os.pathsep)
print(os.curdir, os.pardir, os.devnull, os.defpath)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.error is OSError, os.path.__name__, sys.modules["os.path"] is os.path)
import os.path
import posixpath
print(os.path is posixpath, os.path.sep)

pid = os.getpid()
print(type(pid).__name__, pid > 0, pid == os.getpid(), os.getppid() > 0)
n = os.cpu_count()
print(type(n).__name__, n >= 1)
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
print(os.strerror(2), os.strerror(13), os.strerror(17), os.strerror(21))

print(os.fspath("str"), os.fspath(b"bytes"))


class P:
    def __fspath__(self):
        return "from-fspath"


class Bad:
    def __fspath__(self):
        return 42


print(os.fspath(P()), os.fsencode("é"), os.fsdecode(b"x"), os.fsencode(P()))
for arg in [3, None, Bad(), [1]]:
    try:
        os.fspath(arg)
    except TypeError as e:
        print(type(e).__name__, e)

for call in [lambda: os.urandom(-1), lambda: os.urandom("x"), lambda: os.strerror("x"),
             lambda: os.getpid(1), lambda: os.getcwd(1)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class MyPath(os.PathLike):
    def __fspath__(self):
        return "my/path"


print(os.fspath(MyPath()), isinstance(MyPath(), os.PathLike))
print(sorted(n for n in ["environ", "getenv", "walk", "makedirs", "listdir", "stat"] if hasattr(os, n)))

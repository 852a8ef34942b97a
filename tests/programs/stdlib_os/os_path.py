# os.path on strings: joining, splitting, normalizing (no file system).
import os.path as p
import os

print(p.join("a"), p.join("a", "b", "c"), p.join("a/", "b"), p.join("a", "/b", "c"), p.join("", "x"), p.join("a", ""))
print(p.join(b"a", b"b"), p.join("/", "x"))
print(p.split("/a/b/c"), p.split("a"), p.split("/"), p.split("//x"), p.split("a/b/"), p.split(""))
print(p.splitext("x/y.tar.gz"), p.splitext(".bashrc"), p.splitext("a/.b.c"), p.splitext("noext"), p.splitext("a.b/c"), p.splitext("..x"))
print(p.basename("/a/b"), p.basename("/a/b/"), p.basename("x"), p.dirname("/a/b"), p.dirname("/a/b/"), p.dirname("x"), p.dirname("/"))
print(p.isabs("/x"), p.isabs("x"), p.isabs(""), p.isabs(b"/"))
for s in ["", ".", "/", "//", "///", "a//b", "/a/./b/../c/", "../../x", "a/../..", "/..", "./a/b/..", "//a//b"]:
    print(repr(s), "->", repr(p.normpath(s)))
print(p.normpath(b"/a/../b"))
print(p.relpath("/a/b/c", "/a/d"), p.relpath("/a", "/a"), p.relpath("/a/b", "/"), p.relpath("/x", "/a/b"))
print(p.commonprefix(["/usr/lib", "/usr/local/lib"]), repr(p.commonprefix([])), p.commonprefix(["abc"]), p.commonprefix([[1, 2], [1, 3]]))
print(p.commonpath(["/usr/lib", "/usr/local/lib"]), p.commonpath(["a/b", "a/c", "a"]), p.commonpath(["/a"]))
print(p.splitdrive("/a/b"), p.normcase("/A/b"))

os.environ["HOME"] = "/home/tester"
os.environ["STRATA_PATH_VAR"] = "value"
print(p.expanduser("~"), p.expanduser("~/x/y"), p.expanduser("x/~"), p.expanduser("~nosuchuser_xyz/a"), p.expanduser(b"~/b"))
print(p.expandvars("$STRATA_PATH_VAR/a"), p.expandvars("${STRATA_PATH_VAR}b"), p.expandvars("$NO_SUCH_VAR_XYZ/c"), p.expandvars("x$"), p.expandvars("$$"))

for call in [lambda: p.join("a", b"b"), lambda: p.join(1), lambda: p.join("a", 2),
             lambda: p.split(3), lambda: p.relpath(""), lambda: p.commonpath([]),
             lambda: p.commonpath(["/a", "b"]), lambda: p.basename(None)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class PL:
    def __fspath__(self):
        return "pl/dir"


print(p.join(PL(), "f"), p.split(PL()), p.basename(PL()))

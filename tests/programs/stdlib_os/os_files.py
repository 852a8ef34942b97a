# Files and directories: mkdir/makedirs, listdir, rename, remove, rmdir,
# stat, walk and scandir, with CPython's errors.
import os
import stat
import _tmpdir

_tmpdir.enter()
try:
    print(os.getcwd() == _tmpdir.PATH, os.listdir(), os.listdir("."))
    os.mkdir("a")
    os.mkdir("a/b", 0o755)
    os.makedirs("a/c/d/e")
    os.makedirs("a/c/d/e", exist_ok=True)
    os.makedirs("x/y/")
    with open("a/f1.txt", "w") as f:
        f.write("12345")
    with open("a/c/f2.txt", "w") as f:
        f.write("")
    print(sorted(os.listdir("a")), sorted(os.listdir(b"a")))

    st = os.stat("a/f1.txt")
    print(st.st_size, st[stat.ST_SIZE], stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode))
    print(stat.S_IMODE(os.stat("a/b").st_mode) & 0o700, stat.S_ISDIR(os.stat("a").st_mode))
    print(type(st.st_mtime).__name__, type(st[8]).__name__, type(st.st_mtime_ns).__name__, len(st))
    print(st.st_mtime_ns // 10**9 == st[8], isinstance(st, tuple), type(st).__name__)
    print(os.stat("a/f1.txt").st_size == os.lstat("a/f1.txt").st_size)

    for root, dirs, files in os.walk("a"):
        dirs.sort()
        print(root, dirs, sorted(files))
    print([r for r, d, f in os.walk("a", topdown=False)])
    pruned = []
    for root, dirs, files in os.walk("a"):
        dirs[:] = [d for d in dirs if d != "c"]
        pruned.append(root)
    print(sorted(pruned))
    errors = []
    print(list(os.walk("missing", onerror=errors.append)), [type(e).__name__ for e in errors])

    with os.scandir("a") as it:
        entries = sorted(it, key=lambda e: e.name)
    print([(e.name, e.path, e.is_dir(), e.is_file()) for e in entries])
    print(entries[0].stat().st_size == os.stat(entries[0].path).st_size, os.fspath(entries[-1]))

    os.rename("a/f1.txt", "a/g1.txt")
    os.replace("a/g1.txt", "a/c/f2.txt")
    print(sorted(os.listdir("a")), open("a/c/f2.txt").read())

    os.symlink("c", "a/link")
    print(os.readlink("a/link"), os.path.islink("a/link"), stat.S_ISLNK(os.lstat("a/link").st_mode))
    os.remove("a/link")
    os.chmod("a/c/f2.txt", 0o600)
    print(oct(stat.S_IMODE(os.stat("a/c/f2.txt").st_mode)), os.access("a/c/f2.txt", os.F_OK), os.access("nope", os.F_OK))

    tests = [
        lambda: os.mkdir("a"),
        lambda: os.makedirs("a/c"),
        lambda: os.mkdir("no/such/parent"),
        lambda: os.rmdir("a"),
        lambda: os.rmdir("missing"),
        lambda: os.remove("a"),
        lambda: os.remove("missing"),
        lambda: os.unlink("missing"),
        lambda: os.listdir("missing"),
        lambda: os.listdir("a/c/f2.txt"),
        lambda: os.stat("missing"),
        lambda: os.lstat("missing"),
        lambda: os.rename("missing", "other"),
        lambda: os.chdir("missing"),
        lambda: os.chdir("a/c/f2.txt"),
        lambda: os.readlink("a"),
    ]
    for t in tests:
        try:
            t()
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, "|", e)
    for t in [lambda: os.stat(3.5), lambda: os.listdir(3.5), lambda: os.mkdir(None),
              lambda: os.remove(1), lambda: os.rename(1, "x"), lambda: os.rename("x", 2.5),
              lambda: os.chdir([]), lambda: os.stat("a\0b")]:
        try:
            t()
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)

    os.chdir("a")
    print(os.getcwd() == os.path.join(_tmpdir.PATH, "a"), sorted(os.listdir()))
    os.chdir("..")
    os.remove("a/c/f2.txt")
    os.removedirs("a/c/d/e")
    print(sorted(os.listdir(".")), sorted(os.listdir("a")))
    os.renames("x/y", "z/w")
    print(sorted(os.listdir(".")))
finally:
    _tmpdir.leave()
print(os.path.exists(_tmpdir.PATH))

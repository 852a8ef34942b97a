# os.path queries on the file system: exists, isfile, isdir, islink,
# getsize, abspath, realpath, samefile.
import os
import os.path as p
import _tmpdir

_tmpdir.enter()
try:
    os.makedirs("d/sub")
    with open("d/file.txt", "w") as f:
        f.write("x" * 42)
    os.symlink("file.txt", "d/link")
    os.symlink("missing", "d/broken")
    os.symlink("sub", "d/dirlink")
    for name in ["d", "d/sub", "d/file.txt", "d/link", "d/broken", "d/dirlink", "nope", ""]:
        print(repr(name), p.exists(name), p.lexists(name), p.isfile(name), p.isdir(name), p.islink(name))
    print(p.getsize("d/file.txt"), p.getsize("d/link"), p.getmtime("d/file.txt") == os.stat("d/file.txt").st_mtime)
    print(p.abspath("d/file.txt") == _tmpdir.PATH + "/d/file.txt", p.abspath(".") == _tmpdir.PATH)
    print(p.realpath("d/link") == _tmpdir.PATH + "/d/file.txt")
    print(p.realpath("d/dirlink/../file.txt") == _tmpdir.PATH + "/d/file.txt")
    print(p.realpath("d/broken") == _tmpdir.PATH + "/d/missing")
    print(p.samefile("d/link", "d/file.txt"), p.samefile("d", "d/sub"), p.ismount("/"), p.ismount("d"))
    print(p.relpath(p.abspath("d/sub")), p.relpath("d", "d/sub"))
    try:
        p.getsize("nope")
    except FileNotFoundError as e:
        print(type(e).__name__, e)
    print(p.exists(3.5) if False else "skip", p.isdir("d\0x"), p.exists(b"d"))
finally:
    _tmpdir.leave()

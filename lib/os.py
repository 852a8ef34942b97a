"""Operating system services, POSIX flavour: the process environment
(environ, getenv, putenv), files and directories (listdir, mkdir, makedirs,
remove, rename, stat, walk, scandir), path constants and os.path (the
posixpath module). The system calls come from the native posix module."""

import sys
import posix
from posix import (
    getcwd, getcwdb, chdir, listdir, mkdir, rmdir, remove, unlink, rename,
    replace, chmod, readlink, symlink, access, stat, lstat, getpid, getppid,
    cpu_count, urandom, strerror, putenv, unsetenv, stat_result,
)

name = "posix"
linesep = "\n"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1

error = OSError

import posixpath as path

sys.modules["os.path"] = path

__all__ = [
    "name", "linesep", "sep", "altsep", "extsep", "pathsep", "curdir",
    "pardir", "defpath", "devnull", "path", "environ", "getenv", "putenv",
    "unsetenv", "getcwd", "getcwdb", "chdir", "listdir", "mkdir",
    "makedirs", "rmdir", "removedirs", "remove", "unlink", "rename",
    "renames", "replace", "chmod", "readlink", "symlink", "access", "stat",
    "lstat", "stat_result", "getpid", "getppid", "cpu_count", "urandom",
    "strerror", "walk", "scandir", "fspath", "fsencode", "fsdecode",
    "PathLike", "error", "SEEK_SET", "SEEK_CUR", "SEEK_END", "F_OK",
    "R_OK", "W_OK", "X_OK",
]


def fspath(p):
    """The file system representation of p: p itself for str and bytes,
    else p.__fspath__()."""
    if isinstance(p, (str, bytes)):
        return p
    cls = type(p)
    try:
        method = cls.__fspath__
    except AttributeError:
        raise TypeError(
            "expected str, bytes or os.PathLike object, not " + cls.__name__
        ) from None
    result = method(p)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError(
        f"expected {cls.__name__}.__fspath__() to return str or bytes, "
        f"not {type(result).__name__}"
    )


def fsencode(filename):
    """filename as bytes (str is encoded as UTF-8)."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8")
    return filename


def fsdecode(filename):
    """filename as str (bytes are decoded as UTF-8)."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8")
    return filename


class PathLike:
    """Base for objects representing file system paths (they define
    __fspath__)."""

    __slots__ = ()

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __class_getitem__(cls, item):
        return cls


def _env_str(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value


class _Environ:
    """os.environ: a mapping of the process environment; assignments and
    deletions also change the real environment (putenv/unsetenv)."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[_env_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        key = _env_str(key)
        value = _env_str(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        _env_str(key)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return _env_str(key) in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self._data.items())
        return f"environ({{{items}}})"

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def pop(self, key, *default):
        if len(default) > 1:
            raise TypeError(f"pop expected at most 2 arguments, got {1 + len(default)}")
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        for key in self._data:
            value = self._data[key]
            del self[key]
            return key, value
        raise KeyError("popitem(): dictionary is empty")

    def update(self, other=(), **kwds):
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def clear(self):
        for key in list(self._data):
            del self[key]

    def copy(self):
        return dict(self._data)

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(other)
        new.update(self._data)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(dict(posix.environ))


def getenv(key, default=None):
    """The environment variable key, or default when it is not set."""
    return environ.get(key, default)


def makedirs(name, mode=0o777, exist_ok=False):
    """Create directory name and any missing parents; an existing leaf is
    an error unless exist_ok."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, "ASCII")
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove directory name, then its parents while they are empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """rename() that creates missing directories of new and prunes the
    emptied directories of old."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """An entry of a scandir() listing."""

    __slots__ = ("name", "path", "_stat", "_lstat")

    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)
        self._stat = None
        self._lstat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o100000

    def is_symlink(self):
        return self._mode(False) & 0o170000 == 0o120000

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino


class _ScandirIterator:
    """The iterator scandir() returns (also a context manager)."""

    def __init__(self, dirpath, names):
        self._dirpath = dirpath
        self._names = iter(names)

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._dirpath, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path=None):
    """An iterator of DirEntry objects for the entries of directory path."""
    if path is None:
        path = curdir
    path = fspath(path)
    return _ScandirIterator(path, listdir(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Generate (dirpath, dirnames, filenames) for each directory of the
    tree rooted at top; with topdown, callers may prune dirnames in place."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    for entry in names:
        if path.isdir(path.join(top, entry)):
            dirs.append(entry)
        else:
            nondirs.append(entry)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs

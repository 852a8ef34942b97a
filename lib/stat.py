"""Constants and predicates for the st_mode field of os.stat() results:
file type bits (S_IFDIR, S_IFREG, ...), the S_IS*() tests, permission bits
and filemode()."""

_S_IFMT = 0o170000
S_IFSOCK = 0o140000
S_IFLNK = 0o120000
S_IFREG = 0o100000
S_IFBLK = 0o060000
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFIFO = 0o010000
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

S_ISUID = 0o4000
S_ISGID = 0o2000
S_ISVTX = 0o1000
S_ENFMT = S_ISGID
S_IREAD = 0o400
S_IWRITE = 0o200
S_IEXEC = 0o100
S_IRWXU = 0o700
S_IRUSR = 0o400
S_IWUSR = 0o200
S_IXUSR = 0o100
S_IRWXG = 0o070
S_IRGRP = 0o040
S_IWGRP = 0o020
S_IXGRP = 0o010
S_IRWXO = 0o007
S_IROTH = 0o004
S_IWOTH = 0o002
S_IXOTH = 0o001

ST_MODE = 0
ST_INO = 1
ST_DEV = 2
ST_NLINK = 3
ST_UID = 4
ST_GID = 5
ST_SIZE = 6
ST_ATIME = 7
ST_MTIME = 8
ST_CTIME = 9


def S_IMODE(mode):
    """The permission bits of mode (what chmod() sets)."""
    return mode & 0o7777


def S_IFMT(mode):
    """The file type bits of mode."""
    return mode & _S_IFMT


def S_ISDIR(mode):
    """Whether mode is a directory's."""
    return S_IFMT(mode) == S_IFDIR


def S_ISCHR(mode):
    """Whether mode is a character device's."""
    return S_IFMT(mode) == S_IFCHR


def S_ISBLK(mode):
    """Whether mode is a block device's."""
    return S_IFMT(mode) == S_IFBLK


def S_ISREG(mode):
    """Whether mode is a regular file's."""
    return S_IFMT(mode) == S_IFREG


def S_ISFIFO(mode):
    """Whether mode is a FIFO's."""
    return S_IFMT(mode) == S_IFIFO


def S_ISLNK(mode):
    """Whether mode is a symbolic link's."""
    return S_IFMT(mode) == S_IFLNK


def S_ISSOCK(mode):
    """Whether mode is a socket's."""
    return S_IFMT(mode) == S_IFSOCK


def S_ISDOOR(mode):
    """Always False (no doors on this platform)."""
    return False


def S_ISPORT(mode):
    """Always False (no event ports on this platform)."""
    return False


def S_ISWHT(mode):
    """Always False (no whiteouts on this platform)."""
    return False


_TYPE_CHARS = (
    (S_IFLNK, "l"), (S_IFSOCK, "s"), (S_IFREG, "-"), (S_IFBLK, "b"),
    (S_IFDIR, "d"), (S_IFCHR, "c"), (S_IFIFO, "p"),
)


def filemode(mode):
    """mode as ls -l shows it, e.g. '-rw-r--r--'."""
    kind = "?"
    for bits, ch in _TYPE_CHARS:
        if S_IFMT(mode) == bits:
            kind = ch
            break
    out = [kind]
    for r, w, x, special, on, off in (
        (S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, "s", "S"),
        (S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, "s", "S"),
        (S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, "t", "T"),
    ):
        out.append("r" if mode & r else "-")
        out.append("w" if mode & w else "-")
        if mode & special:
            out.append(on if mode & x else off)
        else:
            out.append("x" if mode & x else "-")
    return "".join(out)

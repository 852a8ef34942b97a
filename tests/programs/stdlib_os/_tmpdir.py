"""Helper for the stdlib_os programs: a fresh scratch directory under /tmp
(named from the process id) that the program runs in and that is removed
afterwards."""

import os

_OLD = os.getcwd()
PATH = "/tmp/strata_os_test_%d" % os.getpid()


def enter():
    os.mkdir(PATH)
    os.chdir(PATH)


def leave():
    os.chdir(_OLD)
    for root, dirs, files in os.walk(PATH, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            full = os.path.join(root, name)
            if os.path.islink(full):
                os.remove(full)
            else:
                os.rmdir(full)
    os.rmdir(PATH)

"""The interpreters a benchmark runs under, and how each is told where the
pyperf shim is: Strata reads extra import directories from STRATA_PATH
and engine flags from STRATA_NAME=VALUE variables; CPython reads
PYTHONPATH. Both get the same shim, so both are measured the same way.
"""

import os
import re
import subprocess

_FLAG_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")


class Interpreter:
    """A program that runs Python scripts: a label for tables and file
    names, the executable, the variable that carries the import path, and
    extra environment variables."""

    def __init__(self, label, executable, path_variable, extra_env):
        self.label = label
        self.executable = executable
        self.path_variable = path_variable
        self.extra_env = dict(extra_env)

    def command(self, script, args):
        return [self.executable, script] + list(args)

    def environment(self, shim_dir):
        """os.environ with the shim first on the import path and the extra
        variables set."""
        env = dict(os.environ)
        previous = env.get(self.path_variable)
        env[self.path_variable] = shim_dir + (os.pathsep + previous if previous else "")
        env.update(self.extra_env)
        return env

    def probe(self, shim_dir):
        """Runs `pass` with the benchmark environment; returns None when
        that works, else what went wrong (for example Strata rejecting an
        unknown or bad STRATA_* flag)."""
        try:
            done = subprocess.run([self.executable, "-c", "pass"], env=self.environment(shim_dir),
                                  stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, timeout=60)
        except (OSError, subprocess.TimeoutExpired) as exc:
            return "cannot run %s: %s" % (self.executable, exc)
        if done.returncode != 0:
            message = done.stdout.decode("utf-8", "replace").strip()
            return "%s -c pass failed (exit status %d): %s" % (
                self.executable, done.returncode, message.splitlines()[0] if message else "")
        return None


def parse_flag(text):
    """'ENGINE=tier1' (or 'STRATA_ENGINE=tier1') -> ('STRATA_ENGINE',
    'tier1'); ValueError with a readable message otherwise."""
    name, sep, value = text.partition("=")
    name = name.strip().upper()
    if name.startswith("STRATA_"):
        name = name[len("STRATA_"):]
    if not sep or not _FLAG_NAME.match(name) or not value:
        raise ValueError("expected NAME=VALUE (for example ENGINE=tier1), got %r" % text)
    return "STRATA_" + name, value


def strata(executable, flags):
    """Strata at `executable` with engine flags [(variable, value), ...]."""
    return Interpreter("strata", executable, "STRATA_PATH", dict(flags))


def python(executable):
    """A CPython (or compatible) interpreter, labelled by its file name."""
    return Interpreter(os.path.basename(executable), executable, "PYTHONPATH", {})

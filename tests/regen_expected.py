#!/usr/bin/env python3
"""Regenerate the expected outputs of the differential test corpus.

Usage (from anywhere; the script changes to the repository root):

    python3 tests/regen_expected.py            # every program
    python3 tests/regen_expected.py tests/programs/basics/arith.py ...
    python3 tests/regen_expected.py basics      # every program of one area

For each program ``tests/programs/<area>/<name>.py`` (name not starting with
``_``) it writes next to it:

  <name>.out   exact stdout bytes
  <name>.exit  two lines: the exit status, then the last line of stderr
               (an empty line when stderr is empty)
  <name>.err   full stderr -- only for the areas listed in FULL_STDERR_AREAS

The absolute path of the repository root is stripped from stdout and stderr
(CPython 3.11 makes the script path absolute in tracebacks), so the expected
files show File "tests/programs/<area>/<name>.py", the path as given on the
command line.

The oracle is CPython 3.11 (``python3``); the script refuses to run with any
other version.  Programs run with cwd = repository root, the relative path
as argument, PYTHONHASHSEED=0, PYTHONDONTWRITEBYTECODE=1,
PYTHONIOENCODING=utf-8 and a 30 s timeout.
"""

import os
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join("tests", "programs")
FULL_STDERR_AREAS = {"tracebacks", "syntax_errors"}
TIMEOUT = 30
SLOW = 0.5
PYTHON = "python3"


def check_version():
    out = subprocess.run([PYTHON, "--version"], capture_output=True, text=True)
    text = (out.stdout + out.stderr).strip()
    if not text.startswith("Python 3.11."):
        sys.exit("regen_expected: python3 must be CPython 3.11.x, found %r" % text)
    return text


def discover():
    root = os.path.join(REPO, PROGRAMS)
    found = []
    for area in sorted(os.listdir(root)):
        adir = os.path.join(root, area)
        if area.startswith("_") or not os.path.isdir(adir):
            continue
        for name in sorted(os.listdir(adir)):
            if name.endswith(".py") and not name.startswith("_"):
                if os.path.isfile(os.path.join(adir, name)):
                    found.append(os.path.join(PROGRAMS, area, name))
    return found


def select(args, every):
    if not args:
        return every
    chosen = []
    for arg in args:
        rel = os.path.relpath(os.path.abspath(arg), REPO) if os.path.exists(arg) else arg
        rel = rel.replace(os.sep, "/")
        matches = [p for p in every
                   if p.replace(os.sep, "/") == rel
                   or p.replace(os.sep, "/").split("/")[2] == rel.strip("/").split("/")[-1]]
        if not matches:
            sys.exit("regen_expected: no program matches %r" % arg)
        for m in matches:
            if m not in chosen:
                chosen.append(m)
    return chosen


def last_line(data):
    text = data.decode("utf-8", "replace")
    lines = text.splitlines()
    return lines[-1] if lines else ""


def run_one(rel):
    env = dict(os.environ)
    env.update(PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1",
               PYTHONIOENCODING="utf-8")
    for var in ("PYTHONSTARTUP", "PYTHONPATH", "PYTHONWARNINGS", "PYTHONINSPECT",
                "PYTHONOPTIMIZE", "PYTHONUNBUFFERED", "PYTHONSAFEPATH"):
        env.pop(var, None)
    start = time.monotonic()
    try:
        proc = subprocess.run([PYTHON, rel], cwd=REPO, env=env,
                              stdin=subprocess.DEVNULL, capture_output=True,
                              timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, time.monotonic() - start
    return proc, time.monotonic() - start


def normalize(data):
    """Make output independent of where the repository is checked out.

    CPython 3.11 makes the __main__ script path absolute, so tracebacks and
    SyntaxError reports say File "/abs/repo/tests/programs/...".  The expected
    files use the path relative to the repository root (what was given on the
    command line), so the absolute repository prefix is stripped here.
    """
    for root in {REPO, os.path.realpath(REPO)}:
        data = data.replace((root + os.sep).encode("utf-8"), b"")
    return data


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


def main(argv):
    version = check_version()
    every = discover()
    todo = select(argv[1:], every)
    failures, slow = [], []
    status_counts = {}
    for rel in todo:
        proc, elapsed = run_one(rel)
        if proc is None:
            failures.append("%s: timed out after %d s" % (rel, TIMEOUT))
            continue
        if elapsed > SLOW:
            slow.append((rel, elapsed))
        base = os.path.join(REPO, rel[:-3])
        stdout, stderr = normalize(proc.stdout), normalize(proc.stderr)
        write(base + ".out", stdout)
        write(base + ".exit", ("%d\n%s\n" % (proc.returncode, last_line(stderr))).encode("utf-8"))
        area = rel.replace(os.sep, "/").split("/")[2]
        if area in FULL_STDERR_AREAS:
            write(base + ".err", stderr)
        elif os.path.exists(base + ".err"):
            os.remove(base + ".err")
        status_counts[proc.returncode] = status_counts.get(proc.returncode, 0) + 1
    per_area = {}
    for rel in todo:
        area = rel.replace(os.sep, "/").split("/")[2]
        per_area[area] = per_area.get(area, 0) + 1
    print("regen_expected: %s, %d program(s) regenerated" % (version, len(todo) - len(failures)))
    for area in sorted(per_area):
        print("  %-16s %4d" % (area, per_area[area]))
    print("  exit statuses: " + ", ".join("%d: %d" % kv for kv in sorted(status_counts.items())))
    for rel, elapsed in slow:
        print("  SLOW (%.2f s): %s" % (elapsed, rel))
    for msg in failures:
        print("  FAILED " + msg)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

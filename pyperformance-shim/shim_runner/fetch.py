"""Obtaining pyperformance's benchmark scripts: the pyperformance wheel,
pinned by version and SHA-256, is downloaded from PyPI with pip on first
use and its data-files/benchmarks directory extracted into a cache
directory. Nothing of pyperformance is committed to this repository.

Concurrent first uses are safe: each works in its own temporary
directory and moves the finished result into place.
"""

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

PYPERFORMANCE_VERSION = "1.14.0"
WHEEL_NAME = "pyperformance-%s-py3-none-any.whl" % PYPERFORMANCE_VERSION
WHEEL_SHA256 = "94068ac2935b6952ccb5e8a302eb9cebc26e82454494bef6e53822738adf0049"
_BENCHMARKS_IN_WHEEL = "pyperformance/data-files/benchmarks/"
CACHE_ENV = "STRATA_PYPERFORMANCE_CACHE"


class FetchError(Exception):
    """The benchmark scripts could not be obtained; the message says why."""


def default_cache_dir():
    """$STRATA_PYPERFORMANCE_CACHE, else ~/.cache/strata/pyperformance-VERSION."""
    configured = os.environ.get(CACHE_ENV)
    if configured:
        return configured
    return os.path.join(os.path.expanduser("~"), ".cache", "strata",
                        "pyperformance-" + PYPERFORMANCE_VERSION)


def _sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _download_wheel(cache_dir, log):
    wheel = os.path.join(cache_dir, WHEEL_NAME)
    if os.path.exists(wheel) and _sha256(wheel) == WHEEL_SHA256:
        return wheel
    log("downloading pyperformance %s from PyPI into %s" % (PYPERFORMANCE_VERSION, cache_dir))
    work = tempfile.mkdtemp(prefix="download-", dir=cache_dir)
    try:
        cmd = [sys.executable, "-m", "pip", "download", "--disable-pip-version-check",
               "--no-input", "--no-deps", "--only-binary=:all:",
               "pyperformance==" + PYPERFORMANCE_VERSION, "-d", work]
        try:
            done = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                  text=True, timeout=600)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise FetchError("could not run pip to download pyperformance: %s" % exc)
        fetched = os.path.join(work, WHEEL_NAME)
        if done.returncode != 0 or not os.path.exists(fetched):
            tail = "\n".join(done.stdout.strip().splitlines()[-8:])
            raise FetchError(
                "pip could not download pyperformance==%s (network access to PyPI is "
                "needed on first use; or put %s into %s yourself).\n"
                "command: %s\n%s" % (PYPERFORMANCE_VERSION, WHEEL_NAME, cache_dir,
                                     " ".join(cmd), tail))
        actual = _sha256(fetched)
        if actual != WHEEL_SHA256:
            raise FetchError("downloaded %s has SHA-256 %s, expected %s"
                             % (WHEEL_NAME, actual, WHEEL_SHA256))
        os.replace(fetched, wheel)
        return wheel
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _extract_benchmarks(wheel, target, cache_dir):
    work = tempfile.mkdtemp(prefix="extract-", dir=cache_dir)
    try:
        staged = os.path.join(work, "benchmarks")
        try:
            with zipfile.ZipFile(wheel) as archive:
                for member in archive.namelist():
                    if not member.startswith(_BENCHMARKS_IN_WHEEL) or member.endswith("/"):
                        continue
                    rel = member[len(_BENCHMARKS_IN_WHEEL):]
                    if rel.startswith("/") or ".." in rel.split("/"):
                        continue
                    dest = os.path.join(staged, *rel.split("/"))
                    os.makedirs(os.path.dirname(dest), exist_ok=True)
                    with archive.open(member) as src, open(dest, "wb") as out:
                        shutil.copyfileobj(src, out)
        except zipfile.BadZipFile as exc:
            raise FetchError("%s is not a valid wheel: %s" % (wheel, exc))
        if not os.path.exists(os.path.join(staged, "MANIFEST")):
            raise FetchError("%s has no %sMANIFEST" % (wheel, _BENCHMARKS_IN_WHEEL))
        try:
            os.rename(staged, target)
        except OSError:
            if not os.path.exists(os.path.join(target, "MANIFEST")):
                raise
    finally:
        shutil.rmtree(work, ignore_errors=True)


def ensure_benchmarks(cache_dir, log):
    """The directory holding pyperformance's MANIFEST and bm_*/ scripts,
    downloading and extracting them first if the cache lacks them. `log`
    receives progress messages. Raises FetchError."""
    target = os.path.join(cache_dir, "benchmarks")
    if os.path.exists(os.path.join(target, "MANIFEST")):
        return target
    try:
        os.makedirs(cache_dir, exist_ok=True)
        wheel = _download_wheel(cache_dir, log)
        _extract_benchmarks(wheel, target, cache_dir)
    except OSError as exc:
        raise FetchError("cannot prepare the cache directory %s: %s" % (cache_dir, exc))
    return target

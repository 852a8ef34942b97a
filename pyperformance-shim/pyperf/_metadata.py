"""Metadata recorded with every benchmark: which runtime ran it, how it was
measured (in one process, by this shim), and when.

Values follow pyperf's rules (str, int or float; strings non-empty and on
one line) so the real pyperf accepts the files. Facts that need a module a
young runtime may lack (`os`) are left out when the module is missing.
"""

import sys
import time

SHIM_VERSION = "1.0"

# STRATA_* environment variables that are not engine flags.
_NOT_FLAGS = ("STRATA_PATH", "STRATA_LIB", "STRATA_PYPERFORMANCE_CACHE")


def clean_value(value):
    """A metadata value pyperf accepts, or None to drop it: numbers stay,
    anything else becomes a one-line stripped string."""
    if isinstance(value, (int, float)):
        return value
    text = " ".join(str(value).split())
    return text or None


def format_date(timestamp):
    """Local time as pyperf writes dates: '2026-11-25 17:21:34.417759'."""
    whole = int(timestamp)
    micro = int((timestamp - whole) * 1e6)
    stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(whole))
    return "%s.%06d" % (stamp, micro)


def python_implementation():
    """Lower-case name of the running implementation ('cpython', 'strata')."""
    return sys.implementation.name.lower()


def _python_version():
    major, minor, micro = sys.version_info[:3]
    bits = 64 if sys.maxsize > 2 ** 32 else 32
    return "%d.%d.%d (%d-bit)" % (major, minor, micro, bits)


def _load_average():
    try:
        with open("/proc/loadavg") as f:
            return float(f.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def _os_facts(metadata):
    try:
        import os
    except ImportError:
        return
    cpu_count = os.cpu_count()
    if cpu_count:
        metadata["cpu_count"] = cpu_count
    flags = sorted(
        "%s=%s" % (key[len("STRATA_"):], value)
        for key, value in os.environ.items()
        if key.startswith("STRATA_") and key not in _NOT_FLAGS
    )
    if flags:
        metadata["strata_flags"] = " ".join(flags)


def system_metadata():
    """Facts about this process that hold for every benchmark it runs."""
    metadata = {
        "python_implementation": python_implementation(),
        "python_version": _python_version(),
        "platform": sys.platform,
        "timer": "time.perf_counter",
        "unit": "second",
        "pyperf_shim": SHIM_VERSION,
        "in_process": "yes (every run in this one process; no worker processes)",
    }
    executable = getattr(sys, "executable", None)
    if executable:
        metadata["python_executable"] = executable
    load = _load_average()
    if load is not None:
        metadata["load_avg_1min"] = load
    _os_facts(metadata)
    return metadata

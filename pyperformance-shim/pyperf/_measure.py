"""Timing one benchmark in this process: loop calibration, then the runs.

A time function takes a loop count and returns the seconds those loops
took. Every raw time is divided by loops * inner_loops, so stored values
are seconds per inner iteration, as in pyperf's files.

Without a fixed loop count, a calibration run doubles the loops (1, 2, 4,
...) until one raw time reaches min_time; its timings are kept as warmups
of a first run that has no values, which is how pyperf records
calibration. Then come `processes` runs of `warmups` discarded and
`values` kept timings each. pyperf spreads those runs over worker
processes; here they all run in this one process.
"""

import sys
import time

from pyperf._format import format_time
from pyperf._metadata import format_date
from pyperf._suite import Run

MAX_LOOPS = 2 ** 32


class Settings:
    """How much to measure: processes (number of runs), values and warmups
    per run, loops per value (0 = calibrate), min_time for calibration, and
    how much to print (quiet, verbose)."""

    def __init__(self, processes, values, warmups, loops, min_time, quiet=False, verbose=False):
        self.processes = processes
        self.values = values
        self.warmups = warmups
        self.loops = loops
        self.min_time = min_time
        self.quiet = quiet
        self.verbose = verbose


def _timed(time_func, args, loops):
    raw = time_func(loops, *args)
    if not isinstance(raw, (int, float)) or raw < 0:
        raise ValueError("the time function must return a duration in seconds, got %r" % (raw,))
    return float(raw)


def _progress(settings, text):
    if settings.verbose:
        sys.stdout.write(text + "\n")
    elif not settings.quiet:
        sys.stdout.write(".")
    sys.stdout.flush()


def _calibrate(time_func, args, inner_loops, settings, base_metadata):
    start = time.time()
    loops = 1
    warmups = []
    while True:
        raw = _timed(time_func, args, loops)
        warmups.append((loops, raw / (loops * inner_loops)))
        if raw >= settings.min_time:
            break
        if loops * 2 > MAX_LOOPS:
            raise ValueError("calibration reached %d loops without a value of %s"
                             % (loops, format_time(settings.min_time)))
        loops *= 2
    metadata = dict(base_metadata)
    metadata["date"] = format_date(start)
    metadata["duration"] = time.time() - start
    metadata["calibrate_loops"] = loops
    _progress(settings, "Calibration: %d loops" % loops)
    return loops, warmups, metadata


def _one_run(time_func, args, loops, inner_loops, settings, base_metadata, number):
    start = time.time()
    per_loop = loops * inner_loops
    warmups = [(loops, _timed(time_func, args, loops) / per_loop) for _ in range(settings.warmups)]
    values = [_timed(time_func, args, loops) / per_loop for _ in range(settings.values)]
    metadata = dict(base_metadata)
    metadata["date"] = format_date(start)
    metadata["duration"] = time.time() - start
    metadata["loops"] = loops
    _progress(settings, "Run %d: values %s" % (number, ", ".join(format_time(v) for v in values)))
    return Run(metadata, warmups, values)


def measure(time_func, args, inner_loops, settings, base_metadata):
    """Runs the benchmark as `settings` say; returns its list of Runs, each
    with base_metadata plus its own date, duration and loops."""
    runs = []
    loops = settings.loops
    if not loops:
        loops, warmups, metadata = _calibrate(time_func, args, inner_loops, settings, base_metadata)
        metadata["loops"] = loops
        runs.append(Run(metadata, warmups, ()))
    for number in range(1, settings.processes + 1):
        runs.append(_one_run(time_func, args, loops, inner_loops, settings, base_metadata, number))
    if not settings.quiet and not settings.verbose:
        sys.stdout.write("\n")
        sys.stdout.flush()
    return runs

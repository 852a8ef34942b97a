"""pyperf's command-line options: declaring them on the Runner's
ArgumentParser and turning the parsed values into measurement Settings.

Honoured: --rigorous, --fast, --debug-single-value, -p/--processes (the
number of runs, all in this process), -n/--values, -w/--warmups,
-l/--loops, --min-time, -v/--verbose, -q/--quiet, -o/--output,
--append. Accepted and ignored, because they only matter to a driver that
spawns worker processes: --worker, --worker-task, --in-process,
--inherit-environ, --copy-env, --no-locale, --affinity, --timeout.
Options that would change what is measured or need pyperf's worker
protocol (--pipe, --compare-to, --track-memory, ...) are not accepted.
"""

import argparse

from pyperf._measure import Settings

DEFAULT_PROCESSES = 20
DEFAULT_VALUES = 3
DEFAULT_WARMUPS = 1
DEFAULT_MIN_TIME = 0.1


def _count(minimum):
    def parse(text):
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError("expected an integer, got %r" % text)
        if value < minimum:
            raise argparse.ArgumentTypeError("must be at least %d, got %d" % (minimum, value))
        return value

    parse.__name__ = "integer >= %d" % minimum
    return parse


def _seconds(text):
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError("expected seconds, got %r" % text)
    if not value > 0:
        raise argparse.ArgumentTypeError("must be positive, got %r" % text)
    return value


def add_options(parser):
    """Declares pyperf's options on `parser`."""
    add = parser.add_argument
    add("--rigorous", action="store_true",
        help="spend longer measuring for more accurate results (40 runs)")
    add("--fast", action="store_true",
        help="get rough answers quickly (10 runs of 2 values)")
    add("--debug-single-value", action="store_true",
        help="one run, one value of one loop, no warmup")
    add("-p", "--processes", type=_count(1), default=None,
        help="number of runs; pyperf gives each its own process, this shim "
             "runs them all in this process (default: %d)" % DEFAULT_PROCESSES)
    add("-n", "--values", type=_count(1), default=None,
        help="number of values per run (default: %d)" % DEFAULT_VALUES)
    add("-w", "--warmups", type=_count(0), default=None,
        help="number of discarded values at the start of each run (default: %d)"
             % DEFAULT_WARMUPS)
    add("-l", "--loops", type=_count(0), default=0,
        help="loops per value; 0 calibrates until a value takes --min-time (default: 0)")
    add("--min-time", type=_seconds, default=DEFAULT_MIN_TIME,
        help="minimum seconds of one value when calibrating (default: %s)" % DEFAULT_MIN_TIME)
    add("-v", "--verbose", action="store_true", help="print every run's values")
    add("-q", "--quiet", action="store_true", help="print only the results")
    add("-o", "--output", metavar="FILENAME",
        help="write the results as pyperf JSON into FILENAME (which must not exist)")
    add("--append", metavar="FILENAME",
        help="add the results to the pyperf JSON file FILENAME")
    ignored = "accepted for pyperf compatibility; no effect (no worker processes)"
    add("--worker", action="store_true", help=ignored)
    add("--worker-task", type=int, metavar="TASK_ID", help=ignored)
    add("--in-process", action="store_true", help=ignored + "; always in-process")
    add("--inherit-environ", metavar="VARS", help=ignored)
    add("--copy-env", action="store_true", help=ignored)
    add("--no-locale", action="store_true", help=ignored)
    add("--affinity", metavar="CPU_LIST", help=ignored)
    add("--timeout", type=_seconds, help=ignored)


def settings_from(args, defaults):
    """Settings for parsed `args`; `defaults` has the Runner's own
    processes, values, warmups and loops (from its constructor)."""
    processes = defaults["processes"]
    values = defaults["values"]
    warmups = defaults["warmups"]
    loops = args.loops or defaults["loops"]
    if args.rigorous:
        processes *= 2
    if args.fast:
        processes = max(processes // 2, 1)
        values = max(values * 2 // 3, 1)
    if args.debug_single_value:
        processes, values, warmups, loops = 1, 1, 0, 1
    if args.processes is not None:
        processes = args.processes
    if args.values is not None:
        values = args.values
    if args.warmups is not None:
        warmups = args.warmups
    return Settings(processes, values, warmups, loops, args.min_time,
                    quiet=args.quiet, verbose=args.verbose)

"""Runs pyperformance benchmarks under Strata (and optionally CPython) with
the pyperf shim of this directory, and prints a comparison table.

    python3 pyperformance-shim/run_benchmarks.py [options] [BENCHMARK ...]

The benchmark scripts come from the pyperformance 1.14.0 wheel, downloaded
from PyPI into a cache directory on first use (see shim_runner/fetch.py).
Without BENCHMARK names, the acceptance set (acceptance.txt) runs.

Exit status: 0 when every benchmark ran, 1 when some failed, 2 for bad
command-line input (unknown benchmark, missing interpreter, bad flag), 3
when the benchmark scripts cannot be obtained.
"""

import argparse
import os
import shutil
import sys
import tempfile
import textwrap

SHIM_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(SHIM_DIR)
sys.path.insert(0, SHIM_DIR)

from pyperf._options import _count, _seconds  # noqa: E402
from shim_runner import fetch, interpreters, output, report  # noqa: E402
from shim_runner.execute import run_benchmark  # noqa: E402
from shim_runner.manifest import ManifestError, load_manifest  # noqa: E402

ACCEPTANCE_FILE = os.path.join(SHIM_DIR, "acceptance.txt")
DEFAULT_STRATA = os.path.join(REPO_ROOT, "target", "release", "strata")

# pyperf options forwarded to every benchmark script: (flags, argparse keywords).
PYPERF_OPTIONS = [
    (("--fast",), dict(action="store_true", help="rough results quickly (10 runs of 2 values)")),
    (("--rigorous",), dict(action="store_true", help="more accurate results (40 runs)")),
    (("--debug-single-value",), dict(action="store_true",
                                     help="one value of one loop per benchmark (smoke test)")),
    (("-p", "--processes"), dict(type=_count(1), metavar="N",
                                 help="runs per benchmark (all in one process)")),
    (("-n", "--values"), dict(type=_count(1), metavar="N", help="values per run")),
    (("-w", "--warmups"), dict(type=_count(0), metavar="N", help="warmup values per run")),
    (("-l", "--loops"), dict(type=_count(0), metavar="N", help="loops per value (0: calibrate)")),
    (("--min-time",), dict(type=_seconds, metavar="SECONDS",
                           help="calibration target for one value (default 0.1)")),
    (("-v", "--verbose"), dict(action="store_true", help="print every run's values")),
    (("-q", "--quiet"), dict(action="store_true", help="no progress dots")),
]


def read_name_list(path):
    """Names in a file, one a line; '#' starts a comment."""
    with open(path) as f:
        lines = (line.split("#", 1)[0].strip() for line in f)
        return [line for line in lines if line]


def build_parser():
    parser = argparse.ArgumentParser(
        prog="run_benchmarks.py",
        description="Run pyperformance %s benchmarks under Strata and/or CPython with "
                    "the pyperf shim." % fetch.PYPERFORMANCE_VERSION)
    parser.add_argument("benchmarks", nargs="*", metavar="BENCHMARK",
                        help="benchmark names, also comma-separated (default: acceptance.txt)")
    parser.add_argument("--strata", metavar="PATH", default=DEFAULT_STRATA,
                        help="the strata binary (default: target/release/strata)")
    parser.add_argument("--no-strata", action="store_true", help="do not run under Strata")
    parser.add_argument("--python", metavar="PATH",
                        help="also run under this Python (e.g. python3) for comparison")
    parser.add_argument("--flag", action="append", default=[], metavar="NAME=VALUE",
                        help="Strata engine flag for the Strata runs, e.g. ENGINE=tier1 "
                             "(STRATA_* variables in the environment pass through too)")
    parser.add_argument("-o", "--output", metavar="DIR",
                        help="write pyperf JSON: DIR/LABEL/NAME.json and DIR/LABEL.json")
    parser.add_argument("--timeout", type=_seconds, metavar="SECONDS",
                        help="stop a benchmark script that runs longer than this")
    parser.add_argument("--cache", metavar="DIR", default=fetch.default_cache_dir(),
                        help="where pyperformance is downloaded (default: $%s or "
                             "~/.cache/strata/pyperformance-%s)"
                             % (fetch.CACHE_ENV, fetch.PYPERFORMANCE_VERSION))
    parser.add_argument("--fetch-only", action="store_true",
                        help="download the benchmark scripts if needed, then exit")
    parser.add_argument("--list", action="store_true", help="list known benchmarks and exit")
    group = parser.add_argument_group("pyperf options passed to each benchmark")
    for flags, kwargs in PYPERF_OPTIONS:
        group.add_argument(*flags, **kwargs)
    return parser


def pyperf_args(args):
    """The pyperf options of `args` as arguments for a benchmark script."""
    forwarded = []
    for flags, kwargs in PYPERF_OPTIONS:
        dest = flags[-1].lstrip("-").replace("-", "_")
        value = getattr(args, dest)
        if kwargs.get("action") == "store_true":
            if value:
                forwarded.append(flags[-1])
        elif value is not None:
            forwarded.append("%s=%s" % (flags[-1], value))
    return forwarded


def choose_interpreters(parser, args):
    chosen = []
    if not args.no_strata:
        if not (os.path.isfile(args.strata) and os.access(args.strata, os.X_OK)):
            parser.error("no strata binary at %s (build it with `cargo build --release` "
                         "or pass --strata PATH)" % args.strata)
        try:
            flags = [interpreters.parse_flag(text) for text in args.flag]
        except ValueError as exc:
            parser.error("--flag: %s" % exc)
        chosen.append(interpreters.strata(os.path.abspath(args.strata), flags))
    elif args.flag:
        parser.error("--flag applies to Strata runs; it cannot be used with --no-strata")
    if args.python:
        found = shutil.which(args.python)
        if not found:
            parser.error("--python: cannot find %r" % args.python)
        chosen.append(interpreters.python(found))
    if not chosen:
        parser.error("nothing to run: --no-strata without --python")
    labels = [interp.label for interp in chosen]
    if len(set(labels)) != len(labels):
        parser.error("two interpreters would both be labelled %r" % labels[0])
    for interp in chosen:
        problem = interp.probe(SHIM_DIR)
        if problem:
            parser.error(problem)
    return chosen


def requested_names(args):
    names = [n for arg in args.benchmarks for n in arg.split(",") if n.strip()]
    return [n.strip() for n in names] or read_name_list(ACCEPTANCE_FILE)


def known_names_text(specs):
    return textwrap.fill("known benchmarks: " + ", ".join(sorted(specs)),
                         width=79, subsequent_indent="  ")


def load_specs(cache):
    """The manifest, fetching pyperformance first if needed; exits with
    status 3 when that fails."""
    try:
        bench_dir = fetch.ensure_benchmarks(cache, lambda msg: print(msg, file=sys.stderr))
        return load_manifest(bench_dir)
    except (fetch.FetchError, ManifestError) as exc:
        print("run_benchmarks.py: error: %s" % exc, file=sys.stderr)
        sys.exit(3)


def run_all(specs, names, chosen, forwarded, timeout, work_dir):
    outcomes = []
    for name in names:
        for interp in chosen:
            print("### %s (%s)" % (name, interp.label), flush=True)
            json_path = os.path.join(work_dir, "%s-%s.json" % (interp.label, name))
            outcome = run_benchmark(specs[name], interp, SHIM_DIR, forwarded, json_path, timeout)
            if outcome.stderr.strip():
                sys.stdout.flush()
                sys.stderr.write(outcome.stderr if outcome.stderr.endswith("\n")
                                 else outcome.stderr + "\n")
                sys.stderr.flush()
            if not outcome.ok:
                print("FAILED: %s under %s: %s" % (name, interp.label, outcome.error), flush=True)
            outcomes.append(outcome)
    return outcomes


def main(argv=None):
    parser = build_parser()
    args = parser.parse_args(argv)
    chosen = None if args.fetch_only or args.list else choose_interpreters(parser, args)
    specs = load_specs(args.cache)
    if args.fetch_only:
        print("pyperformance %s benchmarks are in %s"
              % (fetch.PYPERFORMANCE_VERSION, os.path.join(args.cache, "benchmarks")))
        return 0
    if args.list:
        print("\n".join(specs))
        return 0
    names = requested_names(args)
    unknown = [n for n in names if n not in specs]
    if unknown:
        parser.error("unknown benchmark%s: %s\n%s" % ("s" if len(unknown) > 1 else "",
                                                      ", ".join(unknown), known_names_text(specs)))
    labels = [interp.label for interp in chosen]
    with tempfile.TemporaryDirectory(prefix="strata-pyperformance-") as work_dir:
        outcomes = run_all(specs, names, chosen, pyperf_args(args), args.timeout, work_dir)
        print()
        print(report.summary(outcomes, labels))
        if args.output:
            for path in output.save(outcomes, labels, args.output):
                print("wrote %s" % path)
    return 0 if all(o.ok for o in outcomes) else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        sys.exit(130)

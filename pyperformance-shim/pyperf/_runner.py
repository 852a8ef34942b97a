"""The Runner that benchmark scripts drive: it owns the command line
(`argparser`, `parse_args`), the metadata, and the `bench_*` methods that
measure, print a result line and, with -o/--append, write pyperf JSON.

Everything runs in the calling process; see _measure for how runs are
made.
"""

import argparse
import sys
import time

from pyperf import _suite
from pyperf._format import format_summary
from pyperf._measure import measure
from pyperf._metadata import clean_value, system_metadata
from pyperf._options import (DEFAULT_MIN_TIME, DEFAULT_PROCESSES, DEFAULT_VALUES,
                             DEFAULT_WARMUPS, add_options, settings_from)


def _file_exists(path):
    try:
        with open(path):
            return True
    except FileNotFoundError:
        return False
    except OSError:
        return True


def _fail(message):
    sys.stderr.write("ERROR: %s\n" % message)
    sys.stderr.flush()
    sys.exit(1)


class Runner:
    """Measures benchmarks the way pyperf.Runner does, in one process.

    values, processes, warmups, loops and min_time set the defaults that
    the command line can override. add_cmdline_args and program_args are
    kept for compatibility: pyperf uses them to build worker command lines,
    and there are no workers here."""

    def __init__(self, values=None, processes=None, loops=0, min_time=DEFAULT_MIN_TIME,
                 metadata=None, show_name=True, program_args=None, add_cmdline_args=None,
                 warmups=None):
        self._defaults = {
            "values": values or DEFAULT_VALUES,
            "processes": processes or DEFAULT_PROCESSES,
            "warmups": DEFAULT_WARMUPS if warmups is None else warmups,
            "loops": loops,
        }
        self.metadata = dict(metadata or {})
        self.show_name = show_name
        self.program_args = program_args
        self.add_cmdline_args = add_cmdline_args
        self.argparser = argparse.ArgumentParser(description="Benchmark")
        add_options(self.argparser)
        self.argparser.set_defaults(min_time=min_time)
        self.args = None
        self._settings = None
        self._output = None
        self._results = None
        self._names = []

    def parse_args(self, args=None):
        """Parses the command line once (pyperf's options and any the
        script added to `argparser`) and returns the namespace."""
        if self.args is not None:
            return self.args
        parsed = self.argparser.parse_args(args)
        if parsed.output and parsed.append:
            self.argparser.error("-o/--output and --append cannot be used together")
        self._settings = settings_from(parsed, self._defaults)
        if parsed.output:
            if _file_exists(parsed.output):
                _fail("The JSON file %r already exists" % parsed.output)
            self._output = parsed.output
            self._results = _suite.Suite()
        elif parsed.append:
            self._output = parsed.append
            self._results = _suite.Suite()
            if _file_exists(parsed.append):
                try:
                    self._results = _suite.load(parsed.append)
                except (OSError, ValueError) as exc:
                    _fail("cannot append to %r: %s" % (parsed.append, exc))
        self.args = parsed
        return parsed

    def _base_metadata(self, name, inner_loops, metadata):
        base = system_metadata()
        base.update(self.metadata)
        if metadata:
            base.update(metadata)
        base["name"] = name
        if inner_loops is not None:
            base["inner_loops"] = inner_loops
        cleaned = {}
        for key, value in base.items():
            value = clean_value(value)
            if value is not None:
                cleaned[key] = value
        return cleaned

    def _check_new(self, name, inner_loops):
        if not isinstance(name, str) or not name.strip():
            raise ValueError("a benchmark name must be a non-empty string, got %r" % (name,))
        if name in self._names:
            raise ValueError("duplicate benchmark name: %r" % name)
        if inner_loops is not None and (not isinstance(inner_loops, int) or inner_loops < 1):
            raise ValueError("inner_loops must be an integer >= 1, got %r" % (inner_loops,))

    def bench_time_func(self, name, time_func, *args, inner_loops=None, metadata=None):
        """Measures time_func(loops, *args), which runs the benchmark
        `loops` times and returns the seconds it took. Returns the
        Benchmark."""
        self.parse_args()
        self._check_new(name, inner_loops)
        self._names.append(name)
        base = self._base_metadata(name, inner_loops, metadata)
        if self._results is not None:
            try:
                self._results.check_compatible(name, base)
            except ValueError as exc:
                _fail("cannot add to %r: %s" % (self._output, exc))
        runs = measure(time_func, args, inner_loops or 1, self._settings, base)
        bench = _suite.Benchmark(name, runs)
        summary = format_summary(bench.get_values())
        sys.stdout.write("%s: %s\n" % (name, summary) if self.show_name else summary + "\n")
        sys.stdout.flush()
        if self._output is not None:
            self._results.add_runs(name, runs)
            try:
                _suite.dump(self._results, self._output)
            except OSError as exc:
                _fail("cannot write %r: %s" % (self._output, exc))
        return bench

    def bench_func(self, name, func, *args, inner_loops=None, metadata=None):
        """Measures calls func(*args). Returns the Benchmark."""
        clock = time.perf_counter

        if args:
            def time_func(loops):
                t0 = clock()
                for _ in range(loops):
                    func(*args)
                return clock() - t0
        else:
            def time_func(loops):
                t0 = clock()
                for _ in range(loops):
                    func()
                return clock() - t0

        return self.bench_time_func(name, time_func, inner_loops=inner_loops, metadata=metadata)

    def bench_command(self, name, command, metadata=None):
        """Measures running `command` (a list: program and arguments) to
        completion, once per loop; a failing command raises RuntimeError.
        Returns the Benchmark."""
        import subprocess

        clock = time.perf_counter

        def time_func(loops):
            total = 0.0
            for _ in range(loops):
                t0 = clock()
                status = subprocess.call(command, stdin=subprocess.DEVNULL)
                total += clock() - t0
                if status != 0:
                    raise RuntimeError("%s exited with status %d" % (command, status))
            return total

        return self.bench_time_func(name, time_func, metadata=metadata)

    def bench_async_func(self, name, func, *args, inner_loops=None, metadata=None,
                         loop_factory=None):
        """Measures `await func(*args)`; each value runs its loops in a new
        event loop (from loop_factory when given). Returns the Benchmark."""
        import asyncio

        clock = time.perf_counter

        async def timed(loops):
            t0 = clock()
            for _ in range(loops):
                await func(*args)
            return clock() - t0

        def time_func(loops):
            if loop_factory is None:
                return asyncio.run(timed(loops))
            loop = loop_factory()
            try:
                return loop.run_until_complete(timed(loops))
            finally:
                loop.close()

        return self.bench_time_func(name, time_func, inner_loops=inner_loops, metadata=metadata)

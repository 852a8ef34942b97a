"""Running one pyperformance benchmark script under one interpreter and
collecting what it measured.

The script's progress output goes straight to the terminal; its stderr
is captured so a failure can be summarized. Results come from the pyperf
JSON file the script writes with -o (read with the shim's own reader).
"""

import os
import subprocess

from pyperf import _suite


class Outcome:
    """What happened when `benchmark` ran under `interpreter`: ok (bool),
    results [(name, [seconds, ...])], error (one line, '' when ok), stderr
    (all of it) and json_path (None when no file was written)."""

    def __init__(self, benchmark, interpreter, ok, results, error, stderr, json_path):
        self.benchmark = benchmark
        self.interpreter = interpreter
        self.ok = ok
        self.results = results
        self.error = error
        self.stderr = stderr
        self.json_path = json_path


def _last_line(text):
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1].strip() if lines else ""


def _read_results(json_path):
    if not os.path.exists(json_path):
        return None, "no result file was written"
    try:
        suite = _suite.load(json_path)
    except (OSError, ValueError) as exc:
        return None, "unreadable result file: %s" % exc
    return [(bench.name, bench.get_values()) for bench in suite.benchmarks], ""


def run_benchmark(spec, interpreter, shim_dir, pyperf_args, json_path, timeout):
    """Runs `spec` under `interpreter` with pyperf_args and -o json_path
    (which must not exist yet); returns an Outcome."""
    args = spec.extra_opts + list(pyperf_args) + ["--output", json_path]
    cmd = interpreter.command(spec.script, args)
    try:
        done = subprocess.run(cmd, cwd=os.path.dirname(spec.script),
                              env=interpreter.environment(shim_dir),
                              stdin=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        stderr = (exc.stderr or b"").decode("utf-8", "replace")
        return Outcome(spec.name, interpreter.label, False, [],
                       "timed out after %s s" % timeout, stderr, None)
    except OSError as exc:
        return Outcome(spec.name, interpreter.label, False, [],
                       "cannot run %s: %s" % (cmd[0], exc), "", None)
    stderr = done.stderr.decode("utf-8", "replace")
    results, problem = _read_results(json_path)
    written = json_path if results is not None else None
    if done.returncode != 0:
        if done.returncode < 0:
            error = "killed by signal %d" % -done.returncode
        else:
            error = _last_line(stderr) or "exit status %d" % done.returncode
        return Outcome(spec.name, interpreter.label, False, results or [], error, stderr, written)
    if not results:
        return Outcome(spec.name, interpreter.label, False, [],
                       problem or "no benchmark results", stderr, written)
    return Outcome(spec.name, interpreter.label, True, results, "", stderr, written)

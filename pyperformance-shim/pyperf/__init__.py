"""A pyperf-compatible benchmark module written for Strata.

It provides what pyperformance's benchmark scripts use (Runner with
argparser, parse_args, metadata, bench_func, bench_time_func,
bench_async_func, bench_command; perf_counter; python_implementation) and
writes results in pyperf's JSON format, which the real pyperf reads
(`python3 -m pyperf stats`, `compare_to`). Unlike pyperf it never spawns
worker processes: every run happens in the benchmark's own process, and
the metadata says so ("in_process").

It imports only sys, time and argparse up front; json when a result file
is read or written, os for optional metadata.
"""

import time

from pyperf._metadata import SHIM_VERSION, python_implementation
from pyperf._runner import Runner
from pyperf._suite import Benchmark, Run, Suite

__version__ = SHIM_VERSION

perf_counter = time.perf_counter

__all__ = ["Benchmark", "Run", "Runner", "Suite", "perf_counter", "python_implementation"]

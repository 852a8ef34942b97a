"""The pieces of run_benchmarks.py: fetching pyperformance's benchmark
scripts (fetch), reading its manifest (manifest), describing the
interpreters to run them with (interpreters), running one benchmark
(execute) and summarizing results (report).

This package runs under CPython (python3 >= 3.11), not under Strata.
"""

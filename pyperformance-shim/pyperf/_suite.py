"""Benchmark results and their pyperf JSON form (format version 1.0).

In memory every run keeps its complete metadata. On disk the metadata is
shared the way pyperf shares it: keys equal in every run of a benchmark
move to the benchmark, keys equal in every benchmark move to the file's
top-level "metadata". Reading reverses that, so files written by the real
pyperf can be appended to, and files written here are read by
`python3 -m pyperf stats` and `compare_to`.

`json` is imported only when a file is read or written.
"""

FORMAT_VERSION = "1.0"

# Metadata that must be equal in every run of one benchmark: pyperf
# refuses to load a benchmark whose runs differ in any of these.
IDENTITY_KEYS = ("aslr", "cpu_count", "cpu_model_name", "hostname", "inner_loops", "name",
                 "platform", "python_executable", "python_implementation", "python_unicode",
                 "python_version", "unit")


class Run:
    """One group of timings, what a pyperf worker process would produce.

    warmups: list of (loops, seconds per inner loop) pairs, not counted;
    values: seconds per inner loop; metadata: complete metadata of the run
    (benchmark name, loops, date, ...)."""

    def __init__(self, metadata, warmups=(), values=()):
        self.metadata = dict(metadata)
        self.warmups = [(int(loops), float(value)) for loops, value in warmups]
        self.values = [float(value) for value in values]


class Benchmark:
    """The runs of one named benchmark."""

    def __init__(self, name, runs=()):
        self.name = name
        self.runs = list(runs)

    def get_name(self):
        return self.name

    def get_values(self):
        """Every measured value of every run, in order."""
        return [value for run in self.runs for value in run.values]


class Suite:
    """Benchmarks in file order; adding runs of a name already present
    extends that benchmark."""

    def __init__(self, benchmarks=()):
        self.benchmarks = list(benchmarks)

    def get_benchmark(self, name):
        for bench in self.benchmarks:
            if bench.name == name:
                return bench
        return None

    def check_compatible(self, name, metadata):
        """Raises ValueError if runs with `metadata` cannot join the
        benchmark `name` already here (different runtime, machine, ...)."""
        bench = self.get_benchmark(name)
        if bench is None or not bench.runs:
            return
        first = bench.runs[0].metadata
        for key in IDENTITY_KEYS:
            if first.get(key) != metadata.get(key):
                raise ValueError("benchmark %r already has runs with %s=%r; these have %s=%r"
                                 % (name, key, first.get(key), key, metadata.get(key)))

    def add_runs(self, name, runs):
        """Adds runs to benchmark `name` (created if new); ValueError if
        they are not compatible with its existing runs."""
        for run in runs:
            self.check_compatible(name, run.metadata)
        bench = self.get_benchmark(name)
        if bench is None:
            bench = Benchmark(name)
            self.benchmarks.append(bench)
        bench.runs.extend(runs)


def _shared_items(dicts):
    """The key/value pairs present and equal in every dict of `dicts`."""
    if not dicts:
        return {}
    shared = dict(dicts[0])
    for d in dicts[1:]:
        for key in list(shared):
            if key not in d or d[key] != shared[key]:
                del shared[key]
    return shared


def _without(d, shared):
    return dict((k, v) for k, v in d.items() if k not in shared)


def suite_to_data(suite):
    """The JSON-ready dict of a suite."""
    bench_entries = []
    for bench in suite.benchmarks:
        run_metas = [run.metadata for run in bench.runs]
        bench_meta = _shared_items(run_metas)
        bench_entries.append((bench, bench_meta))
    common = _shared_items([meta for _, meta in bench_entries])
    benchmarks = []
    for bench, bench_meta in bench_entries:
        runs = []
        for run in bench.runs:
            entry = {}
            own = _without(run.metadata, bench_meta)
            if own:
                entry["metadata"] = own
            if run.warmups:
                entry["warmups"] = [[loops, value] for loops, value in run.warmups]
            if run.values:
                entry["values"] = list(run.values)
            runs.append(entry)
        bench_data = {"runs": runs}
        rest = _without(bench_meta, common)
        if rest:
            bench_data["metadata"] = rest
        benchmarks.append(bench_data)
    return {"version": FORMAT_VERSION, "metadata": common, "benchmarks": benchmarks}


def suite_from_data(data):
    """A suite from the dict of a pyperf JSON file; ValueError if it is not
    one."""
    if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
        raise ValueError("not a pyperf JSON file of format version %s" % FORMAT_VERSION)
    common = data.get("metadata", {})
    suite = Suite()
    for bench_data in data.get("benchmarks", []):
        bench_meta = dict(common)
        bench_meta.update(bench_data.get("metadata", {}))
        runs = []
        for run_data in bench_data.get("runs", []):
            meta = dict(bench_meta)
            meta.update(run_data.get("metadata", {}))
            runs.append(Run(meta, run_data.get("warmups", ()), run_data.get("values", ())))
        name = bench_meta.get("name")
        if not name and runs:
            name = runs[0].metadata.get("name")
        if not name:
            raise ValueError("a benchmark has no name")
        suite.add_runs(name, runs)
    return suite


def load(path):
    """Reads a pyperf JSON file."""
    import json

    with open(path) as f:
        return suite_from_data(json.load(f))


def dump(suite, path):
    """Writes a suite as pyperf JSON, replacing the file."""
    import json

    text = json.dumps(suite_to_data(suite), sort_keys=True, separators=(",", ":"))
    with open(path, "w") as f:
        f.write(text)
        f.write("\n")

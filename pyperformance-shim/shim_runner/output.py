"""Saving results with -o DIR: each benchmark script's pyperf JSON as
DIR/LABEL/NAME.json, and every benchmark of one interpreter combined in
DIR/LABEL.json, so that

    python3 -m pyperf compare_to DIR/python3.json DIR/strata.json

compares two interpreters directly.
"""

import os
import shutil

from pyperf import _suite


def save(outcomes, labels, out_dir):
    """Writes the files for `outcomes`; returns the combined files' paths."""
    combined_paths = []
    for label in labels:
        per_bench_dir = os.path.join(out_dir, label)
        combined = _suite.Suite()
        for outcome in outcomes:
            if outcome.interpreter != label or outcome.json_path is None:
                continue
            os.makedirs(per_bench_dir, exist_ok=True)
            shutil.copyfile(outcome.json_path,
                            os.path.join(per_bench_dir, outcome.benchmark + ".json"))
            for bench in _suite.load(outcome.json_path).benchmarks:
                combined.add_runs(bench.name, bench.runs)
        if combined.benchmarks:
            path = os.path.join(out_dir, label + ".json")
            _suite.dump(combined, path)
            combined_paths.append(path)
    return combined_paths

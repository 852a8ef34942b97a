"""pyperformance's benchmark manifest: which benchmarks exist, the script
that runs each, and the extra arguments its metadata file gives it.

The MANIFEST's [benchmarks] section lists `name<TAB>metafile`. A metafile
`<local>` is bm_NAME/pyproject.toml; `<local:BASE>` is
bm_BASE/bm_NAME.toml, a variant of BASE's script (for example
pickle_dict runs bm_pickle/run_benchmark.py with `pickle_dict`). The
`[tool.pyperformance] extra_opts` list of the metafile is passed to the
script before pyperf's options.
"""

import os
import tomllib


class BenchmarkSpec:
    """A runnable benchmark: name, script path, extra script arguments."""

    def __init__(self, name, script, extra_opts):
        self.name = name
        self.script = script
        self.extra_opts = list(extra_opts)


class ManifestError(Exception):
    """The MANIFEST or a metafile could not be read."""


def _entries(manifest_text):
    section = None
    for raw in manifest_text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line
            continue
        if section != "[benchmarks]":
            continue
        fields = line.split()
        if fields == ["name", "metafile"]:
            continue
        if len(fields) != 2:
            raise ManifestError("unexpected MANIFEST line: %r" % raw)
        yield fields[0], fields[1]


def _locate(benchmarks_dir, name, metafile):
    if metafile == "<local>":
        base = name
        meta = os.path.join(benchmarks_dir, "bm_" + name, "pyproject.toml")
    elif metafile.startswith("<local:") and metafile.endswith(">"):
        base = metafile[len("<local:"):-1]
        meta = os.path.join(benchmarks_dir, "bm_" + base, "bm_%s.toml" % name)
    else:
        raise ManifestError("benchmark %s: unsupported metafile %r" % (name, metafile))
    script = os.path.join(benchmarks_dir, "bm_" + base, "run_benchmark.py")
    return meta, script


def _extra_opts(meta_path):
    try:
        with open(meta_path, "rb") as f:
            data = tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ManifestError("cannot read %s: %s" % (meta_path, exc))
    opts = data.get("tool", {}).get("pyperformance", {}).get("extra_opts", [])
    return [str(opt) for opt in opts]


def load_manifest(benchmarks_dir):
    """{name: BenchmarkSpec} in MANIFEST order. Raises ManifestError."""
    path = os.path.join(benchmarks_dir, "MANIFEST")
    try:
        with open(path) as f:
            text = f.read()
    except OSError as exc:
        raise ManifestError("cannot read %s: %s" % (path, exc))
    specs = {}
    for name, metafile in _entries(text):
        meta, script = _locate(benchmarks_dir, name, metafile)
        specs[name] = BenchmarkSpec(name, script, _extra_opts(meta))
    return specs

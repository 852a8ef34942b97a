//! Command-line options of `strata-bench` (parsed with clap; bad input
//! names the accepted values and exits with status 2).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

/// Compare Strata's engines (and CPython/PyPy) on benchmark programs.
#[derive(Parser, Debug)]
#[command(name = "strata-bench", version)]
pub struct Options {
    /// Programs to run: names from the bundled suite (benches/programs) or
    /// paths to .py files. Default: the whole bundled suite.
    pub programs: Vec<String>,

    /// Strata engines to run, comma-separated, or `all`.
    #[arg(long, default_value = "all", value_delimiter = ',')]
    pub engines: Vec<String>,

    /// Another Python to compare with (a command on PATH or a path);
    /// repeatable. Default: `python3` and `pypy3` when on PATH.
    #[arg(long = "python", value_name = "CMD")]
    pub pythons: Vec<String>,

    /// Do not run any other Python, only Strata's engines.
    #[arg(long, conflicts_with = "pythons")]
    pub no_python: bool,

    /// Timed runs per program and subject.
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..))]
    pub runs: u32,

    /// Untimed warm-up runs before the timed runs.
    #[arg(long, default_value_t = 1)]
    pub warmup: u32,

    /// Subject the speedups are relative to (an engine name or a Python
    /// command). Default: the first engine.
    #[arg(long)]
    pub baseline: Option<String>,

    /// Directory for results.json, results.md and speedups.svg.
    #[arg(long, default_value = "target/strata-bench")]
    pub out: PathBuf,

    /// The strata binary. Default: `strata` next to this program.
    #[arg(long)]
    pub strata: Option<PathBuf>,

    /// Seconds after which a run is killed and counted as a failure.
    #[arg(long, default_value_t = 300)]
    pub timeout: u64,

    /// Directory of the bundled suite. Default: benches/programs of the
    /// repository this binary was built from.
    #[arg(long)]
    pub suite: Option<PathBuf>,
}

/// Parses the command line; `Err` carries the exit code after clap has
/// printed help, the version or an error.
pub fn parse() -> Result<Options, ExitCode> {
    Options::try_parse().map_err(|e| {
        let _ = e.print();
        if e.use_stderr() {
            ExitCode::from(2)
        } else {
            ExitCode::SUCCESS
        }
    })
}
